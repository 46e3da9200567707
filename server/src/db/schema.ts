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

/** The district leader in charge of a unit (分管区领导, A13.2, A15.3), with history. */
export interface UnitLeaderInChargeTable {
  id: Id;
  unit_id: number;
  person_id: number;
  from_date: string;
  /** Last day in charge, inclusive; null while current. */
  to_date: string | null;
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
  /** A5.4: the incident this release is about (its rolling update, or a linked press conference). */
  incident_id: ColumnType<number | null, number | null | undefined, number | null>;
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

export interface FileTable {
  id: Id;
  stored_name: string;
  original_name: string;
  mime: string;
  size: number;
  sha256: string;
  uploaded_by: number | null;
  created_at: string;
}

export interface VenueTable {
  id: Id;
  name: string;
  address: string | null;
  is_center: Defaulted<Flag>;
  note: string | null;
  active: Defaulted<Flag>;
  created_at: string;
}

export interface ConferenceSeriesTable {
  id: Id;
  unit_id: number;
  title: string;
  reason: string;
  created_by: number | null;
  created_at: string;
}

export interface ConferenceTable {
  id: Id;
  unit_id: number;
  title: string;
  in_name_of: string;
  kind: string;
  emergency_reason: string | null;
  series_id: number | null;
  starts_at: string;
  ends_at: string;
  duration_minutes: number;
  conference_date: string;
  venue_id: number;
  venue_reason: string | null;
  venue_meets_standard: Defaulted<Flag>;
  major_matter: Defaulted<Flag>;
  charge_leader_person_id: number | null;
  categories: string;
  guests: string;
  outlet_ids: string;
  summary: string | null;
  release_text: string;
  risk_assessment: string | null;
  status: string;
  approval_chain: string;
  approval_step: Defaulted<number>;
  submitted_at: string | null;
  submission_date: string | null;
  review_due: string | null;
  review_passed_at: string | null;
  reviewer_name: string | null;
  live_video_url: string | null;
  announced_at: string | null;
  held_at: string | null;
  transcript: string | null;
  opinion_reaction: string | null;
  release_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ConferenceParticipantTable {
  id: Id;
  conference_id: number;
  person_id: number;
  part: string;
  authorized: Defaulted<Flag>;
}

export interface ConferenceDocumentTable {
  id: Id;
  conference_id: number;
  kind: string;
  version: number;
  file_id: number;
  uploaded_by: number | null;
  created_at: string;
}

export interface ConferenceTextVersionTable {
  id: Id;
  conference_id: number;
  version: number;
  text: string;
  created_by: number | null;
  created_at: string;
}

export interface ConferenceCommentTable {
  id: Id;
  conference_id: number;
  text_version: number;
  range_start: number;
  range_end: number;
  quote: string;
  body: string;
  author_id: number | null;
  author_name: string | null;
  created_at: string;
}

export interface ConferenceDecisionTable {
  id: Id;
  conference_id: number;
  step: string;
  decision: string;
  opinion: string | null;
  actor_id: number | null;
  actor_name: string | null;
  on_behalf_of: string | null;
  created_at: string;
}

export interface ConferenceLivePostTable {
  id: Id;
  conference_id: number;
  body: string;
  picture_file_id: number | null;
  author_id: number | null;
  author_name: string | null;
  created_at: string;
}

export interface IncidentTable {
  id: Id;
  title: string;
  kind: string;
  grade: string;
  occurred_at: string;
  major_casualties_or_impact: Defaulted<Flag>;
  responsible_unit_id: number;
  field_command: string | null;
  location: string;
  summary: string | null;
  is_public: Defaulted<Flag>;
  not_public_reason: string | null;
  confidentiality_reviewer: string | null;
  confidentiality_reviewed_at: string | null;
  status: string;
  closed_at: string | null;
  closed_reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface IncidentUpdateTable {
  id: Id;
  incident_id: number;
  release_id: number;
  sequence: number;
  facts: string;
  attitude: string | null;
  measures: string | null;
  causes: string | null;
  causes_confirmed: Defaulted<Flag>;
  source: string;
  next_update_by: string | null;
  status: string;
  drafted_by: number | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  published_by: number | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface WarningTable {
  id: Id;
  title: string;
  category: string;
  area: string;
  level: string;
  content: string;
  issuing_unit_id: number;
  valid_from: string;
  valid_until: string;
  lifted_at: string | null;
  lift_reason: string | null;
  revision: Defaulted<number>;
  confidentiality_reviewer: string;
  confidentiality_reviewed_at: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AlertChannelTable {
  id: Id;
  kind: string;
  name: string;
  enabled: Defaulted<Flag>;
  /** JSON array of alert levels. */
  levels: string;
  /** JSON: SMTP server or robot URL, with its secret. */
  settings: string;
  created_at: string;
  updated_at: string;
}

export interface AlertDeliveryTable {
  id: Id;
  dedupe_key: string;
  alert_key: string;
  clock_key: string;
  channel: string;
  channel_id: number | null;
  user_id: number | null;
  recipient: string;
  subject: string;
  body: string;
  link: string | null;
  severity: string;
  status: string;
  attempts: Defaulted<number>;
  last_error: string | null;
  late: Defaulted<Flag>;
  created_at: string;
  sent_at: string | null;
}

export interface ViolationTable {
  id: Id;
  kind: string;
  status: string;
  unit_id: number | null;
  /** JSON array of {personId, name, post}. */
  people: string;
  summary: string;
  /** JSON object. */
  evidence: string;
  source_type: string;
  source_id: string;
  link: string | null;
  detected_at: string;
  decided_by: number | null;
  decided_at: string | null;
  decision_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface TopicTable {
  id: Id;
  unit_id: number;
  title: string;
  why_now: string;
  category: string;
  form: string;
  suggested_date: string | null;
  /** JSON array of {kind, refId, label}. */
  links: string;
  status: string;
  proposed_by: number | null;
  proposed_by_name: string | null;
  proposed_at: string;
  endorsed_by: number | null;
  endorsed_by_name: string | null;
  endorsed_at: string | null;
  endorse_opinion: string | null;
  decided_by: number | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  merged_into_id: number | null;
  release_id: number | null;
  conference_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface ReleasePlanTable {
  id: Id;
  unit_id: number;
  year: number;
  status: string;
  note: string | null;
  revision: Defaulted<number>;
  filed_at: string | null;
  filed_by_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReleasePlanItemTable {
  id: Id;
  plan_id: number;
  quarter: number;
  title: string;
  form: string | null;
  category: string | null;
  topic_id: number | null;
  sort_order: number;
}

export interface TalkingPointTable {
  id: Id;
  unit_id: number;
  district_wide: Defaulted<Flag>;
  topic_id: number | null;
  subject: string;
  /** JSON array of strings. */
  questions: string;
  answer: string;
  facts: string;
  effective_from: string;
  review_by: string;
  sensitivity: string;
  status: string;
  version: number;
  drafted_by: number | null;
  drafted_by_name: string | null;
  approved_by: number | null;
  approved_by_name: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TalkingPointVersionTable {
  id: Id;
  talking_point_id: number;
  version: number;
  subject: string;
  questions: string;
  answer: string;
  facts: string;
  created_by: number | null;
  created_by_name: string | null;
  created_at: string;
}

export interface TalkingPointCommentTable {
  id: Id;
  talking_point_id: number;
  version: number;
  quote: string | null;
  body: string;
  author_id: number | null;
  author_name: string | null;
  created_at: string;
}

export interface TalkingPointUseTable {
  id: Id;
  talking_point_id: number;
  kind: string;
  ref_id: number | null;
  label: string;
  used_on: string;
  used_by: number | null;
  used_by_name: string | null;
  flagged: Defaulted<Flag>;
  created_at: string;
}

/** One indexed record; its words are in the FTS5 table (SQLite) or the `tsv` column (PostgreSQL), written with raw SQL. */
export interface SearchDocumentTable {
  /** Date-ordered key: see migrations/20261126T180100_search.ts. */
  id: number;
  kind: string;
  ref_id: number;
  unit_id: number;
  is_public: Flag;
  date: string;
  year: number;
  title: string;
  body: string;
  link: string;
  indexed_at: string;
}

/** Records changed since they were indexed (filled by triggers in the writer's transaction). */
export interface SearchQueueTable {
  kind: string;
  ref_id: number;
}

/** Opinion monitoring (A13.2, N61), hot-topic linkage (A13.1), experts (A13.5), interview requests (A13.6). */
export interface OpinionVendorTable {
  id: Id;
  name: string;
  key_id: string;
  secret: string;
  enabled: Defaulted<Flag>;
  created_at: string;
  updated_at: string;
}

export interface OpinionInboundSignatureTable {
  id: Id;
  vendor_id: number;
  signature: string;
  item_id: number | null;
  received_at: string;
}

export interface OpinionFeedTable {
  id: Id;
  name: string;
  url: string;
  interval_minutes: Defaulted<number>;
  enabled: Defaulted<Flag>;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  last_status: string | null;
  last_error: string | null;
  items_found: Defaulted<number>;
  created_at: string;
  updated_at: string;
}

export interface OpinionKeywordRuleTable {
  id: Id;
  unit_id: number;
  expression: string;
  /** JSON array of words. */
  exclusions: string;
  enabled: Defaulted<Flag>;
  created_at: string;
  updated_at: string;
}

export interface OpinionItemTable {
  id: Id;
  title: string;
  title_key: string;
  source_kind: string;
  channel: string | null;
  source: string;
  link: string | null;
  link_key: string | null;
  feed_id: number | null;
  vendor_id: number | null;
  first_seen_at: string;
  excerpt: string;
  /** JSON array of words. */
  matched_keywords: string;
  suggested_unit_id: number | null;
  unit_id: number | null;
  assigned_by: number | null;
  assigned_at: string | null;
  level: string | null;
  sensitivity: string | null;
  trend_note: string | null;
  assessed_by: number | null;
  assessed_at: string | null;
  status: string;
  response_release_id: number | null;
  no_response_reason: string | null;
  closed_by: number | null;
  closed_at: string | null;
  reported_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ExpertTable {
  id: Id;
  name: string;
  affiliation: string;
  kind: string;
  /** JSON array of fields. */
  fields: string;
  contact: string | null;
  availability: string | null;
  person_id: number | null;
  active: Defaulted<Flag>;
  created_at: string;
  updated_at: string;
}

export interface OpinionConsultationTable {
  id: Id;
  item_id: number;
  question: string;
  status: string;
  conclusion: string | null;
  concluded_by: number | null;
  concluded_at: string | null;
  created_by: number | null;
  created_at: string;
}

export interface OpinionConsultationExpertTable {
  id: Id;
  consultation_id: number;
  expert_id: number;
  opinion: string | null;
  opinion_at: string | null;
  recorded_by: number | null;
}

export interface HotTopicTable {
  id: Id;
  title: string;
  description: string;
  status: string;
  opened_by: number | null;
  opened_at: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface HotTopicAssignmentTable {
  id: Id;
  topic_id: number;
  unit_id: number;
  task: string;
  instructions: string;
  due_at: string;
  release_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface InterviewRequestTable {
  id: Id;
  tracking_no: string;
  outlet: string;
  journalist: string;
  press_card_no: string;
  topic: string;
  wished_at: string;
  contact: string;
  status: string;
  unit_id: number | null;
  background: string | null;
  leads: string | null;
  safety_notes: string | null;
  public_interest: Defaulted<Flag>;
  routed_by: number | null;
  routed_at: string | null;
  decision_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
  release_id: number | null;
  client_ip: string | null;
  created_at: string;
  updated_at: string;
}

/** Training (A12), spokesperson annual reports (A9.8), the annual evaluation (A13.8). */
export interface TrainingSessionTable {
  id: Id;
  topic: string;
  held_on: string;
  organizer: string;
  kind: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface TrainingAttendanceTable {
  id: Id;
  session_id: number;
  person_id: number;
  unit_id: number | null;
  post: string | null;
}

export interface EvaluationTable {
  id: Id;
  year: number;
  title: string;
  status: string;
  /** JSON array of indicators. */
  indicators: string;
  submitted_at: string | null;
  submitted_by: number | null;
  decided_at: string | null;
  decided_by: number | null;
  decision_note: string | null;
  correction_reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface EvaluationEntryTable {
  id: Id;
  evaluation_id: number;
  unit_id: number;
  indicator_key: string;
  self_score: number | null;
  self_comment: string | null;
  self_by: number | null;
  self_at: string | null;
  review_score: number | null;
  review_reason: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
}

export interface EvaluationPublicationTable {
  id: Id;
  evaluation_id: number;
  year: number;
  version: number;
  /** JSON: the ranked table as published. */
  snapshot: string;
  published_at: string;
  published_by: number | null;
  superseded_at: string | null;
}

export interface AnnualReportTable {
  id: Id;
  year: number;
  unit_id: number;
  spokesperson_person_id: number | null;
  work_report: string;
  next_year_plan: string;
  prefill: string | null;
  status: string;
  submitted_at: string | null;
  submitted_by: number | null;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
  acknowledgement_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface AnnualReportDueTable {
  year: number;
  due_date: string;
  set_by: number | null;
  set_at: string;
}

/** Writes and deletions per table, kept by triggers: whether the quota report's inputs changed (see the migration). */
export interface ChangeCounterTable {
  name: string;
  writes: Generated<number>;
  deletions: Generated<number>;
}

export interface Database {
  change_counters: ChangeCounterTable;
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
  unit_leaders_in_charge: UnitLeaderInChargeTable;
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
  incidents: IncidentTable;
  incident_updates: IncidentUpdateTable;
  warnings: WarningTable;
  alert_channels: AlertChannelTable;
  alert_deliveries: AlertDeliveryTable;
  violations: ViolationTable;
  files: FileTable;
  venues: VenueTable;
  conference_series: ConferenceSeriesTable;
  conferences: ConferenceTable;
  conference_participants: ConferenceParticipantTable;
  conference_documents: ConferenceDocumentTable;
  conference_text_versions: ConferenceTextVersionTable;
  conference_comments: ConferenceCommentTable;
  conference_decisions: ConferenceDecisionTable;
  conference_live_posts: ConferenceLivePostTable;
  topics: TopicTable;
  release_plans: ReleasePlanTable;
  release_plan_items: ReleasePlanItemTable;
  talking_points: TalkingPointTable;
  talking_point_versions: TalkingPointVersionTable;
  talking_point_comments: TalkingPointCommentTable;
  talking_point_uses: TalkingPointUseTable;
  search_documents: SearchDocumentTable;
  search_queue: SearchQueueTable;
  opinion_vendors: OpinionVendorTable;
  opinion_inbound_signatures: OpinionInboundSignatureTable;
  opinion_feeds: OpinionFeedTable;
  opinion_keyword_rules: OpinionKeywordRuleTable;
  opinion_items: OpinionItemTable;
  experts: ExpertTable;
  opinion_consultations: OpinionConsultationTable;
  opinion_consultation_experts: OpinionConsultationExpertTable;
  hot_topics: HotTopicTable;
  hot_topic_assignments: HotTopicAssignmentTable;
  interview_requests: InterviewRequestTable;
  training_sessions: TrainingSessionTable;
  training_attendance: TrainingAttendanceTable;
  evaluations: EvaluationTable;
  evaluation_entries: EvaluationEntryTable;
  evaluation_publications: EvaluationPublicationTable;
  annual_reports: AnnualReportTable;
  annual_report_dues: AnnualReportDueTable;
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
export type FileRow = Selectable<FileTable>;
export type ConferenceRow = Selectable<ConferenceTable>;
export type IncidentRow = Selectable<IncidentTable>;
export type IncidentUpdateRow = Selectable<IncidentUpdateTable>;
export type WarningRow = Selectable<WarningTable>;
export type AlertChannelRow = Selectable<AlertChannelTable>;
export type AlertDeliveryRow = Selectable<AlertDeliveryTable>;
export type ViolationRow = Selectable<ViolationTable>;
export type TopicRow = Selectable<TopicTable>;
export type TalkingPointRow = Selectable<TalkingPointTable>;
export type SearchDocumentRow = Selectable<SearchDocumentTable>;
