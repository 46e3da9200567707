/**
 * Table types for Kysely. Instants are ISO 8601 UTC text (`2026-11-26T12:00:00.000Z`),
 * calendar dates `YYYY-MM-DD` text, booleans 0/1 integers and documents JSON text — the
 * same on SQLite and PostgreSQL (docs/decisions/0002-portable-column-types.md).
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Id = Generated<number>;
type Flag = number;
/** A column the database fills with its default when the insert leaves it out. */
type Defaulted<T> = Generated<T>;

export interface UnitTable {
  id: Id;
  parent_id: number | null;
  path: string;
  kind: string;
  name: string;
  short_name: string | null;
  press_section_name: string | null;
  livelihood_related: Defaulted<Flag>;
  routine_conference_period: string | null;
  active: Defaulted<Flag>;
  sort_order: Defaulted<number>;
  created_at: string;
  updated_at: string;
}

export interface PersonTable {
  id: Id;
  name: string;
  office_phone: string | null;
  press_phone: string | null;
  mobile: string | null;
  email: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: Id;
  username: string;
  display_name: string;
  person_id: number | null;
  password_hash: string;
  disabled: Defaulted<Flag>;
  failed_attempts: Defaulted<number>;
  locked_until: string | null;
  must_change_password: Defaulted<Flag>;
  password_changed_at: string;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoleGrantTable {
  id: Id;
  user_id: number;
  role: string;
  unit_id: number | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Id;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  unit_id: number | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface JobTable {
  id: Id;
  kind: string;
  /** One row per deduplication key: an alert is sent once per threshold and recipient. */
  dedupe_key: string;
  run_at: string;
  payload: string;
  status: ColumnType<'pending' | 'running' | 'done' | 'failed', string, string>;
  attempts: Defaulted<number>;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  done_at: string | null;
  late: Defaulted<Flag>;
}

export interface NotificationTable {
  id: Id;
  user_id: number;
  created_at: string;
  title: string;
  body: string;
  link: string | null;
  severity: string;
  read_at: string | null;
  dedupe_key: string | null;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface AppointmentTable {
  id: Id;
  person_id: number;
  unit_id: number;
  post: string;
  /** The person's administrative title in that unit (职务), e.g. 副局长. */
  title: string | null;
  from_date: string;
  to_date: string | null;
  /** The district government spokesperson's filing with the municipal news office (A8.2). */
  filed_with_municipal_at: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface CalendarDayTable {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface CalendarYearTable {
  year: number;
  source: string;
  confirmed_at: string;
  confirmed_by: number | null;
}

export interface SpokespersonListTable {
  id: Id;
  year: number;
  version: number;
  published_at: string;
  published_by: number | null;
  superseded_at: string | null;
  note: string | null;
  entries_json: string;
}

export interface PlatformTable {
  id: Id;
  name: string;
  kind: string;
  url: string | null;
  active: Defaulted<Flag>;
  sort_order: Defaulted<number>;
}

export interface OutletTable {
  id: Id;
  name: string;
  kind: string;
  level: string;
  licence_no: string | null;
  licence_valid_from: string | null;
  licence_valid_until: string | null;
  contact: string | null;
  note: string | null;
  active: Defaulted<Flag>;
  created_at: string;
  updated_at: string;
}

export interface JournalistTable {
  id: Id;
  outlet_id: number;
  name: string;
  press_card_no: string | null;
  press_card_valid_from: string | null;
  press_card_valid_until: string | null;
  contact: string | null;
  note: string | null;
  active: Defaulted<Flag>;
  created_at: string;
  updated_at: string;
}

export interface OutletFindingTable {
  id: Id;
  outlet_id: number;
  found_on: string;
  release_id: number | null;
  finding: string;
  recorded_by: number | null;
  created_at: string;
}

export interface ReleaseTable {
  id: Id;
  unit_id: number;
  title: string;
  in_name_of: string;
  organizer: string;
  form: string;
  categories: string;
  starts_at: string;
  release_date: string;
  venue: string | null;
  qa: Defaulted<Flag>;
  status: string;
  is_public: Defaulted<Flag>;
  not_public_reason: string | null;
  summary: string | null;
  body: string | null;
  transcript: string | null;
  platform_ids: string;
  confidentiality_reviewer: string | null;
  confidentiality_reviewed_at: string | null;
  risk_assessment: string | null;
  opinion_reaction: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ReleaseParticipantTable {
  id: Id;
  release_id: number;
  person_id: number;
  part: string;
}

export interface ReleaseOutletTable {
  id: Id;
  release_id: number;
  outlet_id: number;
  journalist_id: number | null;
}

export interface ReleaseCoverageTable {
  id: Id;
  release_id: number;
  outlet_id: number | null;
  outlet_name: string;
  title: string;
  url: string | null;
  published_on: string;
  created_at: string;
}

export interface LiveEventTable {
  id: Id;
  channel: string;
  event: string;
  data: string;
  created_at: string;
}

export interface Database {
  units: UnitTable;
  people: PersonTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
  notifications: NotificationTable;
  settings: SettingTable;
  appointments: AppointmentTable;
  calendar_days: CalendarDayTable;
  calendar_years: CalendarYearTable;
  spokesperson_lists: SpokespersonListTable;
  platforms: PlatformTable;
  outlets: OutletTable;
  journalists: JournalistTable;
  outlet_findings: OutletFindingTable;
  releases: ReleaseTable;
  release_participants: ReleaseParticipantTable;
  release_outlets: ReleaseOutletTable;
  release_coverage: ReleaseCoverageTable;
  live_events: LiveEventTable;
}

export type UnitRow = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;
export type UnitUpdate = Updateable<UnitTable>;
export type PersonRow = Selectable<PersonTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type JobRow = Selectable<JobTable>;
export type NotificationRow = Selectable<NotificationTable>;
export type AppointmentRow = Selectable<AppointmentTable>;
export type SpokespersonListRow = Selectable<SpokespersonListTable>;
export type ReleaseRow = Selectable<ReleaseTable>;
export type OutletRow = Selectable<OutletTable>;
export type JournalistRow = Selectable<JournalistTable>;
