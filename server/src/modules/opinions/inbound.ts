/**
 * What a monitoring vendor pushes to POST /opinions/inbound, signed with its own key:
 *   X-Fabutong-Key        the vendor's key id
 *   X-Fabutong-Timestamp  Unix milliseconds when it was signed
 *   X-Fabutong-Signature  sha256=<hex HMAC-SHA256(secret, `${timestamp}.${raw body}`)>
 * (the same scheme as the webhooks we send, see alerts/channels.ts). Unsigned, wrongly signed
 * or stale requests are refused; a request replayed within the window is recognized by its
 * signature, stored when first accepted, and ignored.
 */
import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { InboundOpinionBody } from '@fabutong/core';
import type { AppContext } from '../../context';
import { ProblemError } from '../../errors';
import { ingest, type IngestResult } from './ingest';
import * as repo from './repository';
import { checkFirstSeen } from './service';

/** How far the signed timestamp may be from the server's clock, either way. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

export function inboundSignature(secret: string, timestamp: string | number, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const refused = (detail: string) => new ProblemError(401, '签名校验未通过', detail, { rule: 'SEC', code: 'bad-signature' });

export interface VerifiedVendor {
  id: number;
  name: string;
  signature: string;
}

const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Checks the request's signature against the vendor's key; throws 401 otherwise. */
export async function verifyInbound(app: AppContext, request: FastifyRequest, rawBody: string): Promise<VerifiedVendor> {
  const keyId = header(request, 'x-fabutong-key');
  const timestamp = header(request, 'x-fabutong-timestamp');
  const signature = header(request, 'x-fabutong-signature');
  if (!keyId || !timestamp || !signature) throw refused('缺少签名：须提供 X-Fabutong-Key、X-Fabutong-Timestamp 和 X-Fabutong-Signature');
  const vendor = await app.db.selectFrom('opinion_vendors').selectAll().where('key_id', '=', keyId).executeTakeFirst();
  if (!vendor || vendor.enabled !== 1) throw refused('密钥编号不存在或已停用');
  if (!/^\d{10,16}$/.test(timestamp) || Math.abs(app.now().getTime() - Number(timestamp)) > SIGNATURE_WINDOW_MS) {
    throw refused(`请求时间戳已过期或无效（允许与服务器时间相差 ${SIGNATURE_WINDOW_MS / 60_000} 分钟）`);
  }
  const expected = Buffer.from(inboundSignature(vendor.secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) throw refused('签名不正确');
  return { id: vendor.id, name: vendor.name, signature };
}

/** Stores the item (or recognizes it), and the signature so a replay is ignored — in one transaction. */
export async function receiveInbound(app: AppContext, vendor: VerifiedVendor, body: z.infer<typeof InboundOpinionBody>): Promise<{ id: number | null; status: 'created' | 'duplicate' | 'replayed' }> {
  const seen = await app.db.selectFrom('opinion_inbound_signatures').select('item_id').where('vendor_id', '=', vendor.id).where('signature', '=', vendor.signature).executeTakeFirst();
  if (seen) return { id: seen.item_id, status: 'replayed' };
  checkFirstSeen(app, body.firstSeenAt);
  const rules = await repo.enabledRules(app.db);
  return app.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('opinion_inbound_signatures')
      .values({ vendor_id: vendor.id, signature: vendor.signature, item_id: null, received_at: app.now().toISOString() })
      .onConflict((oc) => oc.columns(['vendor_id', 'signature']).doNothing())
      .returning('id')
      .executeTakeFirst();
    // The same request arrived twice at once: the other one keeps it.
    if (!claimed) return { id: null, status: 'replayed' as const };
    const result: IngestResult = await ingest(
      app,
      trx,
      { title: body.title, link: body.link, source: `${vendor.name}：${body.site}`, sourceKind: 'vendor', vendorId: vendor.id, firstSeenAt: body.firstSeenAt, excerpt: body.excerpt, keywords: body.keywords },
      rules,
    );
    const id = result.status === 'unmatched' ? null : result.id;
    await trx.updateTable('opinion_inbound_signatures').set({ item_id: id }).where('id', '=', claimed.id).execute();
    return { id, status: result.status === 'created' ? ('created' as const) : ('duplicate' as const) };
  });
}
