/**
 * A city-scale data set: 40 districts × 75 units = 3,000 units, about 10,000 people with
 * their posts, and 10 years of releases (60,000 a year, 600,000 in all) with participants.
 * Deterministic (a seeded generator), so two runs measure the same rows.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../server/src/db/schema';

export const YEARS = Array.from({ length: 10 }, (_, i) => 2017 + i);
export const DISTRICTS = 40;
export const UNITS_PER_DISTRICT = 75;
export const RELEASES_PER_YEAR = 60_000;

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FORMS = ['press_conference', 'press_briefing', 'background_briefing', 'interview', 'written_release', 'media_symposium', 'public_qa'];
const CATEGORIES = ['disclosure', 'policy_interpretation', 'opinion_response', 'incident', 'major_event'];
const ORGANIZERS = ['unit', 'unit', 'unit', 'news_office', 'municipal_news_office'];
const PARTS = ['main_speaker', 'speaker', 'host', 'expert'];

async function batches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function generate(db: Kysely<Database>, log: (line: string) => void): Promise<void> {
  const at = '2026-11-26T00:00:00.000Z';
  const rnd = random(20261126);
  const city = await db.insertInto('units').values({ parent_id: null, path: '', kind: 'city', name: '测试市', created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('units').set({ path: `/${city.id}/` }).where('id', '=', city.id).execute();

  const unitIds: number[] = [];
  const people: { name: string }[] = [];
  const appointments: { person: number; unit: number; post: string }[] = [];
  const addPerson = (unit: number, post: string) => {
    people.push({ name: `人员${people.length + 1}` });
    appointments.push({ person: people.length - 1, unit, post });
  };
  for (let d = 0; d < DISTRICTS; d++) {
    const district = await db
      .insertInto('units')
      .values({ parent_id: city.id, path: '', kind: 'district', name: `第${d + 1}区`, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const districtPath = `/${city.id}/${district.id}/`;
    await db.updateTable('units').set({ path: districtPath }).where('id', '=', district.id).execute();
    const rows = Array.from({ length: UNITS_PER_DISTRICT }, (_, i) => {
      const kind = i === 0 ? 'district_gov' : i === 1 ? 'news_office' : i < 30 ? 'township' : 'department';
      return {
        parent_id: district.id,
        path: '',
        kind,
        name: `第${d + 1}区单位${i + 1}`,
        livelihood_related: kind === 'department' && i % 2 === 0 ? 1 : 0,
        routine_conference_period: kind === 'department' && i % 2 === 0 ? 'quarterly' : null,
        created_at: at,
        updated_at: at,
      };
    });
    const inserted = await db.insertInto('units').values(rows).returning(['id', 'kind']).execute();
    await db
      .updateTable('units')
      .set((eb) => ({ path: eb.fn('concat', [eb.cast(eb.val(districtPath), 'text'), eb.cast('id', 'text'), eb.cast(eb.val('/'), 'text')]) }))
      .where('parent_id', '=', district.id)
      .execute();
    for (const u of inserted) {
      unitIds.push(u.id);
      if (u.kind === 'district_gov') {
        addPerson(u.id, 'district_head');
        addPerson(u.id, 'standing_vice_district_head');
        appointments.push({ person: people.length - 1, unit: u.id, post: 'spokesperson' });
        for (let v = 0; v < 3; v++) addPerson(u.id, 'vice_district_head');
      } else if (u.kind !== 'news_office') {
        addPerson(u.id, 'principal');
        addPerson(u.id, 'spokesperson');
        addPerson(u.id, 'spokesperson_assistant');
        if (unitIds.length % 3 === 0) addPerson(u.id, 'staff');
      }
    }
  }
  const personIds: number[] = [];
  await batches(people, 1000, async (batch) => {
    const ids = await db
      .insertInto('people')
      .values(batch.map((p) => ({ name: p.name, created_at: at, updated_at: at })))
      .returning('id')
      .execute();
    personIds.push(...ids.map((r) => r.id));
  });
  await batches(appointments, 1000, (batch) =>
    db
      .insertInto('appointments')
      .values(batch.map((a) => ({ person_id: personIds[a.person]!, unit_id: a.unit, post: a.post, from_date: '2016-01-01', to_date: null, created_at: at, updated_at: at })))
      .execute(),
  );
  log(`  ${unitIds.length + DISTRICTS + 1} units, ${people.length} people, ${appointments.length} appointments`);

  const speakersByUnit = new Map<number, number[]>();
  for (const a of appointments) {
    const list = speakersByUnit.get(a.unit) ?? [];
    list.push(personIds[a.person]!);
    speakersByUnit.set(a.unit, list);
  }
  for (const year of YEARS) {
    const releases = Array.from({ length: RELEASES_PER_YEAR }, () => {
      const unit = unitIds[Math.floor(rnd() * unitIds.length)]!;
      const month = 1 + Math.floor(rnd() * 12);
      const day = 1 + Math.floor(rnd() * 28);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return {
        unit,
        row: {
          unit_id: unit,
          title: '发布活动',
          in_name_of: 'unit',
          organizer: ORGANIZERS[Math.floor(rnd() * ORGANIZERS.length)]!,
          form: FORMS[Math.floor(rnd() * FORMS.length)]!,
          categories: JSON.stringify([CATEGORIES[Math.floor(rnd() * CATEGORIES.length)]!]),
          starts_at: `${date}T02:00:00.000Z`,
          release_date: date,
          qa: 1,
          status: rnd() < 0.9 ? 'held' : 'planned',
          platform_ids: '[]',
          created_at: at,
          updated_at: at,
        },
      };
    });
    await batches(releases, 500, async (batch) => {
      const ids = await db
        .insertInto('releases')
        .values(batch.map((b) => b.row))
        .returning('id')
        .execute();
      const participants = ids.flatMap((r, i) => {
        const pool = speakersByUnit.get(batch[i]!.unit) ?? [];
        const count = pool.length === 0 ? 0 : 1 + Math.floor(rnd() * 2);
        return Array.from({ length: count }, () => ({ release_id: r.id, person_id: pool[Math.floor(rnd() * pool.length)]!, part: PARTS[Math.floor(rnd() * PARTS.length)]! }));
      });
      if (participants.length) await db.insertInto('release_participants').values(participants).execute();
    });
    log(`  ${year}: ${RELEASES_PER_YEAR} releases`);
  }
}
