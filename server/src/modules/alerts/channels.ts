/**
 * The external channels: e-mail over SMTP (nodemailer) and signed webhooks in the formats of
 * the DingTalk and WeCom group robots (or plain JSON). Each send either resolves or throws
 * with a message that goes into the delivery log.
 */
import crypto from 'node:crypto';
import nodemailer from 'nodemailer';
import type { AlertChannelKind } from '@fabutong/core';

export interface EmailSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export interface WebhookSettings {
  url: string;
  secret: string | null;
}

export interface AlertMessage {
  subject: string;
  body: string;
  severity: 'warning' | 'urgent';
  alertKey: string;
  clockKey: string;
  late: boolean;
}

const TIMEOUT_MS = 10_000;

export async function sendEmail(settings: EmailSettings, to: string, message: AlertMessage): Promise<string> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: 2 * TIMEOUT_MS,
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to,
      subject: message.subject,
      text: message.body,
      headers: { 'X-Fabutong-Alert': message.alertKey, ...(message.severity === 'urgent' ? { Priority: 'urgent', 'X-Priority': '1' } : {}) },
    });
    return String(info.response ?? 'accepted');
  } finally {
    transport.close();
  }
}

/** DingTalk's robot signature: base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)). */
export function dingTalkSign(secret: string, timestamp: number): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** Our own signature on every webhook, so the receiver can check it came from us and is fresh. */
export function bodySignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function webhookPayload(kind: Exclude<AlertChannelKind, 'email'>, message: AlertMessage): unknown {
  const heading = `${message.severity === 'urgent' ? '【紧急】' : '【提醒】'}${message.subject}`;
  const markdown = `### ${heading}\n\n${message.body.replace(/\n/g, '\n\n')}${message.late ? '\n\n> 服务停机期间到期，恢复后补发' : ''}`;
  switch (kind) {
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title: heading, text: markdown } };
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: markdown } };
    case 'webhook':
      return { event: 'clock_alert', ...message };
  }
}

export async function sendWebhook(kind: Exclude<AlertChannelKind, 'email'>, settings: WebhookSettings, message: AlertMessage, now: Date): Promise<string> {
  const timestamp = now.getTime();
  const body = JSON.stringify(webhookPayload(kind, message));
  const url = new URL(settings.url);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-fabutong-timestamp': String(timestamp) };
  if (settings.secret) {
    headers['x-fabutong-signature'] = bodySignature(settings.secret, timestamp, body);
    if (kind === 'dingtalk') {
      url.searchParams.set('timestamp', String(timestamp));
      url.searchParams.set('sign', dingTalkSign(settings.secret, timestamp));
    }
  }
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' }).catch((err: unknown) => {
    // fetch says only "fetch failed"; the reason (refused, timed out, no such host) is in its cause.
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`无法连接 ${url.host}：${cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))}`);
  });
  const text = (await response.text()).slice(0, 500);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${text}`.trim());
  // The robots answer 200 with an error code in the body when they refuse a message.
  if (kind !== 'webhook') {
    let answer: { errcode?: number; errmsg?: string } = {};
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      throw new Error(`机器人返回无法识别的应答：${text}`);
    }
    if (answer.errcode !== 0) throw new Error(`机器人拒收：${answer.errcode ?? '?'} ${answer.errmsg ?? ''}`.trim());
  }
  return text || `HTTP ${response.status}`;
}

/** Robot URLs carry their access token in the query: show the rest. */
export function maskedUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()]) u.searchParams.set(key, '***');
    return u.toString().replace(/%2A%2A%2A/g, '***');
  } catch {
    return '***';
  }
}
