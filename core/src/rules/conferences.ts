/**
 * A15.4: who may be main speaker and host of a press conference held in the name of the
 * district government or the news office. A conference in a unit's own name is free.
 * Who holds which post is passed in as data; the eligibility table is the rule set's.
 */
import type { IsoDate } from './calendar';
import type { UnitKind } from '../units';
import type { Eligibility, RuleSet } from './ruleset';
import type { InNameOf, ParticipantPart, Post } from './vocabulary';
import { IN_NAME_OF_LABELS, PARTICIPANT_PART_LABELS } from './vocabulary';
import { isCurrent } from './appointments';

export interface SpeakerCheckInput {
  inNameOf: InNameOf;
  applyingUnitId: number;
  /** The conference date: posts are judged as held that day. */
  date: IsoDate;
  participants: readonly { personId: number; name: string; part: ParticipantPart }[];
  units: readonly { id: number; kind: UnitKind }[];
  appointments: readonly { personId: number; unitId: number; post: Post; from: IsoDate; to: IsoDate | null }[];
  /** Leaders the applying unit has authorized to speak for it ("授权的负责人"). */
  authorizedPersonIds: readonly number[];
}

export interface SpeakerViolation {
  rule: 'A15.4';
  part: 'main_speaker' | 'host';
  /** Absent when nobody was named for the part. */
  personId?: number;
  message: string;
}

const CHECKED_PARTS = ['main_speaker', 'host'] as const;

export function speakerViolations(input: SpeakerCheckInput, ruleSet: RuleSet): SpeakerViolation[] {
  if (input.inNameOf === 'unit') return [];
  const rule = ruleSet.conferenceSpeakers[input.inNameOf];
  const unitKinds = new Map(input.units.map((u) => [u.id, u.kind]));
  const nameLabel = IN_NAME_OF_LABELS[input.inNameOf];

  const eligible = (personId: number, entries: readonly Eligibility[]) =>
    entries.some((entry) => {
      if ('authorizedByApplyingUnit' in entry) return input.authorizedPersonIds.includes(personId);
      return input.appointments.some(
        (a) =>
          a.personId === personId &&
          entry.posts.includes(a.post) &&
          isCurrent(a, input.date) &&
          (entry.unitScope === 'applying_unit' ? a.unitId === input.applyingUnitId : unitKinds.get(a.unitId) === entry.unitScope),
      );
    });

  const violations: SpeakerViolation[] = [];
  for (const part of CHECKED_PARTS) {
    const entries = part === 'main_speaker' ? rule.mainSpeaker : rule.host;
    const partLabel = PARTICIPANT_PART_LABELS[part];
    const named = input.participants.filter((p) => p.part === part);
    if (named.length === 0) {
      violations.push({ rule: 'A15.4', part, message: `${nameLabel}举行的新闻发布会须确定${partLabel}。${rule.text}` });
    }
    for (const participant of named) {
      if (eligible(participant.personId, entries)) continue;
      violations.push({
        rule: 'A15.4',
        part,
        personId: participant.personId,
        message: `${participant.name}不能担任${nameLabel}举行的新闻发布会的${partLabel}。${rule.text}`,
      });
    }
  }
  return violations;
}
