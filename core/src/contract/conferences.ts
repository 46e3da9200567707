/** The press-conference (A15) part of the HTTP API. */
import { z } from 'zod';
import { CONTENT_CATEGORIES, PARTICIPANT_PARTS, RISK_LEVELS } from '../rules/vocabulary';
import { APPROVAL_STEPS, CONFERENCE_ACTIONS, CONFERENCE_STATUSES } from '../workflows/conference-application';
import { CONFERENCE_KINDS } from '../workflows/conference-deadlines';
import { IsoDateString, IsoInstantString } from './common';

export * from '../workflows/conference-application';
export * from '../workflows/conference-deadlines';
export * from '../workflows/text-diff';

/** The documents of A15.1, plus the optional prepared Q&A. */
export const CONFERENCE_DOCUMENT_KINDS = ['application_form', 'work_plan', 'release_text', 'qa'] as const;
export type ConferenceDocumentKind = (typeof CONFERENCE_DOCUMENT_KINDS)[number];
export const CONFERENCE_DOCUMENT_LABELS: Record<ConferenceDocumentKind, string> = {
  application_form: '申报表',
  work_plan: '工作方案',
  release_text: '发布文稿',
  qa: '答问口径',
};
/** A15.1: what must be uploaded before submission. */
export const REQUIRED_CONFERENCE_DOCUMENTS: readonly ConferenceDocumentKind[] = ['application_form', 'work_plan', 'release_text'];

/** Conferences are held in the district government's or the news office's name (A15). */
export const CONFERENCE_NAMES = ['district_gov', 'news_office'] as const;

const text = (max: number) => z.string().trim().max(max);
const url = z.url({ protocol: /^https?$/, error: '链接应以 http:// 或 https:// 开头' }).max(500);

export const ConferenceRiskInput = z.strictObject({
  topicReviewed: z.boolean(),
  contentReviewed: z.boolean(),
  formReviewed: z.boolean(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
});

export const ConferenceBody = z.strictObject({
  unitId: z.number().int().positive(),
  title: text(200).min(4, '标题至少 4 个字'),
  inNameOf: z.enum(CONFERENCE_NAMES),
  kind: z.enum(['regular', 'emergency']).default('regular'),
  /** A13.4: why an emergency conference cannot wait 10 workdays. */
  emergencyReason: text(500).nullable().default(null),
  startsAt: IsoInstantString,
  durationMinutes: z.number().int().min(15, '时长至少 15 分钟').max(480, '时长不超过 8 小时').default(60),
  venueId: z.number().int().positive(),
  /** A15.5: another venue than the district news release center needs both. */
  venueReason: text(500).nullable().default(null),
  venueMeetsStandard: z.boolean().default(false),
  /** `authorizedByUnit`: a leader the applying unit authorized to speak for it (A15.4, "授权的负责人"). */
  participants: z
    .array(z.strictObject({ personId: z.number().int().positive(), part: z.enum(PARTICIPANT_PARTS), authorizedByUnit: z.boolean().default(false) }))
    .max(30)
    .default([]),
  /** Guests without an entry in the register of people (experts, important figures). */
  guests: z.array(z.strictObject({ name: text(30).min(2, '姓名至少 2 个字'), title: text(100).default('') })).max(30).default([]),
  outletIds: z.array(z.number().int().positive()).max(100).default([]),
  majorMatter: z.boolean().default(false),
  /** A15.3: the vice district head in charge, for a department's major matter. */
  chargeLeaderPersonId: z.number().int().positive().nullable().default(null),
  categories: z.array(z.enum(CONTENT_CATEGORIES)).min(1, '至少选择一类发布内容').max(7).default(['disclosure']),
  summary: text(2000).nullable().default(null),
  /** The release text as reviewed: every submitted state of it is kept as a version. */
  releaseText: z.string().max(200_000).default(''),
  riskAssessment: ConferenceRiskInput.nullable().default(null),
});
export type ConferenceBody = z.infer<typeof ConferenceBody>;

export const ConferenceListQuery = z.object({
  status: z.enum(CONFERENCE_STATUSES).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const DocumentParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  kind: z.enum(CONFERENCE_DOCUMENT_KINDS),
});
export const FileParams = z.strictObject({ id: z.coerce.number().int().positive(), fileId: z.coerce.number().int().positive() });

export const OpinionBody = z.strictObject({ opinion: text(2000).min(2, '请填写意见') });
export const OptionalOpinionBody = z.strictObject({ opinion: text(2000).nullable().default(null) });

export const CommentBody = z
  .strictObject({
    textVersion: z.number().int().positive(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    body: text(2000).min(1, '请填写批注内容'),
  })
  .refine((c) => c.end > c.start, { message: '请在文稿中选中要批注的文字', path: ['end'] });

export const AnnounceBody = z.strictObject({ liveVideoUrl: url.nullable().default(null) });
export const LiveLinkBody = z.strictObject({ liveVideoUrl: url.nullable() });

export const LivePostBody = z
  .strictObject({ body: text(5000).default(''), pictureFileId: z.number().int().positive().nullable().default(null) })
  .refine((p) => p.body.length > 0 || p.pictureFileId !== null, { message: '请填写直播内容或选择图片', path: ['body'] });

export const ArchiveBody = z.strictObject({
  transcript: z.string().max(500_000).nullable().default(null),
  opinionReaction: text(5000).nullable().default(null),
  coverage: z
    .array(
      z.strictObject({
        outletName: text(100).min(2),
        title: text(300).min(2),
        url: url.nullable().default(null),
        publishedOn: IsoDateString,
      }),
    )
    .max(200)
    .default([]),
});

export const SeriesBody = z.strictObject({
  unitId: z.number().int().positive(),
  title: text(150).min(4, '标题至少 4 个字'),
  inNameOf: z.enum(CONFERENCE_NAMES),
  /** The incident and the field command the series is held under (A15.7). */
  reason: text(500).min(4, '请说明所处置的公共卫生事件及指挥部'),
  firstStartsAt: IsoInstantString,
  intervalDays: z.number().int().min(1).max(31),
  count: z.number().int().min(2, '系列发布会至少 2 场').max(60),
  durationMinutes: z.number().int().min(15).max(480).default(60),
  venueId: z.number().int().positive(),
});

export const VenueBody = z.strictObject({
  name: text(100).min(2, '场地名称至少 2 个字'),
  address: text(200).nullable().default(null),
  note: text(500).nullable().default(null),
});

export const VenueView = z.object({
  id: z.number().int(),
  name: z.string(),
  address: z.string().nullable(),
  isCenter: z.boolean(),
  note: z.string().nullable(),
  active: z.boolean(),
});
export type VenueView = z.infer<typeof VenueView>;

export const BookingQuery = z.object({ weekOf: IsoDateString, venueId: z.coerce.number().int().positive().optional() });
export const BookingView = z.object({
  conferenceId: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  venueId: z.number().int(),
  venueName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(CONFERENCE_STATUSES),
});
export const BookingWeek = z.object({ from: z.string(), to: z.string(), items: z.array(BookingView) });

const DocumentVersion = z.object({
  id: z.number().int(),
  kind: z.enum(CONFERENCE_DOCUMENT_KINDS),
  version: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});

const TextVersion = z.object({ version: z.number().int(), text: z.string(), createdBy: z.string().nullable(), createdAt: z.string() });

const Comment = z.object({
  id: z.number().int(),
  textVersion: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

const Decision = z.object({
  step: z.string(),
  decision: z.enum(['approved', 'refused', 'returned', 'submitted', 'revision', 'withdrawn']),
  opinion: z.string().nullable(),
  actorName: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  at: z.string(),
});

const LivePost = z.object({ id: z.number().int(), body: z.string(), pictureFileId: z.number().int().nullable(), authorName: z.string().nullable(), at: z.string() });

export const ConferenceSummaryView = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  inNameOf: z.enum(CONFERENCE_NAMES),
  kind: z.enum(CONFERENCE_KINDS),
  seriesId: z.number().int().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  venueName: z.string(),
  status: z.enum(CONFERENCE_STATUSES),
  latestSubmission: z.object({ date: z.string(), provisional: z.boolean() }).nullable(),
  submissionDate: z.string().nullable(),
  reviewDue: z.string().nullable(),
  reviewOverdue: z.boolean(),
  releaseId: z.number().int().nullable(),
});
export type ConferenceSummaryView = z.infer<typeof ConferenceSummaryView>;

export const ConferenceView = ConferenceSummaryView.extend({
  unitKind: z.string(),
  emergencyReason: z.string().nullable(),
  durationMinutes: z.number().int(),
  venueId: z.number().int(),
  venueAddress: z.string().nullable(),
  venueReason: z.string().nullable(),
  venueMeetsStandard: z.boolean(),
  participants: z.array(z.object({ personId: z.number().int(), personName: z.string(), part: z.enum(PARTICIPANT_PARTS), authorizedByUnit: z.boolean() })),
  guests: z.array(z.object({ name: z.string(), title: z.string() })),
  outlets: z.array(z.object({ outletId: z.number().int(), outletName: z.string() })),
  majorMatter: z.boolean(),
  chargeLeaderPersonId: z.number().int().nullable(),
  chargeLeaderName: z.string().nullable(),
  categories: z.array(z.enum(CONTENT_CATEGORIES)),
  summary: z.string().nullable(),
  releaseText: z.string(),
  riskAssessment: ConferenceRiskInput.nullable(),
  approvalChain: z.array(z.enum(APPROVAL_STEPS)),
  approvalStep: z.number().int(),
  documents: z.array(DocumentVersion),
  textVersions: z.array(TextVersion),
  comments: z.array(Comment),
  decisions: z.array(Decision),
  liveVideoUrl: z.string().nullable(),
  livePosts: z.array(LivePost),
  transcript: z.string().nullable(),
  opinionReaction: z.string().nullable(),
  availableActions: z.array(z.enum(CONFERENCE_ACTIONS)),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConferenceView = z.infer<typeof ConferenceView>;

export const UploadedFile = z.object({ fileId: z.number().int(), fileName: z.string(), size: z.number().int() });
export const SeriesCreated = z.object({ seriesId: z.number().int(), items: z.array(ConferenceSummaryView) });
export * from '../workflows/conference-announcement';
