import { z } from 'zod';
import { IsoDateString } from './common';

export const CalendarOffsetQuery = z.strictObject({
  from: IsoDateString,
  workdays: z.coerce.number({ error: '工作日数应为整数' }).int('工作日数应为整数').min(-1000).max(1000),
});
export const CalendarOffset = z.object({ date: z.string(), provisional: z.boolean() });

export const YearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });

export const CalendarDayView = z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() });

export const CalendarYearView = z.object({
  year: z.number().int(),
  confirmed: z.boolean(),
  source: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  days: z.array(CalendarDayView),
});

export const CalendarYearSummary = z.object({
  year: z.number().int(),
  source: z.string(),
  confirmedAt: z.string(),
  holidays: z.number().int(),
  makeupWorkdays: z.number().int(),
});

export const SchedulePreviewBody = z.strictObject({ text: z.string().min(1, '请粘贴放假安排').max(20_000) });

const ScheduleDay = z.strictObject({ date: IsoDateString, name: z.string().trim().min(1).max(20) });
export const SchedulePreview = z.object({
  holidays: z.array(z.object({ date: z.string(), name: z.string() })),
  makeupWorkdays: z.array(z.object({ date: z.string(), name: z.string() })),
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
});

export const ConfirmScheduleBody = z.strictObject({
  holidays: z.array(ScheduleDay).min(1, '至少应有一个放假日').max(120),
  makeupWorkdays: z.array(ScheduleDay).max(40),
});
