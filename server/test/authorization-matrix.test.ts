import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTORS, type ActorKey, type MatrixEntry, type MatrixFixture } from './authorization';
import { createDistrict, createUnit, loginAs, sessionCookie } from './factories';
import { buildTestApp, DIALECTS } from './helpers';

const modules = import.meta.glob<{ matrix: MatrixEntry[] }>('../src/modules/*/matrix.ts', { eager: true });
const ENTRIES = Object.values(modules).flatMap((m) => m.matrix);

const ROLE_OF: Record<ActorKey, { role: Parameters<typeof loginAs>[2]; unit: 'district' | 'own' | 'other' | null }> = {
  admin: { role: 'admin', unit: null },
  news_office: { role: 'news_office', unit: 'district' },
  leader: { role: 'leader', unit: 'district' },
  auditor: { role: 'auditor', unit: 'district' },
  editor_own: { role: 'unit_editor', unit: 'own' },
  editor_other: { role: 'unit_editor', unit: 'other' },
  approver_own: { role: 'unit_approver', unit: 'own' },
  approver_other: { role: 'unit_approver', unit: 'other' },
};

async function fixture(dialect: (typeof DIALECTS)[number]): Promise<MatrixFixture> {
  const t = await buildTestApp(dialect);
  const at = t.clock.now().toISOString();
  const { district, newsOffice, township } = await createDistrict(t.ctx.db, at);
  const other = await createUnit(t.ctx.db, at, { kind: 'department', name: '区财政局', parentId: district.id });
  const units = { district, newsOffice, own: township, other };
  const actors = {} as MatrixFixture['actors'];
  for (const key of ACTORS) {
    const { role, unit } = ROLE_OF[key];
    actors[key] = await loginAs(t.ctx.db, at, role, unit ? units[unit].id : null, { username: key.replace(/_/g, '.') });
  }
  return { t, at, units, actors };
}

describe.each(DIALECTS)('authorization matrix on %s', (dialect) => {
  let fx: MatrixFixture;
  beforeAll(async () => {
    fx = await fixture(dialect);
  });
  afterAll(async () => fx.t.close());

  it('lists every API route exactly once', () => {
    const registered = fx.t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const listed = ENTRIES.map((e) => e.route).sort();
    expect(listed.filter((r, i) => listed.indexOf(r) !== i), 'listed twice').toEqual([]);
    expect(
      registered.filter((r) => !listed.includes(r)),
      'routes missing from the matrix',
    ).toEqual([]);
    expect(
      listed.filter((r) => !registered.includes(r)),
      'matrix rows without a route',
    ).toEqual([]);
  });

  // Every route × nine actors: minutes on a busy machine.
  it('answers every route × actor as the matrix says: 0 mismatches', { timeout: 600_000 }, async () => {
    const mismatches: string[] = [];
    for (const entry of ENTRIES) {
      const [method, path] = entry.route.split(' ') as [string, string];
      const route = fx.t.app.apiRoutes.find((r) => r.method === method && r.url === path);
      if (entry.allow === 'public' && route && !route.public) mismatches.push(`${entry.route} should be public`);
      for (const actor of [...ACTORS, 'anonymous'] as const) {
        const { url, payload, body, headers } = await entry.request(fx, actor);
        const cookie = actor === 'anonymous' ? undefined : fx.actors[actor].cookie;
        const res = await fx.t.app.inject({ method: method as 'GET', url, payload: body ?? (payload as object), headers: { ...headers, ...(cookie ? { cookie } : {}) } });
        const allowed =
          entry.allow === 'public' || (actor !== 'anonymous' && (entry.allow === 'everyone' || (entry.allow as readonly string[]).includes(actor)));
        const expected = allowed ? 'allowed' : actor === 'anonymous' ? '401' : '403';
        const unauthenticated = res.statusCode === 401 && String(res.json().type).endsWith('/unauthenticated');
        const got = res.statusCode === 403 ? '403' : unauthenticated ? '401' : 'allowed';
        if (got !== expected) mismatches.push(`${entry.route} as ${actor}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (allowed && res.statusCode >= 400) mismatches.push(`${entry.route} as ${actor}: allowed but failed ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
      // Some routes end the session they are called with (logout, password change): start each route afresh.
      for (const key of ACTORS) {
        fx.actors[key].cookie = await sessionCookie(fx.t.ctx.db, fx.actors[key].user.id, fx.at);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
