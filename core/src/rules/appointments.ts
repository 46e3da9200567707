/**
 * Spokespersons and their assistants (A8.2): one of each per unit at any time; history kept.
 */
import type { IsoDate } from './calendar';

export const POSTS = [
  'principal',
  'spokesperson',
  'spokesperson_assistant',
  'district_head',
  'vice_district_head',
  'standing_vice_district_head',
  'news_office_director',
  'staff',
] as const;
export type Post = (typeof POSTS)[number];

export const POST_LABELS: Record<Post, string> = {
  principal: '主要负责人',
  spokesperson: '新闻发言人',
  spokesperson_assistant: '新闻发言人助理',
  district_head: '区长',
  vice_district_head: '副区长',
  standing_vice_district_head: '常务副区长',
  news_office_director: '区政府新闻办主任',
  staff: '工作人员',
};

/**
 * The district government posts whose holder may be the leader in charge of a unit
 * (分管区领导) and approve a department's major matter in that capacity (A15.3).
 */
export const CHARGE_LEADER_POSTS: readonly Post[] = ['vice_district_head', 'standing_vice_district_head'];

/** A8.2: posts a unit has exactly one holder of at a time. */
export const SINGLE_HOLDER_POSTS: readonly Post[] = ['spokesperson', 'spokesperson_assistant'];

/** Unit kinds that must have a spokesperson and an assistant (A8.2; A21 by reference). */
export const KINDS_WITH_SPOKESPERSON = ['district_gov', 'township', 'subdistrict', 'department', 'public_body'] as const;

export interface AppointmentSpan {
  id?: number;
  unitId: number;
  post: Post;
  from: IsoDate;
  /** Last day in the post, inclusive; null while current. */
  to: IsoDate | null;
}

export function isCurrent(a: Pick<AppointmentSpan, 'from' | 'to'>, on: IsoDate): boolean {
  return a.from <= on && (a.to === null || a.to >= on);
}

export function spansOverlap(a: Pick<AppointmentSpan, 'from' | 'to'>, b: Pick<AppointmentSpan, 'from' | 'to'>): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}

/** The existing appointment a new or changed one would overlap in a single-holder post, if any (A8.2). */
export function findOverlappingAppointment<T extends AppointmentSpan>(existing: readonly T[], candidate: AppointmentSpan): T | undefined {
  if (!SINGLE_HOLDER_POSTS.includes(candidate.post)) return undefined;
  return existing.find(
    (a) => a.id !== candidate.id && a.unitId === candidate.unitId && a.post === candidate.post && spansOverlap(a, candidate),
  );
}

export type UnitGap =
  | { kind: 'missing_spokesperson'; rule: 'A8.2'; message: string }
  | { kind: 'missing_assistant'; rule: 'A8.2'; message: string }
  | { kind: 'not_filed_with_municipal'; rule: 'A8.2'; message: string };

/** What a unit lacks on a day: a spokesperson, an assistant, or (district government) the municipal filing. */
export function unitGaps(
  unit: { kind: string; active: boolean },
  appointments: readonly (AppointmentSpan & { filedWithMunicipalAt?: string | null })[],
  on: IsoDate,
): UnitGap[] {
  if (!unit.active || !(KINDS_WITH_SPOKESPERSON as readonly string[]).includes(unit.kind)) return [];
  const current = appointments.filter((a) => isCurrent(a, on));
  const spokesperson = current.find((a) => a.post === 'spokesperson');
  const gaps: UnitGap[] = [];
  if (!spokesperson) gaps.push({ kind: 'missing_spokesperson', rule: 'A8.2', message: '未设新闻发言人' });
  if (!current.some((a) => a.post === 'spokesperson_assistant')) gaps.push({ kind: 'missing_assistant', rule: 'A8.2', message: '未设新闻发言人助理' });
  if (unit.kind === 'district_gov' && spokesperson && !spokesperson.filedWithMunicipalAt) {
    gaps.push({ kind: 'not_filed_with_municipal', rule: 'A8.2', message: '区政府新闻发言人任免尚未报市政府新闻办备案' });
  }
  return gaps;
}
