/** The HTTP shapes of the organization import (units, people, appointments from Excel). */
import { CONFERENCE_PERIODS } from '../units';
import { PostEnum, UnitKindEnum } from './units';
import { z } from 'zod';

const count = z.number().int().min(0);
const maybeText = z.string().nullable();

/** One mistake, located as `工作表.行号.列名` (e.g. `任职.5.任职日期`), `工作表` or `文件`. */
export const ImportIssue = z.object({ path: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;

/** A mistake in one cell of a row; the message names the column. */
export const ImportRowError = z.object({ column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;

/** A row as read: `null` where the cell is empty or could not be read. */
export const UnitImportValues = z.object({
  name: maybeText,
  shortName: maybeText,
  kind: UnitKindEnum.nullable(),
  /** The parent as resolved: the district node when the cell is empty. */
  parentName: maybeText,
  pressSectionName: maybeText,
  livelihoodRelated: z.boolean().nullable(),
  routineConferencePeriod: z.enum(CONFERENCE_PERIODS).nullable(),
});

export const PersonImportValues = z.object({
  name: maybeText,
  officePhone: maybeText,
  pressPhone: maybeText,
  mobile: maybeText,
  email: maybeText,
  note: maybeText,
});

/** `new`: a row of this file; `existing`: already in the system. */
const Source = z.enum(['new', 'existing']).nullable();

export const AppointmentImportValues = z.object({
  personName: maybeText,
  personSource: Source,
  unitName: maybeText,
  unitSource: Source,
  post: PostEnum.nullable(),
  title: maybeText,
  from: maybeText,
  to: maybeText,
  filedWithMunicipalAt: maybeText,
});

function rowReport<T extends z.ZodType>(values: T) {
  return z.object({
    /** The row number Excel shows (the header is row 1). */
    row: z.number().int(),
    /** Every column of the sheet, as text the way the row was read. */
    cells: z.record(z.string(), z.string()),
    values,
    errors: z.array(ImportRowError),
  });
}

function sheetReport<T extends z.ZodType>(values: T) {
  return z.object({
    sheet: z.string(),
    present: z.boolean(),
    /** Problems of the sheet itself (a missing column, too many rows). */
    errors: z.array(ImportIssue),
    rows: z.array(rowReport(values)),
  });
}

export const OrganizationImportReport = z.object({
  fileName: z.string(),
  /** True when every row is valid: only then does the import write anything. */
  valid: z.boolean(),
  counts: z.object({ units: count, people: count, appointments: count, invalidRows: count, errors: count }),
  sheets: z.object({
    units: sheetReport(UnitImportValues),
    people: sheetReport(PersonImportValues),
    appointments: sheetReport(AppointmentImportValues),
  }),
  /** Every mistake of the file, flat, each message saying sheet and row. */
  errors: z.array(ImportIssue),
});
export type OrganizationImportReport = z.infer<typeof OrganizationImportReport>;

export const OrganizationImportResult = z.object({
  fileName: z.string(),
  counts: z.object({ units: count, people: count, appointments: count }),
});
export type OrganizationImportResult = z.infer<typeof OrganizationImportResult>;
