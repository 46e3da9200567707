/** The release form's values, to and from the API's release, and the server's refusals put on the form's fields. */
import type { ContentCategory, InNameOf, Organizer, ParticipantPart, ReleaseForm, RiskLevel } from '@fabutong/core/rules/vocabulary';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { ApiError } from '../../../api/client';
import type { FieldProblem, Release, ReleaseInput, ReleaseStatus } from '../../../api/release-types';
import { districtInstant, pickerValue } from '../../../components/releases/district-time';
import { articleOf } from '../../../components/releases/tags';

export interface RiskValues {
  topicReviewed: boolean;
  contentReviewed: boolean;
  formReviewed: boolean;
  riskLevel: RiskLevel | null;
  principalId: number | null;
  spokespersonId: number | null;
  mainSpeakerId: number | null;
}

export interface Values {
  unitId?: number;
  title?: string;
  inNameOf: InNameOf;
  organizer: Organizer;
  form?: ReleaseForm;
  categories: ContentCategory[];
  startsAt?: Dayjs | null;
  venue?: string | null;
  participants: { personId?: number | null; part?: ParticipantPart }[];
  outlets: { outletId?: number; journalistId?: number | null }[];
  platformIds: number[];
  qa: boolean;
  isPublic: boolean;
  notPublicReason?: string | null;
  summary?: string | null;
  body?: string | null;
  transcript?: string | null;
  status: ReleaseStatus;
  confidentialityReview: { reviewer?: string | null; reviewedAt?: Dayjs | null };
  riskAssessment: RiskValues;
  opinionReaction?: string | null;
}

const NO_RISK_ASSESSMENT: RiskValues = {
  topicReviewed: false,
  contentReviewed: false,
  formReviewed: false,
  riskLevel: null,
  principalId: null,
  spokespersonId: null,
  mainSpeakerId: null,
};

export function newValues(unitId: number | undefined): Values {
  return {
    unitId,
    inNameOf: 'unit',
    organizer: 'unit',
    categories: [],
    participants: [],
    outlets: [],
    platformIds: [],
    qa: false,
    isPublic: true,
    status: 'planned',
    confidentialityReview: {},
    riskAssessment: NO_RISK_ASSESSMENT,
  };
}

export function valuesOf(release: Release): Values {
  return {
    unitId: release.unitId,
    title: release.title,
    inNameOf: release.inNameOf,
    organizer: release.organizer,
    form: release.form,
    categories: release.categories,
    startsAt: pickerValue(release.startsAt),
    venue: release.venue,
    participants: release.participants.map(({ personId, part }) => ({ personId, part })),
    outlets: release.outlets.map(({ outletId, journalistId }) => ({ outletId, journalistId })),
    platformIds: release.platformIds,
    qa: release.qa,
    isPublic: release.isPublic,
    notPublicReason: release.notPublicReason,
    summary: release.summary,
    body: release.body,
    transcript: release.transcript,
    status: release.status,
    confidentialityReview: release.confidentialityReview
      ? { reviewer: release.confidentialityReview.reviewer, reviewedAt: pickerValue(release.confidentialityReview.reviewedAt) }
      : {},
    riskAssessment: release.riskAssessment ?? NO_RISK_ASSESSMENT,
    opinionReaction: release.opinionReaction,
  };
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** The body of POST/PUT. The form's own rules have already required unit, title, form, categories and time. */
export function bodyOf(values: Values, needsRiskAssessment: boolean): ReleaseInput {
  const review = values.confidentialityReview;
  return {
    unitId: values.unitId!,
    title: values.title!.trim(),
    inNameOf: values.inNameOf,
    organizer: values.organizer,
    form: values.form!,
    categories: values.categories,
    startsAt: districtInstant(values.startsAt!),
    venue: text(values.venue),
    participants: values.participants.filter((p) => p.personId && p.part).map((p) => ({ personId: p.personId!, part: p.part! })),
    outlets: values.outlets.filter((o) => o.outletId).map((o) => ({ outletId: o.outletId!, journalistId: o.journalistId ?? null })),
    platformIds: values.platformIds,
    qa: values.qa,
    isPublic: values.isPublic,
    notPublicReason: values.isPublic ? null : text(values.notPublicReason),
    summary: text(values.summary),
    body: text(values.body),
    transcript: text(values.transcript),
    status: values.status,
    confidentialityReview: text(review.reviewer) && review.reviewedAt ? { reviewer: text(review.reviewer)!, reviewedAt: districtInstant(review.reviewedAt) } : null,
    riskAssessment: needsRiskAssessment ? values.riskAssessment : null,
    opinionReaction: text(values.opinionReaction),
  };
}

/** The refusal's field errors, with the article each rests on. */
export function fieldProblems(error: unknown): FieldProblem[] {
  return error instanceof ApiError ? ((error.problem.errors ?? []) as FieldProblem[]) : [];
}

export const withArticle = (problem: FieldProblem) => (problem.rule ? `${problem.message}（${articleOf(problem.rule)}）` : problem.message);

/** Where a server path lands on the form: a participant is named by its row; null = the summary only. */
export function formPath(path: string): (string | number)[] | null {
  const parts = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  switch (parts[0]) {
    case 'confidentialityReview':
      return parts.length > 1 ? parts : ['confidentialityReview', 'reviewer'];
    case 'participants':
      return parts.length === 2 ? ['participants', parts[1]!, 'personId'] : parts.length > 2 ? parts : null;
    case 'riskAssessment':
      return parts.length > 1 ? parts : null;
    case 'startsAt':
    case 'unitId':
    case 'title':
    case 'form':
    case 'categories':
    case 'outlets':
    case 'platformIds':
    case 'notPublicReason':
    case 'qa':
      return parts;
    default:
      return null;
  }
}

/** Puts every message beside its field, with its article. */
export function showFieldProblems(form: FormInstance<Values>, problems: readonly FieldProblem[]): void {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const problem of problems) {
    const name = formPath(problem.path);
    if (!name) continue;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(withArticle(problem));
    byField.set(key, entry);
  }
  // The server names the fields, so their names cannot be checked against the form's type.
  form.setFields([...byField.values()] as Parameters<FormInstance<Values>['setFields']>[0]);
}
