/**
 * Checks on a single release (A4.2, A6, A13.7, A18.5): every problem at once, each with the
 * rule it breaks and a Chinese message, so a form can show them all beside their fields.
 */
import type { RuleId } from './articles';
import type { IsoDate } from './calendar';
import type { RuleSet } from './ruleset';
import type { MediaPartyKind, ParticipantPart, ReleaseForm, RiskLevel } from './vocabulary';
import { MEDIA_PARTY_KIND_LABELS, RELEASE_FORM_LABELS } from './vocabulary';
import { qualificationState } from './qualifications';

/** A13.7: the unit's review and social-stability risk assessment before the release. */
export interface RiskAssessment {
  topicReviewed: boolean;
  contentReviewed: boolean;
  formReviewed: boolean;
  riskLevel: RiskLevel | null;
  /** The three people answerable for the content. */
  principalId: number | null;
  spokespersonId: number | null;
  mainSpeakerId: number | null;
}

/** An outlet, journalist or live-streaming organization taking part (A13.7). */
export interface MediaParty {
  kind: MediaPartyKind;
  name: string;
  /** First and last day of the qualification (inclusive); from null = none on record, to null = no expiry. */
  qualificationValidFrom: IsoDate | null;
  qualificationValidTo: IsoDate | null;
}

export interface ReleaseCheckInput {
  form: ReleaseForm;
  status: string;
  /** The district calendar date it takes (or took) place. */
  date: IsoDate;
  hasQa: boolean;
  isPublic: boolean;
  nonPublicReason: string | null;
  /** A18.5: who reviewed it for secrets, and when; null = not reviewed. */
  confidentialityReview: { reviewer: string; reviewedAt: string } | null;
  riskAssessment: RiskAssessment | null;
  participants: readonly { personId: number; part: ParticipantPart }[];
  media: readonly MediaParty[];
}

export interface ReleaseViolation {
  rule: RuleId;
  /** The input field at fault, as a path (`riskAssessment.riskLevel`, `media[2]`). */
  field: string;
  message: string;
}

export function qualificationValidOn(party: MediaParty, date: IsoDate): boolean {
  return qualificationProblem(party, date) === null;
}

/** Why the party may not take part on `date`, in Chinese; null when its qualification is valid. */
function qualificationProblem(party: MediaParty, date: IsoDate): string | null {
  const state = qualificationState(party.qualificationValidFrom, party.qualificationValidTo, date);
  const who = `${MEDIA_PARTY_KIND_LABELS[party.kind]}“${party.name}”`;
  switch (state) {
    case 'valid':
    case 'expiring':
      return null;
    case 'missing':
      return `${who}无资质记录`;
    case 'not_yet_valid':
      return `${who}的资质在${date}尚未生效`;
    case 'expired':
      return `${who}的资质在${date}已过期`;
  }
}

export function releaseViolations(release: ReleaseCheckInput, ruleSet: RuleSet): ReleaseViolation[] {
  const violations: ReleaseViolation[] = [];
  const formLabel = RELEASE_FORM_LABELS[release.form];
  // Held or published: the checks that guard the moment it goes out now apply.
  const takesPlace = ruleSet.readings.countingStatuses.includes(release.status);

  if (ruleSet.formsRequiringQa.includes(release.form) && !release.hasQa) {
    violations.push({ rule: 'A6', field: 'hasQa', message: `${formLabel}须安排回答记者提问环节` });
  }

  if (!release.isPublic && !release.nonPublicReason?.trim()) {
    violations.push({ rule: 'A4.2', field: 'nonPublicReason', message: '不予公开须说明依据的例外情形' });
  }

  if (takesPlace && !release.confidentialityReview) {
    violations.push({ rule: 'A18.5', field: 'confidentialityReview', message: '未经保密审查，不得举行或发布' });
  }

  if (takesPlace && ruleSet.formsRequiringRiskAssessment.includes(release.form)) {
    violations.push(...riskAssessmentViolations(release, formLabel));
  }

  release.media.forEach((party, i) => {
    const problem = qualificationProblem(party, release.date);
    if (problem) violations.push({ rule: 'A13.7', field: `media[${i}]`, message: problem });
  });

  return violations;
}

function riskAssessmentViolations(release: ReleaseCheckInput, formLabel: string): ReleaseViolation[] {
  const assessment = release.riskAssessment;
  if (!assessment) {
    return [{ rule: 'A13.7', field: 'riskAssessment', message: `${formLabel}须先审核选题、内容、方式并开展社会稳定风险评估` }];
  }
  const missing: [keyof RiskAssessment, string][] = [];
  if (!assessment.topicReviewed) missing.push(['topicReviewed', '未审核发布选题']);
  if (!assessment.contentReviewed) missing.push(['contentReviewed', '未审核发布内容']);
  if (!assessment.formReviewed) missing.push(['formReviewed', '未审核发布方式']);
  if (assessment.riskLevel === null) missing.push(['riskLevel', '未评定社会稳定风险等级']);
  if (assessment.principalId === null) missing.push(['principalId', '未明确负责的单位主要负责人']);
  if (assessment.spokespersonId === null) missing.push(['spokespersonId', '未明确负责的新闻发言人']);
  if (assessment.mainSpeakerId === null) missing.push(['mainSpeakerId', '未明确负责的主发布人']);
  const violations: ReleaseViolation[] = missing.map(([field, message]) => ({
    rule: 'A13.7',
    field: `riskAssessment.${field}`,
    message,
  }));

  // "实际主发布人": the answerable main speaker is the one who actually speaks.
  const mainSpeakers = release.participants.filter((p) => p.part === 'main_speaker').map((p) => p.personId);
  if (assessment.mainSpeakerId !== null && mainSpeakers.length > 0 && !mainSpeakers.includes(assessment.mainSpeakerId)) {
    violations.push({
      rule: 'A13.7',
      field: 'riskAssessment.mainSpeakerId',
      message: '对发布内容负责的主发布人应为实际主发布人',
    });
  }
  return violations;
}
