import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../test/helpers';
import type { ClaimedJob } from './jobs';

describe.each(DIALECTS)('durable jobs on %s', (dialect) => {
  let t: TestApp;
  let ran: ClaimedJob[];
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    ran = [];
    t.ctx.jobs.register('test.remind', async (job) => void ran.push(job));
  });
  afterEach(async () => t.close());

  const at = (minutes: number) => new Date(t.clock.now().getTime() + minutes * 60_000);

  it('runs a job when it falls due, once', async () => {
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'r1', runAt: at(10), payload: { who: 1 } });
    expect(await t.ctx.jobs.runDue()).toBe(0);
    t.clock.advance(10 * 60_000);
    expect(await t.ctx.jobs.runDue()).toBe(1);
    expect(await t.ctx.jobs.runDue()).toBe(0);
    expect(ran).toMatchObject([{ dedupeKey: 'r1', payload: { who: 1 }, late: false }]);
  });

  it('schedules one job per deduplication key however often it is asked', async () => {
    for (let i = 0; i < 3; i++) await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'same', runAt: at(0) });
    await t.ctx.jobs.runDue();
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'same', runAt: at(0) });
    await t.ctx.jobs.runDue();
    expect(ran).toHaveLength(1);
  });

  it('marks a job late when it runs well after it fell due (the server was down)', async () => {
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'down', runAt: at(1) });
    t.clock.advance(60 * 60_000);
    await t.ctx.jobs.runDue();
    expect(ran[0]!.late).toBe(true);
    const row = await t.ctx.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'done', late: 1 });
  });

  it('retries a failing job with back-off and keeps the error', async () => {
    let calls = 0;
    t.ctx.jobs.register('test.flaky', async () => {
      calls++;
      if (calls === 1) throw new Error('SMTP 暂不可用');
    });
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.flaky', dedupeKey: 'f', runAt: at(0) });
    await t.ctx.jobs.runDue();
    const failed = await t.ctx.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'pending', last_error: 'SMTP 暂不可用', attempts: 1 });
    await t.ctx.jobs.runDue();
    expect(calls).toBe(1);
    t.clock.advance(31_000);
    await t.ctx.jobs.runDue();
    expect(calls).toBe(2);
    expect((await t.ctx.db.selectFrom('jobs').select('status').executeTakeFirstOrThrow()).status).toBe('done');
  });

  it('takes back a job whose server died while running it, once its lease ran out', async () => {
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'crash', runAt: at(0) });
    await t.ctx.db
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'dead-server', locked_until: at(5).toISOString() })
      .execute();
    expect(await t.ctx.jobs.runDue()).toBe(0);
    t.clock.advance(6 * 60_000);
    expect(await t.ctx.jobs.runDue()).toBe(1);
    expect(ran).toHaveLength(1);
  });

  it('cancels pending jobs by key prefix', async () => {
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'incident:1:a', runAt: at(0) });
    await t.ctx.jobs.schedule(t.ctx.db, { kind: 'test.remind', dedupeKey: 'incident:2:a', runAt: at(0) });
    await t.ctx.jobs.cancel(t.ctx.db, 'incident:1:');
    await t.ctx.jobs.runDue();
    expect(ran.map((j) => j.dedupeKey)).toEqual(['incident:2:a']);
  });
});
