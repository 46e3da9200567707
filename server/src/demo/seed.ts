import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashPassword } from '../modules/auth/passwords';
import type { AuditTrail } from '../modules/audit/trail';
import { seedDemoActivity, type DemoActivity } from './activity';
import { PendingUploads } from './documents';
import { DEMO_GAPS, DEMO_LEADERS, DEMO_LOGINS, DEMO_NEWS_OFFICE_DIRECTOR, DEMO_PASSWORD, DEMO_UNITS, demoName } from './district';

const TERM_START = '2024-01-01';
const phone = (n: number) => `023-777${String(10000 + n).slice(1)}`;

/**
 * Loads the demo district into an empty database — its units, people, logins and a few months of
 * activity (activity.ts) — in one transaction with its audit record. The conference materials
 * go to DATA_DIR/uploads; if the transaction fails they are removed again, so nothing stays.
 */
export async function seedDemoDistrict(db: Kysely<Database>, trail: AuditTrail, at: string, dataDir: string): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const uploads = new PendingUploads(path.join(dataDir, 'uploads'));
  try {
    await seed(db, trail, at, hash, uploads);
  } catch (err) {
    await uploads.discard();
    throw err;
  }
}

async function seed(db: Kysely<Database>, trail: AuditTrail, at: string, hash: string, uploads: PendingUploads): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const units = new Map<string, { id: number; path: string }>();
    for (const [order, unit] of DEMO_UNITS.entries()) {
      const parent = units.get(unit.parent ?? 'district') ?? null;
      const row = await trx
        .insertInto('units')
        .values({
          parent_id: unit.key === 'city' ? null : parent!.id,
          path: '',
          kind: unit.kind,
          name: unit.name,
          short_name: unit.shortName ?? null,
          press_section_name: unit.pressSection ?? null,
          livelihood_related: unit.livelihood ? 1 : 0,
          routine_conference_period: unit.livelihood ? 'quarterly' : null,
          sort_order: order,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = `${unit.key === 'city' ? '/' : parent!.path}${row.id}/`;
      await trx.updateTable('units').set({ path }).where('id', '=', row.id).execute();
      units.set(unit.key, { id: row.id, path });
    }

    let serial = 0;
    const names = new Map<number, string>();
    const person = async (name: string) => {
      serial++;
      const row = await trx
        .insertInto('people')
        .values({ name, office_phone: phone(serial), press_phone: phone(5000 + serial), mobile: null, email: null, note: null, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      names.set(row.id, name);
      return row.id;
    };
    const appoint = (personId: number, unitKey: string, post: string, title: string, filed: string | null = null) =>
      trx
        .insertInto('appointments')
        .values({
          person_id: personId,
          unit_id: units.get(unitKey)!.id,
          post,
          title,
          from_date: TERM_START,
          to_date: null,
          filed_with_municipal_at: filed,
          note: null,
          created_at: at,
          updated_at: at,
        })
        .execute();

    const people = new Map<string, number>();
    for (const leader of DEMO_LEADERS) {
      const id = await person(leader.name);
      await appoint(id, 'gov', leader.post, leader.title);
      people.set(`leader:${leader.name}`, id);
      if ('spokesperson' in leader) {
        await appoint(id, 'gov', 'spokesperson', leader.title, '2024-01-15');
        people.set('standing_vice', id);
      }
    }
    // The standing vice district head is in charge of 区交通局 (分管区领导): its major opinion items are reported to him (A13.2).
    await trx
      .insertInto('unit_leaders_in_charge')
      .values({ unit_id: units.get('jtj')!.id, person_id: people.get('standing_vice')!, from_date: TERM_START, to_date: null, note: null, created_at: at, updated_at: at })
      .execute();
    const director = await person(DEMO_NEWS_OFFICE_DIRECTOR.name);
    await appoint(director, 'xwb', 'news_office_director', DEMO_NEWS_OFFICE_DIRECTOR.title);
    await appoint(director, 'gov', 'spokesperson_assistant', DEMO_NEWS_OFFICE_DIRECTOR.title);
    people.set('director', director);

    let n = 0;
    for (const unit of DEMO_UNITS.filter((u) => ['township', 'subdistrict', 'department'].includes(u.kind))) {
      const head = unit.kind === 'department' ? '局长' : unit.kind === 'subdistrict' ? '党工委书记、主任' : '镇长';
      const principal = await person(demoName(n++));
      await appoint(principal, unit.key, 'principal', unit.kind === 'department' ? (unit.shortName?.endsWith('委') ? '主任' : head) : head);
      const spokesperson = await person(demoName(n++));
      await appoint(spokesperson, unit.key, 'spokesperson', unit.kind === 'department' ? '副局长' : '副镇长');
      people.set(`${unit.key}:spokesperson`, spokesperson);
      if (!DEMO_GAPS.has(unit.key)) {
        const assistant = await person(demoName(n++));
        await appoint(assistant, unit.key, 'spokesperson_assistant', `${unit.pressSection ?? '办公室'}主任`);
        people.set(`${unit.key}:assistant`, assistant);
      }
      people.set(`${unit.key}:principal`, principal);
    }

    const users = new Map<string, number>();
    for (const login of DEMO_LOGINS) {
      const personId = !login.person
        ? null
        : login.person === 'director' || login.person === 'standing_vice'
          ? people.get(login.person)!
          : people.get(`${login.unit}:${login.person}`)!;
      const personName = personId ? (await trx.selectFrom('people').select('name').where('id', '=', personId).executeTakeFirstOrThrow()).name : null;
      const user = await trx
        .insertInto('users')
        .values({ username: login.username, display_name: personName ?? login.displayName, person_id: personId, password_hash: hash, password_changed_at: at, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      users.set(login.username, user.id);
      await trx
        .insertInto('role_grants')
        .values({ user_id: user.id, role: login.role, unit_id: login.unit ? units.get(login.unit)!.id : null })
        .execute();
    }
    const activity: DemoActivity = await seedDemoActivity(trx, at, { units, people, names, users }, uploads);
    await trail.record(
      trx,
      { actorId: null, actorName: '系统初始化', ip: null },
      { action: 'system.seed_demo', entity: 'district', after: { units: DEMO_UNITS.length, people: serial, logins: DEMO_LOGINS.map((l) => l.username), activity } },
      at,
    );
  });
}
