/**
 * Alerts that cannot be missed, for any deadline clock: a capability registers a clock
 * source (how to look at one of its clocks now), then schedules a clock's alerts with
 * `scheduleClockAlerts` and cancels them with `cancelClockAlerts` once the clock is met.
 *
 * Every step is a durable row of `jobs`, so it survives a restart and runs once across
 * servers (SKIP LOCKED). When a step runs it looks at the clock again — met or moved: nothing
 * is sent — writes the in-app notifications and one delivery row per channel and recipient in
 * one transaction (each with a dedupe key: once per step and recipient, also when the step
 * runs twice), then sends each e-mail and webhook as a job of its own, retried with back-off.
 */
import {
  ALERT_LEVEL_LABELS,
  districtDate,
  formatDistrictDateTime,
  type AlertChannelBody,
  type AlertChannelKind,
  type AlertChannelView,
  type AlertDeliveryView,
  type AlertLevel,
} from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { AlertChannelRow, Database } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import type { ClaimedJob } from '../../plugins/jobs';
import { notifyUsers } from '../notifications/service';
import { maskedUrl, sendEmail, sendWebhook, type AlertMessage, type EmailSettings, type WebhookSettings } from './channels';
import { ESCALATION_EVERY_MINUTES, canManageChannels, canReadDeliveries, levelsAt, severityAt, stepTime, stepsToSchedule } from './policy';
import * as repo from './repository';

export const CLOCK_ALERT_JOB = 'alerts.clock_step';
export const DELIVERY_JOB = 'alerts.deliver';
/** Sends per delivery before it is marked failed (30 s, 1, 2, 4 min apart: the jobs table's back-off). */
export const DELIVERY_ATTEMPTS = 5;

export interface ClockState {
  /** As of now; `gone` when the clock no longer exists (closed, regraded away). */
  status: 'running' | 'met' | 'overdue' | 'gone';
  due: string;
  unitId: number;
  /** What the clock is about: "白马镇山体滑坡：5 小时内发布权威信息（A13.4-a）". */
  title: string;
  /** Where to act, in the console. */
  link: string;
}

export interface ClockSource {
  inspect(app: AppContext, ref: unknown): Promise<ClockState>;
  /** Runs in the alert's transaction when a step finds the clock overdue (to propose an A18.1 candidate, say). */
  onOverdue?(app: AppContext, trx: Kysely<Database>, ref: unknown, state: ClockState): Promise<void>;
}

interface StepPayload {
  source: string;
  ref: unknown;
  clockKey: string;
  due: string;
  offsetMinutes: number;
}

const stepKey = (clockKey: string, due: string, offsetMinutes: number) => `alert:${clockKey}@${due}:${offsetMinutes}`;

/** Schedules a clock's reminders and (from the deadline on) its escalation, in the caller's transaction. */
export async function scheduleClockAlerts(app: AppContext, trx: Kysely<Database>, clock: { source: string; ref: unknown; clockKey: string; due: string }): Promise<void> {
  for (const step of stepsToSchedule(clock.due, app.now())) await scheduleStep(app, trx, { ...clock, offsetMinutes: step.offsetMinutes }, step.runAt);
}

/** Drops the clock's steps still waiting (it was met, or its deadline moved). */
export async function cancelClockAlerts(app: AppContext, trx: Kysely<Database>, clockKey: string): Promise<void> {
  await app.jobs.cancel(trx, `alert:${clockKey}@`);
}

function scheduleStep(app: AppContext, trx: Kysely<Database>, payload: StepPayload, runAt: Date) {
  return app.jobs.schedule(trx, { kind: CLOCK_ALERT_JOB, dedupeKey: stepKey(payload.clockKey, payload.due, payload.offsetMinutes), runAt, payload });
}

/** The steps of one clock, for the page that shows it. */
export async function alertSchedule(app: AppContext, clockKeyPrefix: string) {
  const rows = await app.db
    .selectFrom('jobs')
    .select(['dedupe_key', 'run_at', 'status', 'late', 'payload'])
    .where('kind', '=', CLOCK_ALERT_JOB)
    .where('dedupe_key', 'like', `alert:${clockKeyPrefix}%`)
    .orderBy('run_at')
    .execute();
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as StepPayload;
    return { clockKey: p.clockKey, offsetMinutes: p.offsetMinutes, runAt: r.run_at, status: r.status, late: Boolean(r.late) };
  });
}

function message(state: ClockState, offsetMinutes: number, now: Date, late: boolean, alertKey: string, clockKey: string): AlertMessage & { link: string } {
  const minutes = Math.round((Date.parse(state.due) - now.getTime()) / 60_000);
  const when =
    minutes > 0
      ? `将于 ${formatDistrictDateTime(state.due)} 到期，还剩 ${minutes >= 60 ? `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟` : `${minutes} 分钟`}`
      : minutes === 0
        ? `已于 ${formatDistrictDateTime(state.due)} 到期`
        : `已超时 ${-minutes >= 60 ? `${Math.floor(-minutes / 60)} 小时 ${-minutes % 60} 分钟` : `${-minutes} 分钟`}（截止 ${formatDistrictDateTime(state.due)}）`;
  const levels = levelsAt(offsetMinutes).map((l) => ALERT_LEVEL_LABELS[l]).join('、');
  const body = [
    `${state.title}${when}。`,
    offsetMinutes < 0 ? '请抓紧发布，避免超时。' : '已超过规定时限，请立即发布并说明情况；超时情况已作为违规线索记录（A18.1）。',
    `提醒对象：${levels}。`,
    ...(late ? ['（此提醒在服务停机期间到期，恢复后补发。）'] : []),
    `办理：${state.link}`,
  ].join('\n');
  return { subject: `${state.title}${minutes > 0 ? `还剩 ${minutes} 分钟` : '已超时'}`, body, severity: severityAt(offsetMinutes), alertKey, clockKey, late, link: state.link };
}

async function runStep(app: AppContext, sources: Record<string, ClockSource>, job: ClaimedJob) {
  const p = job.payload as StepPayload;
  const source = sources[p.source];
  if (!source) throw new Error(`unknown clock source ${p.source}`);
  const state = await source.inspect(app, p.ref);
  // Met, closed or moved since it was scheduled: the step has nothing to say.
  if (state.status === 'met' || state.status === 'gone' || state.due !== p.due) return;

  const now = app.now();
  const levels = levelsAt(p.offsetMinutes);
  const alertKey = job.dedupeKey;
  const msg = message(state, p.offsetMinutes, now, job.late, alertKey, p.clockKey);
  // Read before the transaction: on SQLite the transaction holds the one connection.
  // The escalation ladder goes to the district leaders, all of them (issue 6 §3).
  const recipients = await repo.recipientsFor(app.db, state.unitId, levels, districtDate(now), { leaders: 'all' });
  const channels = await repo.enabledChannels(app.db);
  const at = now.toISOString();

  await app.db.transaction().execute(async (trx) => {
    const delivery = (d: { channel: string; channelId: number | null; userId: number | null; recipient: string; key: string; status: string; error?: string }) =>
      trx
        .insertInto('alert_deliveries')
        .values({
          dedupe_key: `${alertKey}|${d.key}`,
          alert_key: alertKey,
          clock_key: p.clockKey,
          channel: d.channel,
          channel_id: d.channelId,
          user_id: d.userId,
          recipient: d.recipient,
          subject: msg.subject,
          body: msg.body,
          link: msg.link,
          severity: msg.severity,
          status: d.status,
          attempts: d.status === 'sent' ? 1 : 0,
          last_error: d.error ?? null,
          late: job.late ? 1 : 0,
          created_at: at,
          sent_at: d.status === 'sent' ? at : null,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .executeTakeFirst();

    const withAccount = recipients.filter((r) => r.userId !== null);
    await notifyUsers(app, trx, withAccount.map((r) => r.userId!), { title: msg.subject, body: msg.body, link: msg.link, severity: msg.severity, dedupeKey: alertKey });
    for (const r of withAccount) await delivery({ channel: 'in_app', channelId: null, userId: r.userId, recipient: r.name, key: `in_app:${r.userId}`, status: 'sent' });

    const email = channels.find((c) => c.kind === 'email');
    const outbox: number[] = [];
    for (const r of recipients) {
      const emailed = email && r.email && (JSON.parse(email.levels) as AlertLevel[]).includes(r.level);
      if (emailed) {
        const row = await delivery({ channel: 'email', channelId: email.id, userId: r.userId, recipient: `${r.name} <${r.email}>`, key: `email:${r.email}`, status: 'pending' });
        if (row) outbox.push(row.id);
      } else if (r.userId === null) {
        // Appointed, but reachable by no channel: the gap must be visible in the log.
        await delivery({ channel: 'in_app', channelId: null, userId: null, recipient: r.name, key: `unreachable:${r.personId}`, status: 'skipped', error: '该人员无系统账户，也无可用的电子邮箱' });
      }
    }
    for (const c of channels.filter((c) => c.kind !== 'email' && (JSON.parse(c.levels) as AlertLevel[]).some((l) => levels.includes(l)))) {
      const row = await delivery({ channel: c.kind, channelId: c.id, userId: null, recipient: c.name, key: `channel:${c.id}`, status: 'pending' });
      if (row) outbox.push(row.id);
    }
    for (const id of outbox) await app.jobs.schedule(trx, { kind: DELIVERY_JOB, dedupeKey: `deliver:${id}`, runAt: now, payload: { deliveryId: id } });

    if (p.offsetMinutes >= 0) {
      if (state.status === 'overdue') await source.onOverdue?.(app, trx, p.ref, state);
      const next = p.offsetMinutes + ESCALATION_EVERY_MINUTES;
      await scheduleStep(app, trx, { ...p, offsetMinutes: next }, stepTime(p.due, next));
    }
  });
}

function settingsOf<T>(channel: AlertChannelRow): T {
  return JSON.parse(channel.settings) as T;
}

async function send(channel: AlertChannelRow, to: string | null, msg: AlertMessage, now: Date): Promise<string> {
  if (channel.kind === 'email') {
    if (!to) throw new Error('没有收件地址');
    return sendEmail(settingsOf<EmailSettings>(channel), to, msg);
  }
  return sendWebhook(channel.kind as Exclude<AlertChannelKind, 'email'>, settingsOf<WebhookSettings>(channel), msg, now);
}

const emailOf = (recipient: string) => /<([^>]+)>$/.exec(recipient)?.[1] ?? null;

async function runDelivery(app: AppContext, job: ClaimedJob) {
  const { deliveryId } = job.payload as { deliveryId: number };
  const row = await repo.findDelivery(app.db, deliveryId);
  if (!row || row.status === 'sent' || row.status === 'failed' || row.status === 'skipped') return;
  const channel = row.channel_id ? await repo.findChannel(app.db, row.channel_id) : undefined;
  const msg: AlertMessage = { subject: row.subject, body: row.body, severity: row.severity as AlertMessage['severity'], alertKey: row.alert_key, clockKey: row.clock_key, late: Boolean(row.late) };
  try {
    if (!channel) throw new Error('发送渠道已删除');
    await send(channel, emailOf(row.recipient), msg, app.now());
    await app.db
      .updateTable('alert_deliveries')
      .set((eb) => ({ status: 'sent', attempts: eb('attempts', '+', 1), last_error: null, sent_at: app.now().toISOString() }))
      .where('id', '=', deliveryId)
      .execute();
  } catch (err) {
    const gaveUp = job.attempts >= DELIVERY_ATTEMPTS;
    await app.db
      .updateTable('alert_deliveries')
      .set((eb) => ({ status: gaveUp ? 'failed' : 'retrying', attempts: eb('attempts', '+', 1), last_error: err instanceof Error ? err.message.slice(0, 1000) : String(err) }))
      .where('id', '=', deliveryId)
      .execute();
    // Thrown again, the jobs table retries it with back-off; given up, the log says so.
    if (!gaveUp) throw err;
  }
}

/** Job handlers of the alerts; `sources` are the capabilities whose clocks are alerted on. */
export function registerAlerts(app: AppContext, sources: Record<string, ClockSource>): void {
  app.jobs.register(CLOCK_ALERT_JOB, (job) => runStep(app, sources, job));
  app.jobs.register(DELIVERY_JOB, (job) => runDelivery(app, job));
}

// ---------------------------------------------------------------- channels and the delivery log

export function presentChannel(row: AlertChannelRow): AlertChannelView {
  const s = JSON.parse(row.settings) as Partial<EmailSettings & WebhookSettings>;
  return {
    id: row.id,
    kind: row.kind as AlertChannelKind,
    name: row.name,
    enabled: Boolean(row.enabled),
    levels: JSON.parse(row.levels) as AlertLevel[],
    host: s.host ?? null,
    port: s.port ?? null,
    secure: s.secure ?? null,
    user: s.user ?? null,
    from: s.from ?? null,
    url: s.url ? maskedUrl(s.url) : null,
    hasSecret: Boolean(row.kind === 'email' ? s.password : s.secret),
    updatedAt: row.updated_at,
  };
}

function presentDelivery(row: repo.DeliveryWithChannel): AlertDeliveryView {
  return {
    id: row.id,
    alertKey: row.alert_key,
    clockKey: row.clock_key,
    channel: row.channel as AlertDeliveryView['channel'],
    channelName: row.channel_name,
    recipient: row.recipient,
    subject: row.subject,
    severity: row.severity as AlertDeliveryView['severity'],
    status: row.status as AlertDeliveryView['status'],
    attempts: row.attempts,
    lastError: row.last_error,
    late: Boolean(row.late),
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/** Settings as stored: a secret left out keeps the one on record. */
function settingsFor(input: AlertChannelBody, previous: AlertChannelRow | undefined): string {
  const old = previous ? (JSON.parse(previous.settings) as Partial<EmailSettings & WebhookSettings>) : {};
  if (input.kind === 'email') {
    const s: EmailSettings = { host: input.host, port: input.port, secure: input.secure, user: input.user, password: input.password ?? old.password ?? null, from: input.from };
    return JSON.stringify(s);
  }
  const url = input.url ?? old.url;
  if (!url) throw badRequest('请填写机器人地址', [{ path: 'url', message: '请填写机器人地址' }]);
  const s: WebhookSettings = { url, secret: input.secret ?? old.secret ?? null };
  return JSON.stringify(s);
}

export async function listChannels(app: AppContext, rc: RequestContext): Promise<AlertChannelView[]> {
  await authorize(app, rc, canManageChannels(rc.actor), 'alerts.channels.read');
  return (await repo.listChannels(app.db)).map(presentChannel);
}

export async function saveChannel(app: AppContext, rc: RequestContext, id: number | null, input: AlertChannelBody): Promise<AlertChannelView> {
  await authorize(app, rc, canManageChannels(rc.actor), id ? 'alerts.channels.update' : 'alerts.channels.create');
  const previous = id ? await repo.findChannel(app.db, id) : undefined;
  if (id && !previous) throw notFound('提醒渠道');
  if (previous && previous.kind !== input.kind) throw badRequest('不能改变渠道类型，请新建一个渠道', [{ path: 'kind', message: '不能改变渠道类型' }]);
  const at = app.now().toISOString();
  const values = { kind: input.kind, name: input.name, enabled: input.enabled ? 1 : 0, levels: JSON.stringify([...new Set(input.levels)]), settings: settingsFor(input, previous), updated_at: at };
  const savedId = await app.db.transaction().execute(async (trx) => {
    const saved = id
      ? (await trx.updateTable('alert_channels').set(values).where('id', '=', id).returning('id').executeTakeFirstOrThrow()).id
      : (await trx.insertInto('alert_channels').values({ ...values, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    // Secrets never enter the audit trail: it is read by people who must not hold them.
    const redacted = { ...input, password: undefined, secret: undefined, url: 'url' in input && input.url ? maskedUrl(input.url) : undefined };
    await audit(app, rc, trx, {
      action: id ? 'alert_channel.update' : 'alert_channel.create',
      entity: 'alert_channel',
      entityId: saved,
      before: previous ? presentChannel(previous) : undefined,
      after: redacted,
    });
    return saved;
  });
  return presentChannel((await repo.findChannel(app.db, savedId))!);
}

/** Sends a test message through a channel now and records it like any delivery. */
export async function testChannel(app: AppContext, rc: RequestContext, id: number, to: string | null): Promise<AlertDeliveryView> {
  await authorize(app, rc, canManageChannels(rc.actor), 'alerts.channels.test');
  const channel = await repo.findChannel(app.db, id);
  if (!channel) throw notFound('提醒渠道');
  if (channel.kind === 'email' && !to) throw badRequest('请填写测试收件地址', [{ path: 'to', message: '请填写测试收件地址' }]);
  const now = app.now();
  const alertKey = `test:${id}:${now.getTime()}`;
  const msg: AlertMessage = { subject: '发布通提醒渠道测试', body: `这是一条测试消息，由${rc.actor.displayName}于 ${formatDistrictDateTime(now)} 发送。`, severity: 'warning', alertKey, clockKey: `test:${id}`, late: false };
  let status = 'sent';
  let error: string | null = null;
  try {
    await send(channel, to, msg, now);
  } catch (err) {
    status = 'failed';
    error = err instanceof Error ? err.message.slice(0, 1000) : String(err);
  }
  const deliveryId = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('alert_deliveries')
      .values({
        dedupe_key: alertKey,
        alert_key: alertKey,
        clock_key: msg.clockKey,
        channel: channel.kind,
        channel_id: id,
        user_id: null,
        recipient: channel.kind === 'email' ? `测试 <${to}>` : channel.name,
        subject: msg.subject,
        body: msg.body,
        link: null,
        severity: msg.severity,
        status,
        attempts: 1,
        last_error: error,
        late: 0,
        created_at: now.toISOString(),
        sent_at: status === 'sent' ? now.toISOString() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'alert_channel.test', entity: 'alert_channel', entityId: id, after: { status, error } });
    return row.id;
  });
  return presentDelivery((await repo.findDelivery(app.db, deliveryId))!);
}

export async function listDeliveries(app: AppContext, rc: RequestContext, query: repo.DeliveryFilter & { page: number; pageSize: number }) {
  await authorize(app, rc, canReadDeliveries(rc.actor), 'alerts.deliveries.read');
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfDeliveries(app.db, filter, page, pageSize);
  return { items: rows.map(presentDelivery), total };
}

/** Another round of attempts for a delivery that failed. */
export async function retryDelivery(app: AppContext, rc: RequestContext, id: number): Promise<AlertDeliveryView> {
  await authorize(app, rc, canManageChannels(rc.actor), 'alerts.deliveries.retry');
  const row = await repo.findDelivery(app.db, id);
  if (!row) throw notFound('发送记录');
  if (row.status !== 'failed' || !row.channel_id) throw badRequest('只能重发发送失败的外部渠道消息');
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('alert_deliveries').set({ status: 'pending' }).where('id', '=', id).execute();
    await app.jobs.schedule(trx, { kind: DELIVERY_JOB, dedupeKey: `deliver:${id}:retry:${app.now().getTime()}`, runAt: app.now(), payload: { deliveryId: id } });
    await audit(app, rc, trx, { action: 'alert_delivery.retry', entity: 'alert_delivery', entityId: id, before: { status: row.status, lastError: row.last_error } });
  });
  return presentDelivery((await repo.findDelivery(app.db, id))!);
}
