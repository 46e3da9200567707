import fs from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema';
import { buildTestApp, createTestDatabase, DIALECTS, TEST_AUDIT_KEY, type TestApp } from '../../../test/helpers';
import { createDistrict, loginAs } from '../../../test/factories';
import { auditAnchorFile } from './anchors';
import { createAuditTrail } from './trail';

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

  describe('anchors of the chain head outside the database', () => {
    const anchorFile = () => auditAnchorFile(t.ctx.config.dataDir);
    const anchorLines = () => fs.readFileSync(anchorFile(), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: number; hash: string; at: string });
    const record = (i: number) =>
      t.ctx.db.transaction().execute((trx) => t.ctx.audit.record(trx, { actorId: null, actorName: '测试', ip: null }, { action: `test.more${i}`, entity: 'thing', entityId: i }, now()));

    it('writes an anchor into DATA_DIR/audit/anchors.log when the head moved, and none when it did not', async () => {
      const head = await t.ctx.db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
      expect(await t.ctx.audit.anchor(t.ctx.db)).toEqual({ id: 6, hash: head.hash, at: now() });
      expect(anchorLines()).toEqual([{ id: 6, hash: head.hash, at: now() }]);

      t.clock.advance(10 * 60_000);
      expect(await t.ctx.audit.anchor(t.ctx.db)).toBeNull();
      expect(anchorLines()).toHaveLength(1);

      await record(7);
      const moved = await t.ctx.audit.anchor(t.ctx.db);
      expect(moved).toMatchObject({ id: 7, at: now() });
      expect(anchorLines().map((a) => a.id)).toEqual([6, 7]);
      expect(await verify()).toMatchObject({ ok: true, checked: 7, anchorsChecked: 2, newestAnchor: moved, warnings: [] });
    });

    it('fails when the last records were deleted after an anchor, naming where the chain was cut', async () => {
      await t.ctx.audit.anchor(t.ctx.db);
      await t.ctx.db.deleteFrom('audit_log').where('id', '>', 4).execute();
      expect(await verify()).toMatchObject({
        ok: false,
        checked: 4,
        firstBrokenId: 6,
        reason: '审计记录在第 4 条之后被截断：锚点记录的第 6 条已不存在',
        newestAnchor: { id: 6 },
      });
      await t.ctx.db.deleteFrom('audit_log').execute();
      expect(await verify()).toMatchObject({ ok: false, checked: 0, firstBrokenId: 6, reason: '审计记录已被全部删除：锚点记录的第 6 条已不存在' });
    });

    it('fails when an older anchor is cut off even after newer records were written in its place', async () => {
      await t.ctx.audit.anchor(t.ctx.db);
      await t.ctx.db.deleteFrom('audit_log').where('id', '>', 4).execute();
      await record(7);
      await record(8);
      const result = await verify();
      expect(result).toMatchObject({ ok: false, firstBrokenId: 6 });
      expect(result.reason).toContain('第 6 条');
    });

    it('fails when the anchor file was edited to another hash', async () => {
      await t.ctx.audit.anchor(t.ctx.db);
      const [anchor] = anchorLines();
      fs.writeFileSync(anchorFile(), `${JSON.stringify({ ...anchor, hash: 'a'.repeat(64) })}\n`);
      expect(await verify()).toMatchObject({ ok: false, firstBrokenId: 6, checked: 5, reason: expect.stringContaining('与锚点记录的哈希不符') });
    });

    it('passes with a warning when there is no anchor file yet (a fresh data directory)', async () => {
      expect(fs.existsSync(anchorFile())).toBe(false);
      const result = await verify();
      expect(result).toMatchObject({ ok: true, checked: 6, anchorsChecked: 0, newestAnchor: null });
      expect(result.warnings).toEqual([expect.stringContaining('无法判断末尾的记录是否被截断')]);
    });

    it('skips a line torn by a crash with a warning, and still writes and checks the others', async () => {
      await t.ctx.audit.anchor(t.ctx.db);
      fs.appendFileSync(anchorFile(), '{"id": 9, "hash": "to');
      await record(7);
      expect(await t.ctx.audit.anchor(t.ctx.db)).toMatchObject({ id: 7 });
      const result = await verify();
      expect(result).toMatchObject({ ok: true, anchorsChecked: 2, newestAnchor: { id: 7 } });
      expect(result.warnings).toEqual([expect.stringContaining('第 2 行无法解析')]);
    });

    it('reports the newest anchor and the cut over HTTP', async () => {
      await t.ctx.audit.anchor(t.ctx.db);
      await t.ctx.db.deleteFrom('audit_log').where('id', '=', 6).execute();
      const { district } = await createDistrict(t.ctx.db, now());
      const auditor = await loginAs(t.ctx.db, now(), 'auditor', district.id);
      const res = await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: auditor.cookie } });
      expect(res.json()).toMatchObject({
        ok: false,
        firstBrokenId: 6,
        reason: '审计记录在第 5 条之后被截断：锚点记录的第 6 条已不存在',
        anchorsChecked: 0,
        newestAnchor: { id: 6, at: now() },
        warnings: [],
      });
    });

    it('anchors when a server that runs jobs starts, and again at its graceful shutdown', async () => {
      const database = await createTestDatabase(dialect);
      const trail = createAuditTrail(TEST_AUDIT_KEY);
      const write = (db: Kysely<Database>, action: string) =>
        db.transaction().execute((trx) => trail.record(trx, { actorId: null, actorName: '测试', ip: null }, { action, entity: 'thing' }, now()));
      await write(database.db.kysely, 'test.before_start');
      const server = await buildTestApp(dialect, { clock: t.clock, database, config: { jobs: true } });
      const file = auditAnchorFile(server.ctx.config.dataDir);
      const ids = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: number }).id) : []);
      try {
        await expect.poll(ids).toEqual([1]);
        await write(server.ctx.db, 'test.while_running');
        await server.app.close();
        expect(ids()).toEqual([1, 2]);
      } finally {
        await server.close();
        await database.drop();
      }
    });
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
