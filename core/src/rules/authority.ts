/**
 * A17: releases are made within the authority granted. Whoever speaks for a unit (main
 * speaker or speaker) holds a post in that unit on the day, or is a district leader, who
 * may speak for any unit of the district. Hosts and invited experts speak for no unit.
 */
import { isCurrent } from './appointments';
import type { IsoDate } from './calendar';
import type { ReleaseViolation } from './releases';
import type { ParticipantPart, Post } from './vocabulary';

const LEADER_POSTS: readonly Post[] = ['district_head', 'vice_district_head', 'standing_vice_district_head'];
const SPEAKING_PARTS: readonly ParticipantPart[] = ['main_speaker', 'speaker'];

export function speakingAuthorityViolations(
  unitId: number,
  date: IsoDate,
  participants: readonly { personId: number; personName: string; part: ParticipantPart }[],
  appointments: readonly { personId: number; unitId: number; post: Post; from: IsoDate; to: IsoDate | null }[],
): ReleaseViolation[] {
  return participants.flatMap((p, i) => {
    if (!SPEAKING_PARTS.includes(p.part)) return [];
    const held = appointments.filter((a) => a.personId === p.personId && isCurrent(a, date));
    if (held.some((a) => a.unitId === unitId || LEADER_POSTS.includes(a.post))) return [];
    return [{ rule: 'A17' as const, field: `participants[${i}]`, message: `${p.personName}在${date}不在本单位任职，不能代表本单位发布` }];
  });
}
