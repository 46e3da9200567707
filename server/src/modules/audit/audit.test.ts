import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { createDistrict, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('audit trail on %s', (dialect) => {
  let t: TestApp;
  const now = () => t.clock.now().toISOString();
  const rc = { actor: null, ip: '10.0.0.1' };
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    for (let i = 1; i <= 6; i++) {
      await t.ctx.db.transaction().execute((trx) =>
        t.ctx.audit.record(trx, { actorId: null, actorName: '测试', ip: rc.ip }, { action: `test.step${i}`, entity: 'thing', entityId: i, after: { i } }, now()),
      );
    }
  });
  afterEach(async () => t.close());

  const verify = () => t.ctx.audit.verify(t.ctx.db);

  it('verifies an untouched chain', async () => {
    expect(await verify()).toMatchObject({ ok: true, checked: 6, firstBrokenId: null, reason: null, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('detects an edited record at that record', async () => {
    await t.ctx.db.updateTable('audit_log').set({ after_json: '{"i":99}' }).where('id', '=', 3).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 3, checked: 2 });
  });

  it('detects an edited actor even when the attacker recomputes nothing', async () => {
    await t.ctx.db.updateTable('audit_log').set({ actor_name: '别人' }).where('id', '=', 5).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 5 });
  });

  it('detects a deleted record at the record after it', async () => {
    await t.ctx.db.deleteFrom('audit_log').where('id', '=', 4).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 5 });
  });

  it('detects two records swapped in place', async () => {
    const rows = await t.ctx.db.selectFrom('audit_log').selectAll().where('id', 'in', [2, 3]).orderBy('id').execute();
    const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const { id: _a, ...contentA } = a;
    const { id: _b, ...contentB } = b;
    await t.ctx.db.updateTable('audit_log').set(contentB).where('id', '=', 2).execute();
    await t.ctx.db.updateTable('audit_log').set(contentA).where('id', '=', 3).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 2 });
  });

  it('detects records renumbered into another order', async () => {
    await t.ctx.db.updateTable('audit_log').set({ id: 100 }).where('id', '=', 2).execute();
    await t.ctx.db.updateTable('audit_log').set({ id: 2 }).where('id', '=', 5).execute();
    await t.ctx.db.updateTable('audit_log').set({ id: 5 }).where('id', '=', 100).execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 2 });
  });

  it('detects a forged record whose hash was made without the key', async () => {
    const last = await t.ctx.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('audit_log')
      .values({ ...last, id: undefined as never, action: 'test.forged', prev_hash: last.hash, hash: 'f'.repeat(64) })
      .execute();
    expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 7 });
  });

  it('lets the auditor browse with filters, and the administrator and auditor verify over HTTP', async () => {
    const { district } = await createDistrict(t.ctx.db, now());
    const auditor = await loginAs(t.ctx.db, now(), 'auditor', district.id);
    const admin = await loginAs(t.ctx.db, now(), 'admin', null);
    const page = await t.app.inject({ url: '/api/v1/audit?action=test.step&pageSize=4', headers: { cookie: auditor.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.json().total).toBe(6);
    expect(page.json().items).toHaveLength(4);
    expect(page.json().items[0]).toMatchObject({ action: 'test.step6', ip: '10.0.0.1', after: { i: 6 } });
    const byAdmin = await t.app.inject({ url: '/api/v1/audit', headers: { cookie: admin.cookie } });
    expect(byAdmin.statusCode).toBe(403);
    for (const who of [auditor, admin]) {
      const v = await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: who.cookie } });
      expect(v.json()).toMatchObject({ ok: true });
    }
    await sql`update audit_log set action = 'x' where id = 1`.execute(t.ctx.db);
    const broken = await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: admin.cookie } });
    expect(broken.json()).toMatchObject({ ok: false, firstBrokenId: 1 });
  });

  it('records a permission denial with who tried what', async () => {
    const { township } = await createDistrict(t.ctx.db, now());
    const editor = await loginAs(t.ctx.db, now(), 'unit_editor', township.id);
    const res = await t.app.inject({ url: '/api/v1/users', headers: { cookie: editor.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ rule: 'SEC', title: '无权进行此操作' });
    const denial = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'auth.denied').executeTakeFirstOrThrow();
    expect(denial.actor_id).toBe(editor.user.id);
    expect(JSON.parse(denial.after_json!)).toMatchObject({ what: 'users.list' });
    expect(await verify()).toMatchObject({ ok: true });
  });
});
