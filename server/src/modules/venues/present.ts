import type { VenueView } from '@fabutong/core';
import type { Selectable } from 'kysely';
import type { VenueTable } from '../../db/schema';

export function presentVenue(v: Selectable<VenueTable>): VenueView {
  return { id: v.id, name: v.name, address: v.address, isCenter: Boolean(v.is_center), note: v.note, active: Boolean(v.active) };
}
