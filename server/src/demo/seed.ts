import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { hashPassword } from '../modules/auth/passwords';
import type { AuditTrail } from '../modules/audit/trail';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_UNITS } from './district';

/** Loads the demo district into an empty database, in one transaction with its audit record. */
export async function seedDemoDistrict(db: Kysely<Database>, trail: AuditTrail, at: string): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const ids = new Map<string, { id: number; path: string }>();
    for (const [order, unit] of DEMO_UNITS.entries()) {
      const parent = ids.get(unit.parent ?? 'district') ?? null;
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
      ids.set(unit.key, { id: row.id, path });
    }
    for (const login of DEMO_LOGINS) {
      const user = await trx
        .insertInto('users')
        .values({
          username: login.username,
          display_name: login.displayName,
          person_id: null,
          password_hash: hash,
          password_changed_at: at,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('role_grants')
        .values({ user_id: user.id, role: login.role, unit_id: login.unit ? ids.get(login.unit)!.id : null })
        .execute();
    }
    await trail.record(
      trx,
      { actorId: null, actorName: '系统初始化', ip: null },
      { action: 'system.seed_demo', entity: 'district', after: { units: DEMO_UNITS.length, logins: DEMO_LOGINS.map((l) => l.username) } },
      at,
    );
  });
}
