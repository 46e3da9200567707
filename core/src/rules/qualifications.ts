/** A13.7: outlets, journalists and live-streaming organizations need a valid qualification on the day. */
import type { QualificationState } from '../contract/media';
import { addDays, type IsoDate } from './calendar';

/** The console warns this many days before a qualification expires. */
export const QUALIFICATION_WARNING_DAYS = 30;

export function qualificationState(validFrom: IsoDate | null, validUntil: IsoDate | null, on: IsoDate): QualificationState {
  if (validFrom === null) return 'missing';
  if (on < validFrom) return 'not_yet_valid';
  if (validUntil === null) return 'valid';
  if (on > validUntil) return 'expired';
  return validUntil <= addDays(on, QUALIFICATION_WARNING_DAYS) ? 'expiring' : 'valid';
}
