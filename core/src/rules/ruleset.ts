/**
 * The rule set: every number, table and reading of RULES.md that another district's
 * measures (or a revision of these) could change, as one versioned document.
 *
 * A year is judged by the set in force on its 31 December (`ruleSetForYear`), so loading a
 * revision never rewrites how past years were judged. Functions elsewhere in `rules/` take
 * the set as an argument; nothing reads these numbers from anywhere else.
 */
import type { RuleId } from './articles';
import type { IsoDate } from './calendar';
import type { UnitKind } from '../units';
import type {
  ContentCategory,
  IncidentGrade,
  InNameOf,
  OpinionLevel,
  Organizer,
  ParticipantPart,
  Post,
  ReleaseForm,
} from './vocabulary';

/** Which releases count toward a quota part; every given condition must hold. */
export interface ReleaseCriteria {
  readonly forms?: readonly ReleaseForm[];
  readonly organizers?: readonly Organizer[];
  /** The release is "another form" of responding to social concerns (see `readings.anotherForm`). */
  readonly anotherForm?: boolean;
}

export interface QuotaPartRule {
  /** Stable key for screens and tests, e.g. `municipal_organized`. */
  readonly key: string;
  /** What is counted, in Chinese: "参加市政府新闻办组织的新闻发布活动". */
  readonly label: string;
  readonly required: number;
  readonly counts: ReleaseCriteria;
}

/**
 * Who owes a quota.
 * - `post_holders`: the people holding one of `posts` in an active unit of one of
 *   `unitKinds`; their participations count (see `readings.tookPartAs`).
 * - `units`: active units of `unitKinds`, plus those of `livelihoodUnitKinds` flagged
 *   livelihood-related; the unit's own releases count.
 */
export type QuotaSubjectRule =
  | {
      readonly kind: 'post_holders';
      readonly posts: readonly Post[];
      readonly unitKinds: readonly UnitKind[];
      /** Report a unit where nobody holds the post: the quota then has no one to owe it. */
      readonly reportVacancy: boolean;
    }
  | {
      readonly kind: 'units';
      readonly unitKinds: readonly UnitKind[];
      readonly livelihoodUnitKinds: readonly UnitKind[];
    };

export type AnnualQuotaRuleId = 'A13.3-a' | 'A13.3-b' | 'A13.3-c' | 'A13.3-d' | 'A13.3-e' | 'A13.3-f' | 'A6.4';

export interface AnnualQuotaRule {
  readonly rule: AnnualQuotaRuleId;
  /** The obligation in Chinese, as the measures put it. */
  readonly text: string;
  readonly subjects: QuotaSubjectRule;
  /**
   * How the parts combine (all must be met either way):
   * - `each`: independent requirements joined by "、" in the text (A13.3-b: ≥1 organized by
   *   the municipal office, and ≥1 in another form);
   * - `of_which`: the first part is the total and the others say "其中" (A13.3-c: ≥2, of
   *   which ≥1 organized by the municipal office).
   */
  readonly combine: 'each' | 'of_which';
  readonly parts: readonly QuotaPartRule[];
}

/** A14: livelihood-related units hold routine press conferences once per their own period. */
export interface RoutineConferenceRule {
  readonly rule: 'A14';
  readonly text: string;
  readonly livelihoodUnitKinds: readonly UnitKind[];
  readonly counts: ReleaseCriteria;
  readonly perPeriod: number;
}

/** A15.4: who may take a part. A person is eligible when any entry matches. */
export type Eligibility =
  | {
      /** Holds one of `posts` on the day, in the district government, the news office, or the applying unit. */
      readonly unitScope: 'district_gov' | 'news_office' | 'applying_unit';
      readonly posts: readonly Post[];
    }
  | { readonly authorizedByApplyingUnit: true };

export interface SpeakerRule {
  readonly mainSpeaker: readonly Eligibility[];
  readonly host: readonly Eligibility[];
  /** The rule in Chinese, for the message that refuses a choice. */
  readonly text: string;
}

export interface DeadlineClockRule<R extends RuleId> {
  readonly rule: R;
  readonly hours: number;
  readonly grades: readonly IncidentGrade[];
  /** Release forms that satisfy the clock; `null`: any published release. */
  readonly metByForms: readonly ReleaseForm[] | null;
}

export interface RuleArticle {
  readonly id: RuleId;
  /** 第十三条（三） */
  readonly article: string;
  /** The text of the measures, or RULES.md's precise reading of it. */
  readonly text: string;
}

export interface RuleSet {
  readonly id: string;
  readonly title: string;
  readonly documentNumber: string;
  readonly effectiveFrom: IsoDate;

  /** A15.1: latest submission = conference date minus this many workdays. */
  readonly conferenceSubmissionLeadWorkdays: number;
  /** A15.2: review due = submission date plus this many workdays. */
  readonly conferenceReviewWorkdays: number;

  readonly incidentInfoClock: DeadlineClockRule<'A13.4-a'>;
  readonly incidentConferenceClock: DeadlineClockRule<'A13.4-b'>;
  /** Reading of A13.4-b: off keeps the 24-hour conference clock to grades I–II. */
  readonly conferenceClockForLowerGrades: boolean;
  readonly lowerIncidentGrades: readonly IncidentGrade[];

  readonly opinionClock: {
    readonly rule: 'N61';
    readonly enabled: boolean;
    readonly hours: number;
    readonly levels: readonly OpinionLevel[];
  };

  readonly readings: {
    /** "参加新闻发布活动": the parts that count as taking part. */
    readonly tookPartAs: readonly ParticipantPart[];
    /** "通过其他形式回应社会关切". */
    readonly anotherForm: {
      readonly forms: readonly ReleaseForm[];
      /** These forms count only when the release has one of `categories`. */
      readonly formsWithCategory: readonly ReleaseForm[];
      readonly categories: readonly ContentCategory[];
    };
    /** Release statuses meaning the activity took place. */
    readonly countingStatuses: readonly string[];
  };

  readonly annualQuotas: readonly AnnualQuotaRule[];
  readonly routineConferences: RoutineConferenceRule;

  /**
   * When an unmet quota (or A14 period) is `at_risk` rather than `on_track`: less than this
   * share of its period remains, or (with `atRiskWhenBehindPace`) fewer are counted than the
   * pro-rata pace, floor(required × elapsed share).
   */
  readonly quotaStatus: {
    readonly atRiskWhenRemainingShareBelow: number;
    readonly atRiskWhenBehindPace: boolean;
  };

  /** A6: forms that must have a Q&A session. */
  readonly formsRequiringQa: readonly ReleaseForm[];
  /** A13.7: forms whose risk assessment must be complete before they are held. */
  readonly formsRequiringRiskAssessment: readonly ReleaseForm[];

  readonly conferenceSpeakers: Readonly<Record<Exclude<InNameOf, 'unit'>, SpeakerRule>>;

  /** The articles shown in the console's rule table. */
  readonly articles: readonly RuleArticle[];
}

const GRASSROOTS: readonly UnitKind[] = ['township', 'subdistrict'];
/**
 * A13.3-e/f name townships, subdistricts and district departments. Public bodies (A21)
 * follow the measures only "by reference", so they owe no quota unless a rule set says so.
 */
const GRASSROOTS_AND_DEPARTMENTS: readonly UnitKind[] = ['township', 'subdistrict', 'department'];

export const WULONG_2021: RuleSet = {
  id: 'wulong-2021',
  title: '武隆区行政机关新闻发布工作办法',
  documentNumber: '武隆府办发〔2021〕69号',
  effectiveFrom: '2021-12-03',

  conferenceSubmissionLeadWorkdays: 10,
  conferenceReviewWorkdays: 10,

  incidentInfoClock: { rule: 'A13.4-a', hours: 5, grades: ['I', 'II'], metByForms: null },
  incidentConferenceClock: { rule: 'A13.4-b', hours: 24, grades: ['I', 'II'], metByForms: ['press_conference'] },
  conferenceClockForLowerGrades: false,
  lowerIncidentGrades: ['III', 'IV'],

  opinionClock: { rule: 'N61', enabled: true, hours: 48, levels: ['significant', 'major'] },

  readings: {
    tookPartAs: ['main_speaker', 'speaker', 'host'],
    anotherForm: {
      forms: ['interview', 'written_release', 'media_symposium', 'public_qa'],
      formsWithCategory: ['press_briefing', 'background_briefing'],
      categories: ['opinion_response', 'policy_interpretation'],
    },
    countingStatuses: ['held', 'published'],
  },

  annualQuotas: [
    {
      rule: 'A13.3-a',
      text: '区政府区长、副区长每年参加1次以上新闻发布活动。',
      subjects: {
        kind: 'post_holders',
        posts: ['district_head', 'vice_district_head', 'standing_vice_district_head'],
        unitKinds: ['district_gov'],
        reportVacancy: false,
      },
      combine: 'each',
      parts: [{ key: 'activities', label: '参加新闻发布活动', required: 1, counts: {} }],
    },
    {
      rule: 'A13.3-b',
      text: '区政府区长每年至少参加1次市政府新闻办组织的新闻发布活动、至少1次通过其他形式回应社会关切。',
      subjects: { kind: 'post_holders', posts: ['district_head'], unitKinds: ['district_gov'], reportVacancy: true },
      combine: 'each',
      parts: [
        {
          key: 'municipal_organized',
          label: '参加市政府新闻办组织的新闻发布活动',
          required: 1,
          counts: { organizers: ['municipal_news_office'] },
        },
        { key: 'another_form', label: '通过其他形式回应社会关切', required: 1, counts: { anotherForm: true } },
      ],
    },
    {
      rule: 'A13.3-c',
      text: '区政府新闻发言人每年参加2次以上新闻发布活动，其中每年至少参加1次市政府新闻办组织的新闻发布活动。',
      subjects: { kind: 'post_holders', posts: ['spokesperson'], unitKinds: ['district_gov'], reportVacancy: true },
      combine: 'of_which',
      parts: [
        { key: 'activities', label: '参加新闻发布活动', required: 2, counts: {} },
        {
          key: 'municipal_organized',
          label: '其中参加市政府新闻办组织的新闻发布活动',
          required: 1,
          counts: { organizers: ['municipal_news_office'] },
        },
      ],
    },
    {
      rule: 'A13.3-d',
      text: '乡镇（街道）、与宏观经济和民生关系密切以及社会关注事项较多的区级相关部门，每年至少举行1次新闻发布会。',
      subjects: { kind: 'units', unitKinds: GRASSROOTS, livelihoodUnitKinds: ['department'] },
      combine: 'each',
      parts: [{ key: 'press_conferences', label: '举行新闻发布会', required: 1, counts: { forms: ['press_conference'] } }],
    },
    {
      rule: 'A13.3-e',
      text: '乡镇（街道）、区级部门行政主要负责人每年至少参加1次区政府新闻办组织的新闻发布活动、至少1次通过其他形式回应社会关切。',
      subjects: { kind: 'post_holders', posts: ['principal'], unitKinds: GRASSROOTS_AND_DEPARTMENTS, reportVacancy: true },
      combine: 'each',
      parts: [
        {
          key: 'news_office_organized',
          label: '参加区政府新闻办组织的新闻发布活动',
          required: 1,
          counts: { organizers: ['news_office'] },
        },
        { key: 'another_form', label: '通过其他形式回应社会关切', required: 1, counts: { anotherForm: true } },
      ],
    },
    {
      rule: 'A13.3-f',
      text: '乡镇（街道）、区级部门新闻发言人每年参加2次以上新闻发布活动，其中每年至少参加1次区政府新闻办组织的新闻发布活动。',
      subjects: { kind: 'post_holders', posts: ['spokesperson'], unitKinds: GRASSROOTS_AND_DEPARTMENTS, reportVacancy: true },
      combine: 'of_which',
      parts: [
        { key: 'activities', label: '参加新闻发布活动', required: 2, counts: {} },
        {
          key: 'news_office_organized',
          label: '其中参加区政府新闻办组织的新闻发布活动',
          required: 1,
          counts: { organizers: ['news_office'] },
        },
      ],
    },
    {
      rule: 'A6.4',
      text: '原则上，区政府新闻办每年举行1次新闻记者招待会，通报新闻发布工作情况，听取记者意见。',
      subjects: { kind: 'units', unitKinds: ['news_office'], livelihoodUnitKinds: [] },
      combine: 'each',
      parts: [
        { key: 'journalist_receptions', label: '举行新闻记者招待会', required: 1, counts: { forms: ['journalist_reception'] } },
      ],
    },
  ],

  routineConferences: {
    rule: 'A14',
    text: '与宏观经济和民生关系密切以及社会关注事项较多的区级部门应当定期举行例行新闻发布会。',
    livelihoodUnitKinds: ['department'],
    counts: { forms: ['press_conference'] },
    perPeriod: 1,
  },

  quotaStatus: { atRiskWhenRemainingShareBelow: 0.25, atRiskWhenBehindPace: true },

  formsRequiringQa: ['press_conference'],
  formsRequiringRiskAssessment: ['press_conference', 'press_briefing', 'background_briefing'],

  conferenceSpeakers: {
    district_gov: {
      mainSpeaker: [{ unitScope: 'district_gov', posts: ['district_head', 'vice_district_head', 'standing_vice_district_head'] }],
      host: [
        { unitScope: 'district_gov', posts: ['spokesperson'] },
        { unitScope: 'news_office', posts: ['news_office_director'] },
      ],
      text: '以区政府名义举行的新闻发布会，主发布人为区政府区长、副区长，主持人为区政府新闻发言人或区政府新闻办主任。',
    },
    news_office: {
      mainSpeaker: [
        { unitScope: 'applying_unit', posts: ['principal', 'spokesperson'] },
        { authorizedByApplyingUnit: true },
      ],
      // Reading: "发言人助理" is the spokesperson assistant of the applying unit or of the news office.
      host: [
        { unitScope: 'news_office', posts: ['news_office_director', 'spokesperson_assistant'] },
        { unitScope: 'applying_unit', posts: ['spokesperson_assistant'] },
      ],
      text: '以区政府新闻办名义举行的新闻发布会，主发布人为申报单位主要负责人、新闻发言人或授权的负责人，主持人为区政府新闻办主任或发言人助理。',
    },
  },

  articles: [
    { id: 'A4.2', article: '第四条（二）', text: '坚持以公开为常态……不公开的例外情况按相关规定执行。' },
    { id: 'A6', article: '第六条（一）', text: '新闻发布会、新闻通报会……发布会须回答记者提问，通报会可不安排提问环节。' },
    { id: 'A6.4', article: '第六条（四）', text: '原则上，区政府新闻办每年举行1次新闻记者招待会，通报新闻发布工作情况，听取记者意见。' },
    {
      id: 'A13.3-a',
      article: '第十三条（三）',
      text: '区政府区长、副区长每年参加1次以上新闻发布活动。',
    },
    {
      id: 'A13.3-b',
      article: '第十三条（三）',
      text: '区政府区长每年至少参加1次市政府新闻办组织的新闻发布活动、至少1次通过其他形式回应社会关切。',
    },
    {
      id: 'A13.3-c',
      article: '第十三条（三）',
      text: '区政府新闻发言人每年参加2次以上新闻发布活动，其中每年至少参加1次市政府新闻办组织的新闻发布活动。',
    },
    {
      id: 'A13.3-d',
      article: '第十三条（三）',
      text: '乡镇（街道）、与宏观经济和民生关系密切以及社会关注事项较多的区级相关部门，每年至少举行1次新闻发布会。',
    },
    {
      id: 'A13.3-e',
      article: '第十三条（三）',
      text: '乡镇（街道）、区级部门行政主要负责人每年至少参加1次区政府新闻办组织的新闻发布活动、至少1次通过其他形式回应社会关切。',
    },
    {
      id: 'A13.3-f',
      article: '第十三条（三）',
      text: '乡镇（街道）、区级部门新闻发言人每年参加2次以上新闻发布活动，其中每年至少参加1次区政府新闻办组织的新闻发布活动。',
    },
    {
      id: 'A13.4-a',
      article: '第十三条（四）',
      text: '特别重大和重大突发事件新闻发布由现场指挥部负责，事件发生后应当在5小时内发布权威信息。',
    },
    {
      id: 'A13.4-b',
      article: '第十三条（四）',
      text: '造成重大人员伤亡或较大社会影响的应当在24小时内召开新闻发布会。',
    },
    {
      id: 'A13.7',
      article: '第十三条（七）',
      text: '发布单位负责审核发布选题、内容、方式等，开展社会稳定风险评估。发布单位主要负责人、新闻发言人和实际主发布人对发布内容负责。参加新闻发布活动的新闻媒体、记者和承担活动直播等相关工作的机构应当具备相应资质。',
    },
    { id: 'A14', article: '第十四条', text: '与宏观经济和民生关系密切以及社会关注事项较多的区级部门应当定期举行例行新闻发布会。' },
    {
      id: 'A15.1',
      article: '第十五条（一）',
      text: '乡镇（街道）、区级部门提出申报，应当至少提前10个工作日将经主要负责人审核同意的发布会申报表和工作方案、发布文稿等相关材料报区政府新闻办。',
    },
    { id: 'A15.2', article: '第十五条（二）', text: '区政府新闻办应当在10个工作日内完成对申报单位发布文稿的规范性把关。' },
    {
      id: 'A15.4',
      article: '第十五条（四）',
      text: '以区政府名义举行的新闻发布会，主发布人为区政府区长、副区长，主持人为区政府新闻发言人或区政府新闻办主任。以区政府新闻办名义举行的新闻发布会，主发布人为申报单位主要负责人、新闻发言人或授权的负责人，主持人为区政府新闻办主任或发言人助理。',
    },
    {
      id: 'A18.5',
      article: '第十八条（五）',
      text: '未履行保密审查程序，致使党和国家秘密泄露或公开了不应公开的信息的，依法追究责任。',
    },
    {
      id: 'N61',
      article: '国办发〔2016〕61号',
      text: '对涉及政府的政务舆情，需要回应的，最迟要在48小时内予以回应。',
    },
  ],
};

/** Every rule set the deployment knows, oldest first. */
export const RULE_SETS: readonly RuleSet[] = [WULONG_2021];

/** The latest set whose `effectiveFrom` is on or before `date`; throws before the first. */
export function ruleSetInForce(date: IsoDate, sets: readonly RuleSet[] = RULE_SETS): RuleSet {
  let found: RuleSet | undefined;
  for (const set of sets) {
    if (set.effectiveFrom <= date && (!found || set.effectiveFrom > found.effectiveFrom)) found = set;
  }
  if (!found) throw new RangeError(`${date} 尚无生效的新闻发布规则集`);
  return found;
}

/** A year is judged by the set in force on its 31 December. */
export function ruleSetForYear(year: number, sets: readonly RuleSet[] = RULE_SETS): RuleSet {
  return ruleSetInForce(`${String(year).padStart(4, '0')}-12-31`, sets);
}
