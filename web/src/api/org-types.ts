/** The organization area's API shapes (units, people, appointments, spokesperson lists, calendar, import), inferred from the contract. */
import type {
  AppointmentView,
  CalendarDayView,
  CalendarOffset,
  CalendarYearSummary,
  CalendarYearView,
  ConfirmScheduleBody,
  CreateAppointmentBody,
  CreateUnitBody,
  GapRow,
  LeaderInChargeView,
  PersonBody,
  PersonView,
  PublishListBody,
  SchedulePreview,
  SetLeaderInChargeBody,
  SpokespersonEntry,
  SpokespersonListView,
  UnitDetail as UnitDetailSchema,
  UnitGapView,
  UnitView,
  UpdateAppointmentBody,
  UpdatePersonBody,
  UpdateUnitBody,
} from '@fabutong/core';
import type { z } from 'zod';
// The import's shapes have not moved to @fabutong/core/contract yet (the file says so); a type-only import keeps them single-sourced.
import type { OrganizationImportReport, OrganizationImportResult } from '@fabutong/core';

export type { UnitKind, Post, ConferencePeriod } from '@fabutong/core';

/** The list endpoints answer `{ items: [...] }`; the wrapper is declared inline in the routes. */
export interface Items<T> {
  items: T[];
}

export type Unit = z.infer<typeof UnitView>;
export type UnitDetail = z.infer<typeof UnitDetailSchema>;
export type UnitGap = z.infer<typeof UnitGapView>;
export type UnitGapRow = z.infer<typeof GapRow>;
export type NewUnit = z.input<typeof CreateUnitBody>;
export type UnitChange = z.input<typeof UpdateUnitBody>;

export type LeaderInCharge = z.infer<typeof LeaderInChargeView>;
export type LeaderInChargeChange = z.input<typeof SetLeaderInChargeBody>;

export type Person = z.infer<typeof PersonView>;
export type NewPerson = z.input<typeof PersonBody>;
export type PersonChange = z.input<typeof UpdatePersonBody>;
export type Appointment = z.infer<typeof AppointmentView>;
export type NewAppointment = z.input<typeof CreateAppointmentBody>;
export type AppointmentChange = z.input<typeof UpdateAppointmentBody>;
export interface PersonDetail {
  person: Person;
  appointments: Appointment[];
}

export type SpokespersonList = z.infer<typeof SpokespersonListView>;
export type SpokespersonListEntry = z.infer<typeof SpokespersonEntry>;
export type ListPublication = z.input<typeof PublishListBody>;

export type CalendarYear = z.infer<typeof CalendarYearView>;
export type CalendarDay = z.infer<typeof CalendarDayView>;
export type CalendarYearInfo = z.infer<typeof CalendarYearSummary>;
export type ScheduleParse = z.infer<typeof SchedulePreview>;
export type ScheduleConfirmation = z.infer<typeof ConfirmScheduleBody>;
export type WorkdayOffsetResult = z.infer<typeof CalendarOffset>;

export type ImportReport = OrganizationImportReport;
export type ImportResult = OrganizationImportResult;
export type ImportSheetReport = ImportReport['sheets'][keyof ImportReport['sheets']];
export type ImportRow = ImportSheetReport['rows'][number];
