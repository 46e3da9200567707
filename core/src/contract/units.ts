import { z } from 'zod';
import { POSTS } from '../rules/appointments';
import { CONFERENCE_PERIODS, UNIT_KINDS } from '../units';
import { IsoDateString } from './common';

export const UnitKindEnum = z.enum(UNIT_KINDS);
export const PostEnum = z.enum(POSTS);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

export const UnitView = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: UnitKindEnum,
  name: z.string(),
  shortName: z.string().nullable(),
  pressSectionName: z.string().nullable(),
  livelihoodRelated: z.boolean(),
  routineConferencePeriod: z.enum(CONFERENCE_PERIODS).nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type UnitView = z.infer<typeof UnitView>;

export const UnitListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  includeRetired: z.enum(['0', '1']).default('0'),
});

export const CreateUnitBody = z.strictObject({
  parentId: z.number().int().positive(),
  kind: UnitKindEnum,
  name: text(100).min(2, '单位名称至少 2 个字'),
  shortName: optionalText(50),
  pressSectionName: optionalText(50),
  livelihoodRelated: z.boolean().default(false),
  routineConferencePeriod: z.enum(CONFERENCE_PERIODS).nullable().default(null),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
});

export const UpdateUnitBody = CreateUnitBody.omit({ parentId: true, kind: true }).partial().strict();

export const PersonView = z.object({
  id: z.number().int(),
  name: z.string(),
  officePhone: z.string().nullable(),
  pressPhone: z.string().nullable(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
});
export type PersonView = z.infer<typeof PersonView>;

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() 转]{5,30}$/, '电话号码格式不正确')
  .nullable()
  .optional();

export const PersonBody = z.strictObject({
  name: text(30).min(2, '姓名至少 2 个字'),
  officePhone: phone,
  pressPhone: phone,
  mobile: phone,
  email: z.email('电子邮箱格式不正确').nullable().optional(),
  note: optionalText(200),
});
export const UpdatePersonBody = PersonBody.partial().strict();

export const PersonQuery = z.object({ q: z.string().trim().max(30).optional() });

export const AppointmentView = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  post: PostEnum,
  title: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  current: z.boolean(),
  filedWithMunicipalAt: z.string().nullable(),
  note: z.string().nullable(),
  pressPhone: z.string().nullable(),
  officePhone: z.string().nullable(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

export const CreateAppointmentBody = z
  .strictObject({
    personId: z.number().int().positive(),
    unitId: z.number().int().positive(),
    post: PostEnum,
    title: optionalText(50),
    from: IsoDateString,
    to: IsoDateString.nullable().default(null),
    filedWithMunicipalAt: IsoDateString.nullable().default(null),
    note: optionalText(200),
  })
  .refine((a) => a.to === null || a.to >= a.from, { message: '离任日期不能早于任职日期', path: ['to'] });

export const UpdateAppointmentBody = z.strictObject({
  title: optionalText(50),
  from: IsoDateString.optional(),
  to: IsoDateString.nullable().optional(),
  filedWithMunicipalAt: IsoDateString.nullable().optional(),
  note: optionalText(200),
});

export const UnitGapView = z.object({ kind: z.string(), rule: z.string(), message: z.string() });

/** The district leader in charge of a unit (分管区领导, A13.2, A15.3): one span of the history. */
export const LeaderInChargeView = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  from: z.string(),
  /** Last day in charge, inclusive; null while open. */
  to: z.string().nullable(),
  current: z.boolean(),
});
export type LeaderInChargeView = z.infer<typeof LeaderInChargeView>;

/** Puts a vice district head in charge from a day; the current one's charge ends the day before. */
export const SetLeaderInChargeBody = z.strictObject({
  personId: z.number().int().positive(),
  from: IsoDateString,
});

/** Ends the current charge on `to` (inclusive), today when not given. */
export const EndLeaderInChargeBody = z.strictObject({
  to: IsoDateString.optional(),
});

export const UnitDetail = z.object({
  unit: UnitView,
  parentName: z.string().nullable(),
  current: z.array(AppointmentView),
  history: z.array(AppointmentView),
  gaps: z.array(UnitGapView),
  /** Who is in charge today, if anyone. */
  leaderInCharge: LeaderInChargeView.nullable(),
  /** Every span, the latest first, today's included. */
  leadersInCharge: z.array(LeaderInChargeView),
});

export const GapRow = z.object({ unit: UnitView, gaps: z.array(UnitGapView) });
