/**
 * The release vocabulary of RULES.md: identifiers in English (the glossary's), labels in
 * Chinese for screens. Every list is `as const` so a type follows from it; the label maps
 * are `Record`s so adding a value without its label fails to compile.
 */

/** A6: the eight forms of release activity, F1–F8. */
export const RELEASE_FORMS = [
  'press_conference',
  'press_briefing',
  'background_briefing',
  'interview',
  'written_release',
  'media_symposium',
  'journalist_reception',
  'public_qa',
] as const;
export type ReleaseForm = (typeof RELEASE_FORMS)[number];

export const RELEASE_FORM_LABELS: Record<ReleaseForm, string> = {
  press_conference: '新闻发布会',
  press_briefing: '新闻通报会',
  background_briefing: '新闻通气会',
  interview: '新闻媒体专访',
  written_release: '书面信息发布',
  media_symposium: '新闻媒体座谈会',
  journalist_reception: '新闻记者招待会',
  public_qa: '线上线下答问',
};

export type ReleaseFormCode = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8';

export const RELEASE_FORM_CODES: Record<ReleaseForm, ReleaseFormCode> = {
  press_conference: 'F1',
  press_briefing: 'F2',
  background_briefing: 'F3',
  interview: 'F4',
  written_release: 'F5',
  media_symposium: 'F6',
  journalist_reception: 'F7',
  public_qa: 'F8',
};

/** A5: content categories; a release has one or more. */
export const CONTENT_CATEGORIES = [
  'disclosure',
  'policy_interpretation',
  'opinion_response',
  'incident',
  'warning',
  'major_event',
  'other',
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

export const CONTENT_CATEGORY_LABELS: Record<ContentCategory, string> = {
  disclosure: '政务公开',
  policy_interpretation: '政策解读',
  opinion_response: '舆情回应',
  incident: '突发事件',
  warning: '重要预警',
  major_event: '重大活动',
  other: '其他',
};

/** The paragraph of 第五条 each category comes from (A5.1 = 第五条（一）). */
export type ContentCategoryRuleId = 'A5.1' | 'A5.2' | 'A5.3' | 'A5.4' | 'A5.5' | 'A5.6' | 'A5.7';

export const CONTENT_CATEGORY_RULES: Record<ContentCategory, ContentCategoryRuleId> = {
  disclosure: 'A5.1',
  policy_interpretation: 'A5.2',
  opinion_response: 'A5.3',
  incident: 'A5.4',
  warning: 'A5.5',
  major_event: 'A5.6',
  other: 'A5.7',
};

/** Who organized a release: the city's news office, the district's, or the unit itself. */
export const ORGANIZERS = ['municipal_news_office', 'news_office', 'unit'] as const;
export type Organizer = (typeof ORGANIZERS)[number];

export const ORGANIZER_LABELS: Record<Organizer, string> = {
  municipal_news_office: '市政府新闻办',
  news_office: '区政府新闻办',
  unit: '本单位',
};

/** In whose name a release is held (A13.1, A15). */
export const IN_NAME_OF = ['district_gov', 'news_office', 'unit'] as const;
export type InNameOf = (typeof IN_NAME_OF)[number];

export const IN_NAME_OF_LABELS: Record<InNameOf, string> = {
  district_gov: '以区政府名义',
  news_office: '以区政府新闻办名义',
  unit: '以本单位名义',
};

/** The part a person plays in a release. */
export const PARTICIPANT_PARTS = ['main_speaker', 'host', 'speaker', 'expert'] as const;
export type ParticipantPart = (typeof PARTICIPANT_PARTS)[number];

export const PARTICIPANT_PART_LABELS: Record<ParticipantPart, string> = {
  main_speaker: '主发布人',
  host: '主持人',
  speaker: '发布人',
  expert: '专家',
};

/**
 * Posts a person is appointed to in a unit (A8, A10): principal 主要负责人, spokesperson
 * 新闻发言人, spokesperson_assistant 新闻发言人助理, district_head 区长, vice_district_head
 * 副区长, standing_vice_district_head 常务副区长, news_office_director 区政府新闻办主任,
 * staff 工作人员. Defined once, beside the A8.2 appointment rules, and re-exported here so
 * the vocabulary is complete and `core/src/index.ts` can export both modules without a clash.
 */
export { POSTS, POST_LABELS, type Post } from './appointments';

/** A6.1: the level of an invited outlet. */
export const MEDIA_LEVELS = ['district', 'municipal', 'central', 'overseas'] as const;
export type MediaLevel = (typeof MEDIA_LEVELS)[number];

export const MEDIA_LEVEL_LABELS: Record<MediaLevel, string> = {
  district: '区属',
  municipal: '市级',
  central: '中央',
  overseas: '境外',
};

/** A5.4: kinds of emergency. */
export const INCIDENT_KINDS = ['natural_disaster', 'accident', 'public_health', 'social_safety'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  natural_disaster: '自然灾害',
  accident: '事故灾难',
  public_health: '公共卫生事件',
  social_safety: '社会安全事件',
};

/** A13.4: grades, I the gravest. */
export const INCIDENT_GRADES = ['I', 'II', 'III', 'IV'] as const;
export type IncidentGrade = (typeof INCIDENT_GRADES)[number];

export const INCIDENT_GRADE_LABELS: Record<IncidentGrade, string> = {
  I: '特别重大',
  II: '重大',
  III: '较大',
  IV: '一般',
};

/** A13.2: how an opinion item is assessed; N61's 48-hour clock runs for the upper levels. */
export const OPINION_LEVELS = ['general', 'significant', 'major'] as const;
export type OpinionLevel = (typeof OPINION_LEVELS)[number];

export const OPINION_LEVEL_LABELS: Record<OpinionLevel, string> = {
  general: '一般',
  significant: '较大',
  major: '重大',
};

/** A13.7: the outcome of the social-stability risk assessment. */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  low: '低风险',
  medium: '中风险',
  high: '高风险',
};

/** A13.7: who must hold a qualification to take part in a release. */
export const MEDIA_PARTY_KINDS = ['outlet', 'journalist', 'live_streaming'] as const;
export type MediaPartyKind = (typeof MEDIA_PARTY_KINDS)[number];

export const MEDIA_PARTY_KIND_LABELS: Record<MediaPartyKind, string> = {
  outlet: '新闻媒体',
  journalist: '记者',
  live_streaming: '直播机构',
};
