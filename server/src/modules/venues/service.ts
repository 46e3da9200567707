/** Venues as data (A15.5, A20) and the week's bookings. */
import { ENDED_STATUSES, addDays, districtDayStart, isIsoDate, type ConferenceStatus, type VenueView } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, conflict } from '../../errors';
import { bookingsBetween } from '../conferences/repository';
import { canManageVenues } from './policy';
import { presentVenue } from './present';
import * as repo from './repository';

export async function listVenues(app: AppContext): Promise<VenueView[]> {
  return (await repo.listVenues(app.db)).map(presentVenue);
}

export async function createVenue(app: AppContext, rc: RequestContext, input: { name: string; address: string | null; note: string | null }): Promise<VenueView> {
  await authorize(app, rc, canManageVenues(rc.actor), 'venues.create');
  if (await repo.findVenueByName(app.db, input.name)) throw conflict(`已有名为“${input.name}”的场地`);
  const row = await app.db.transaction().execute(async (trx) => {
    const venue = await trx
      .insertInto('venues')
      .values({ name: input.name, address: input.address, note: input.note, is_center: 0, created_at: app.now().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'venue.create', entity: 'venue', entityId: venue.id, after: input });
    return venue;
  });
  return presentVenue(row);
}

/** Monday to Sunday of the week containing `weekOf`, in the district's time. */
export function weekOf(date: string): { from: string; to: string } {
  if (!isIsoDate(date)) throw badRequest('日期无效', [{ path: 'weekOf', message: '日期无效' }]);
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(date, -weekday);
  return { from: monday, to: addDays(monday, 6) };
}

export async function weekBookings(app: AppContext, date: string, venueId?: number) {
  const { from, to } = weekOf(date);
  const rows = await bookingsBetween(app.db, districtDayStart(from).toISOString(), districtDayStart(addDays(to, 1)).toISOString(), ENDED_STATUSES, venueId);
  return {
    from,
    to,
    items: rows.map((r) => ({
      conferenceId: r.id,
      title: r.title,
      unitName: r.unit_name,
      venueId: r.venue_id,
      venueName: r.venue_name,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      status: r.status as ConferenceStatus,
    })),
  };
}
