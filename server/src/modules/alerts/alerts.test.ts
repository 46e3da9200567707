import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, createTestDatabase, DIALECTS, TestClock, type TestApp, type TestDatabase } from '../../../test/helpers';
import { createAlertChannel } from '../../../test/factories';
import { emergencyFixture } from '../incidents/testing';
import { latestPassedStep, levelsAt, severityAt, stepsToSchedule } from './policy';
import { startRobot, startSmtpServer } from './testing';

const MINUTE = 60_000;

describe('the escalation ladder', () => {
  const due = '2026-07-10T07:00:00.000Z';
  const at = (minutesFromDue: number) => new Date(Date.parse(due) + minutesFromDue * MINUTE);

  it('reminds the unit first, adds the news office 30 minutes before, the leaders 30 minutes after', () => {
    expect([-120, -30, 0, 30, 60, 90].map(levelsAt)).toEqual([
      ['unit'],
      ['unit', 'news_office'],
      ['unit', 'news_office'],
      ['unit', 'news_office', 'leaders'],
      ['unit', 'news_office', 'leaders'],
      ['unit', 'news_office', 'leaders'],
    ]);
  });

  it('is urgent — a sound and a red badge — from half an hour before the deadline', () => {
    expect([-120, -30, 0, 30].map(severityAt)).toEqual(['warning', 'urgent', 'urgent', 'urgent']);
  });

  it('schedules every step ahead, the deadline step a second after the deadline', () => {
    expect(stepsToSchedule(due, at(-300)).map((s) => [s.offsetMinutes, s.runAt.toISOString()])).toEqual([
      [-120, '2026-07-10T05:00:00.000Z'],
      [-30, '2026-07-10T06:30:00.000Z'],
      [0, '2026-07-10T07:00:01.000Z'],
    ]);
  });

  it('sends only the latest step that has passed, at once, for a clock registered late', () => {
    expect(stepsToSchedule(due, at(-20)).map((s) => s.offsetMinutes)).toEqual([-30, 0]);
    expect(stepsToSchedule(due, at(10)).map((s) => s.offsetMinutes)).toEqual([0]);
    expect(latestPassedStep(due, at(95))).toBe(90);
  });
});

describe.each(DIALECTS)('alerts of incident clocks on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof emergencyFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await emergencyFixture(t);
  });
  afterEach(async () => t.close());

  const notes = () => t.ctx.db.selectFrom('notifications').select(['user_id', 'title', 'body', 'severity']).orderBy('id').execute();
  const deliveries = () => t.ctx.db.selectFrom('alert_deliveries').selectAll().orderBy('id').execute();
  const runAll = async () => {
    let total = 0;
    for (let n = await t.ctx.jobs.runDue(); n > 0; n = await t.ctx.jobs.runDue()) total += n;
    return total;
  };

  it('reminds the unit and the news office 30 minutes before the 5-hour deadline, once per step and recipient (A13.4-a)', async () => {
    await fx.register(4 * 60 + 40);
    await runAll();
    const sent = await notes();
    expect(sent.map((n) => n.user_id).sort()).toEqual([fx.office.user.id, fx.approver.user.id, fx.editor.user.id].sort());
    expect(sent[0]).toMatchObject({ title: '白马镇山体滑坡：5 小时内发布权威信息（A13.4-a）还剩 20 分钟', severity: 'urgent' });
    expect(sent[0]!.body).toContain('提醒对象：责任单位主要负责人、新闻发言人、区政府新闻办');
    // The spokesperson has no account and no e-mail channel is set up: the gap is in the log, not lost.
    expect((await deliveries()).find((d) => d.recipient === '何静')).toMatchObject({ status: 'skipped', last_error: '该人员无系统账户，也无可用的电子邮箱' });

    // The same step run again (a crash before it was marked done) tells nobody twice.
    await t.ctx.db.updateTable('jobs').set({ status: 'pending' }).where('dedupe_key', 'like', '%:-30').execute();
    await runAll();
    expect(await notes()).toHaveLength(sent.length);
    expect(await deliveries()).toHaveLength(4);
  });

  it('escalates at the deadline and every 30 minutes while overdue, adding the leaders, and stops once the clock is met', async () => {
    const incident = (await fx.register(4 * 60 + 40)).json();
    await runAll();
    const reminded = (await notes()).length;

    await fx.advance(21 * MINUTE);
    await runAll();
    const atDeadline = (await notes()).slice(reminded);
    expect(atDeadline.map((n) => n.user_id).sort()).toEqual([fx.office.user.id, fx.approver.user.id, fx.editor.user.id].sort());
    expect(atDeadline[0]).toMatchObject({ severity: 'urgent', title: '白马镇山体滑坡：5 小时内发布权威信息（A13.4-a）已超时' });
    const candidates = (await fx.api('GET', '/violations', fx.office.cookie)).json();
    expect(candidates.items).toMatchObject([{ kind: 'A18.1', status: 'candidate', sourceId: `${incident.id}:A13.4-a` }]);

    await fx.advance(30 * MINUTE);
    await runAll();
    const escalated = (await notes()).slice(reminded + atDeadline.length);
    expect(escalated.map((n) => n.user_id)).toContain(fx.leader.user.id);
    expect(escalated[0]!.body).toContain('已超时 31 分钟');

    await fx.publish(incident.id);
    await fx.advance(30 * MINUTE);
    const before = (await notes()).length;
    await runAll();
    expect(await notes()).toHaveLength(before);
    // Met late: the candidate stays for a person to decide.
    const detail = (await fx.api('GET', `/incidents/${incident.id}`, fx.office.cookie)).json();
    expect(detail.clocks[0]).toMatchObject({ status: 'met', late: true });
  });

  it('sends what fell due while no server ran at the next start, marked late, and once', async () => {
    const database: TestDatabase = await createTestDatabase(dialect);
    const clock = new TestClock(t.clock.now());
    const first = await buildTestApp(dialect, { database, clock });
    const fx1 = await emergencyFixture(first);
    await fx1.register(3 * 60);
    await first.ctx.jobs.runDue();
    await first.close();

    // Down for 2 h 10 min: the 30-minute reminder and the deadline both fell due meanwhile.
    clock.advance(130 * MINUTE);
    const second = await buildTestApp(dialect, { database, clock });
    try {
      const before = await second.ctx.db.selectFrom('notifications').select('id').execute();
      expect(await second.ctx.jobs.runDue()).toBeGreaterThanOrEqual(2);
      const late = await second.ctx.db.selectFrom('alert_deliveries').selectAll().where('late', '=', 1).execute();
      expect(new Set(late.map((d) => d.alert_key.replace(/.*:/, '')))).toEqual(new Set(['-30', '0']));
      const sent = await second.ctx.db.selectFrom('notifications').select(['body']).where('id', 'not in', before.map((n) => n.id)).execute();
      expect(sent.every((n) => n.body.includes('此提醒在服务停机期间到期，恢复后补发'))).toBe(true);
      const steps = await second.ctx.db.selectFrom('jobs').select(['dedupe_key', 'late']).where('status', '=', 'done').where('kind', '=', 'alerts.clock_step').execute();
      expect(steps.filter((s) => s.late === 1)).toHaveLength(2);
      // Started again: nothing goes out twice.
      const count = (await second.ctx.db.selectFrom('notifications').select('id').execute()).length;
      await second.ctx.jobs.runDue();
      expect(await second.ctx.db.selectFrom('notifications').select('id').execute()).toHaveLength(count);
    } finally {
      await second.close();
      await database.drop();
    }
  });

  it('e-mails the unit over SMTP, retries a refused address with back-off, and shows the failure (A13.4-a)', async () => {
    const smtp = await startSmtpServer((address) => address === 'hejing@baima.example' && smtpRefusing);
    let smtpRefusing = true;
    try {
      await createAlertChannel(t.ctx.db, t.clock.now().toISOString(), {
        kind: 'email',
        name: '区政府新闻办邮件',
        settings: { host: '127.0.0.1', port: smtp.port, secure: false, user: null, password: null, from: 'alerts@wulong.example' },
      });
      await fx.register(4 * 60 + 40);
      await runAll();
      expect(smtp.mails.map((m) => m.to)).toEqual([['liujianhua@baima.example']]);
      expect(smtp.mails[0]!.raw).toMatch(/X-Fabutong-Alert: alert:incident:\d+:A13\.4-a@/);
      const refused = (await deliveries()).find((d) => d.recipient === '何静 <hejing@baima.example>');
      expect(refused).toMatchObject({ channel: 'email', status: 'retrying', attempts: 1 });
      expect(refused!.last_error).toMatch(/550/);

      // Back-off: 30 s, 1 min, 2 min, 4 min; the fifth failure is final and visible.
      for (const wait of [30, 60, 120, 240]) {
        await fx.advance(wait * 1000 + 1000);
        await runAll();
      }
      const failed = (await fx.api('GET', '/alert-deliveries?status=failed', fx.office.cookie)).json();
      expect(failed.items).toMatchObject([{ channel: 'email', recipient: '何静 <hejing@baima.example>', attempts: 5, status: 'failed' }]);
      expect(failed.items[0].lastError).toMatch(/550/);

      smtpRefusing = false;
      const retried = await fx.api('POST', `/alert-deliveries/${failed.items[0].id}/retry`, fx.office.cookie);
      expect(retried.json().status).toBe('pending');
      await runAll();
      expect((await fx.api('GET', `/alert-deliveries?clockKey=${encodeURIComponent(failed.items[0].clockKey)}&channel=email`, fx.office.cookie)).json().items.map((d: { status: string }) => d.status)).toEqual(['sent', 'sent']);
      expect(smtp.mails.flatMap((m) => m.to)).toContain('hejing@baima.example');
    } finally {
      await smtp.close();
    }
  });

  it('posts to DingTalk and WeCom group robots in their formats, signed with HMAC-SHA256, retrying with back-off', async () => {
    const secret = 'SECb8f1c5a2d4e6';
    let wecomCalls = 0;
    // The WeCom robot is down for the first two tries.
    const robot = await startRobot((request) =>
      request.url.pathname === '/wecom' && ++wecomCalls <= 2 ? { status: 502, body: { errcode: -1 } } : { status: 200, body: { errcode: 0, errmsg: 'ok' } },
    );
    try {
      const at = t.clock.now().toISOString();
      await createAlertChannel(t.ctx.db, at, { kind: 'dingtalk', name: '新闻办钉钉群', levels: ['news_office'], settings: { url: `${robot.url}/dingtalk?access_token=abc`, secret } });
      await createAlertChannel(t.ctx.db, at, { kind: 'wecom', name: '白马镇企业微信群', levels: ['unit'], settings: { url: `${robot.url}/wecom?key=xyz`, secret: null } });
      await createAlertChannel(t.ctx.db, at, { kind: 'webhook', name: '区领导值班系统', levels: ['leaders'], settings: { url: `${robot.url}/hook`, secret } });
      await fx.register(4 * 60 + 40);
      await runAll();

      const ding = robot.requests.find((r) => r.url.pathname === '/dingtalk')!;
      const timestamp = Number(ding.url.searchParams.get('timestamp'));
      expect(timestamp).toBe(t.clock.now().getTime());
      expect(ding.url.searchParams.get('access_token')).toBe('abc');
      expect(ding.url.searchParams.get('sign')).toBe(crypto.createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'));
      expect(ding.headers['x-fabutong-signature']).toBe(`sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${ding.body}`).digest('hex')}`);
      const dingBody = JSON.parse(ding.body);
      expect(dingBody).toMatchObject({ msgtype: 'markdown', markdown: { title: expect.stringContaining('【紧急】白马镇山体滑坡') } });
      expect(dingBody.markdown.text).toContain('### 【紧急】');
      // Leaders are not yet on the ladder 30 minutes before the deadline.
      expect(robot.requests.some((r) => r.url.pathname === '/hook')).toBe(false);

      const wecom = await t.ctx.db.selectFrom('alert_deliveries').selectAll().where('channel', '=', 'wecom').executeTakeFirstOrThrow();
      expect(wecom).toMatchObject({ status: 'retrying', attempts: 1, last_error: expect.stringContaining('HTTP 502') });
      await fx.advance(31_000);
      await runAll();
      await fx.advance(61_000);
      await runAll();
      const sent = await t.ctx.db.selectFrom('alert_deliveries').selectAll().where('channel', '=', 'wecom').executeTakeFirstOrThrow();
      expect(sent).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
      const wecomBody = JSON.parse(robot.requests.filter((r) => r.url.pathname === '/wecom').at(-1)!.body);
      expect(wecomBody).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('白马镇山体滑坡') } });
    } finally {
      await robot.close();
    }
  });

  it('keeps channel secrets out of every answer and the audit trail, and records a test message', async () => {
    const robot = await startRobot();
    try {
      const created = await fx.api('POST', '/alert-channels', fx.office.cookie, {
        kind: 'dingtalk',
        name: '新闻办钉钉群',
        levels: ['news_office', 'leaders'],
        url: `${robot.url}/robot/send?access_token=TOKEN123`,
        secret: 'SECRET-VALUE-1',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ hasSecret: true, url: `${robot.url}/robot/send?access_token=***` });
      expect(created.body).not.toMatch(/TOKEN123|SECRET-VALUE-1/);
      const audit = await t.ctx.db.selectFrom('audit_log').select(['after_json']).where('action', '=', 'alert_channel.create').executeTakeFirstOrThrow();
      expect(audit.after_json).not.toMatch(/TOKEN123|SECRET-VALUE-1/);

      // Saved again without the secret: the stored one stays.
      const { id } = created.json();
      await fx.api('PUT', `/alert-channels/${id}`, fx.office.cookie, { kind: 'dingtalk', name: '新闻办钉钉群', levels: ['news_office'], url: `${robot.url}/robot/send?access_token=TOKEN123` });
      const test = await fx.api('POST', `/alert-channels/${id}/test`, fx.office.cookie, {});
      expect(test.json()).toMatchObject({ status: 'sent', subject: '发布通提醒渠道测试' });
      expect(robot.requests[0]!.url.searchParams.get('sign')).toBeTruthy();
      expect((await fx.api('GET', '/alert-channels', fx.leader.cookie)).statusCode).toBe(403);
    } finally {
      await robot.close();
    }
  });
});

describe.runIf(DIALECTS.includes('postgres'))('alerts shared by two server processes on PostgreSQL', () => {
  it('sends each alert once when two servers poll the same timers (FOR UPDATE SKIP LOCKED)', async () => {
    const database = await createTestDatabase('postgres');
    const clock = new TestClock('2026-11-26T02:00:00.000Z');
    const t = await buildTestApp('postgres', { database, clock });
    const smtp = await startSmtpServer();
    const robot = await startRobot();
    try {
      const fx = await emergencyFixture(t);
      const at = clock.now().toISOString();
      await createAlertChannel(t.ctx.db, at, { kind: 'email', settings: { host: '127.0.0.1', port: smtp.port, secure: false, user: null, password: null, from: 'alerts@wulong.example' } });
      await createAlertChannel(t.ctx.db, at, { kind: 'wecom', settings: { url: `${robot.url}/wecom`, secret: null } });
      // Thirty incidents whose 5-hour clock is 20 minutes from its deadline: thirty reminders fall due at once.
      for (let i = 0; i < 30; i++) expect((await fx.register(4 * 60 + 40, { title: `白马镇山体滑坡${i + 1}` })).statusCode).toBe(201);
      await t.close();

      const worker = path.join(import.meta.dirname, 'worker.ts');
      const tsx = path.resolve(import.meta.dirname, '../../../../node_modules/.bin/tsx');
      const env = { ...process.env, DATABASE_URL: database.url!, NOW: new Date(clock.now().getTime() + 1000).toISOString() };
      const children = [0, 1].map(() => spawn(tsx, [worker], { env, stdio: ['pipe', 'pipe', 'inherit'] }));
      const outputs = children.map((child) => {
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => (out += chunk));
        return { child, text: () => out };
      });
      // Released together once both are ready.
      await Promise.all(outputs.map(({ text }) => waitFor(() => text().includes('ready'), 60_000)));
      for (const child of children) child.stdin.write('go\n');
      const results = await Promise.all(
        outputs.map(
          ({ child, text }) =>
            new Promise<{ ran: number; worker: string }>((resolve, reject) => {
              child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(text().split('\n').filter(Boolean).at(-1)!)) : reject(new Error(`worker exited ${code}`))));
            }),
        ),
      );

      const db = database.db.kysely;
      const jobs = await db.selectFrom('jobs').select(['kind', 'status', 'attempts', 'locked_by']).where('kind', 'like', 'alerts.%').execute();
      const done = jobs.filter((j) => j.status === 'done');
      expect(done.length).toBe(results[0]!.ran + results[1]!.ran);
      expect(done.every((j) => j.attempts === 1)).toBe(true);

      // 30 steps (the 5-hour clock's 30-minute reminder of each incident), each e-mailed to 2 addresses and posted to 1 robot.
      const mailsByAlert = new Map<string, number>();
      for (const m of smtp.mails) {
        const key = `${/X-Fabutong-Alert: (\S+)/.exec(m.raw)?.[1]}|${m.to.join()}`;
        mailsByAlert.set(key, (mailsByAlert.get(key) ?? 0) + 1);
      }
      expect(smtp.mails).toHaveLength(60);
      expect([...mailsByAlert.values()].every((n) => n === 1)).toBe(true);
      expect(robot.requests).toHaveLength(30);
      expect(new Set(robot.requests.map((r) => JSON.parse(r.body).markdown.content)).size).toBe(30);
      const notifications = await db.selectFrom('notifications').select(['user_id', 'dedupe_key']).execute();
      expect(notifications).toHaveLength(30 * 3);
      process.stdout.write(`  two servers ran ${results.map((r) => r.ran).join(' + ')} jobs\n`);
    } finally {
      await smtp.close();
      await robot.close();
      await database.drop();
    }
  }, 120_000);
});

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
