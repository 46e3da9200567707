/** What the news office configures for monitoring: vendors' signing keys and the keyword rules per unit. */
import crypto from 'node:crypto';
import { KeywordRuleError, parseKeywordRule } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { OpinionVendorTable } from '../../db/schema';
import type { Selectable } from 'kysely';
import { badRequest, notFound, ruleRefusal } from '../../errors';
import { findUnit } from '../units/repository';
import { canManageSources } from './policy';
import * as repo from './repository';

type VendorRow = Selectable<OpinionVendorTable>;

const presentVendor = (row: VendorRow, secret?: string) => ({ id: row.id, name: row.name, keyId: row.key_id, enabled: row.enabled === 1, createdAt: row.created_at, ...(secret ? { secret } : {}) });
const newSecret = () => crypto.randomBytes(32).toString('base64url');

export async function listVendors(app: AppContext, rc: RequestContext) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.vendors.read');
  return (await app.db.selectFrom('opinion_vendors').selectAll().orderBy('id').execute()).map((r) => presentVendor(r));
}

/** A new vendor gets a key id and a secret, shown in this answer only. */
export async function createVendor(app: AppContext, rc: RequestContext, input: { name: string; enabled: boolean }) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.vendors.create');
  const at = app.now().toISOString();
  const secret = newSecret();
  const row = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('opinion_vendors')
      .values({ name: input.name, key_id: `ov_${crypto.randomBytes(8).toString('hex')}`, secret, enabled: input.enabled ? 1 : 0, created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    // The secret never enters the audit trail.
    await audit(app, rc, trx, { action: 'opinion_vendor.create', entity: 'opinion_vendor', entityId: row.id, after: { name: input.name, keyId: row.key_id, enabled: input.enabled } });
    return row;
  });
  return presentVendor(row, secret);
}

async function loadVendor(app: AppContext, id: number) {
  const row = await app.db.selectFrom('opinion_vendors').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('监测服务商');
  return row;
}

export async function updateVendor(app: AppContext, rc: RequestContext, id: number, input: { name: string; enabled: boolean }) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.vendors.update');
  const before = await loadVendor(app, id);
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('opinion_vendors').set({ name: input.name, enabled: input.enabled ? 1 : 0, updated_at: app.now().toISOString() }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'opinion_vendor.update', entity: 'opinion_vendor', entityId: id, before: presentVendor(before), after: input });
  });
  return presentVendor(await loadVendor(app, id));
}

/** A new secret at once: the old one stops working. */
export async function rotateVendorSecret(app: AppContext, rc: RequestContext, id: number) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.vendors.rotate');
  await loadVendor(app, id);
  const secret = newSecret();
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('opinion_vendors').set({ secret, updated_at: app.now().toISOString() }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'opinion_vendor.rotate', entity: 'opinion_vendor', entityId: id });
  });
  return presentVendor(await loadVendor(app, id), secret);
}

// ---------------------------------------------------------------- keyword rules

function checkExpression(expression: string) {
  try {
    parseKeywordRule(expression);
  } catch (err) {
    if (err instanceof KeywordRuleError) throw ruleRefusal('A13.2', `关键词规则有误（第 ${err.at + 1} 个字符附近）：${err.message}`, [{ path: 'expression', message: err.message, rule: 'A13.2' }]);
    throw err;
  }
}

const presentRule = (r: Awaited<ReturnType<typeof repo.listRules>>[number]) => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  expression: r.expression,
  exclusions: JSON.parse(r.exclusions) as string[],
  enabled: r.enabled === 1,
});

export async function listRules(app: AppContext, rc: RequestContext) {
  await authorize(app, rc, canManageSources(rc.actor), 'opinions.rules.read');
  return (await repo.listRules(app.db)).map(presentRule);
}

type RuleInput = { unitId: number; expression: string; exclusions: string[]; enabled: boolean };

export async function saveRule(app: AppContext, rc: RequestContext, id: number | null, input: RuleInput) {
  await authorize(app, rc, canManageSources(rc.actor), id ? 'opinions.rules.update' : 'opinions.rules.create');
  checkExpression(input.expression);
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  const before = id ? await app.db.selectFrom('opinion_keyword_rules').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (id && !before) throw notFound('关键词规则');
  const at = app.now().toISOString();
  const values = { unit_id: input.unitId, expression: input.expression, exclusions: JSON.stringify([...new Set(input.exclusions)]), enabled: input.enabled ? 1 : 0, updated_at: at };
  const savedId = await app.db.transaction().execute(async (trx) => {
    const saved = id
      ? (await trx.updateTable('opinion_keyword_rules').set(values).where('id', '=', id).returning('id').executeTakeFirstOrThrow()).id
      : (await trx.insertInto('opinion_keyword_rules').values({ ...values, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    await audit(app, rc, trx, { action: id ? 'opinion_rule.update' : 'opinion_rule.create', entity: 'opinion_keyword_rule', entityId: saved, unitId: input.unitId, before, after: input });
    return saved;
  });
  return presentRule((await repo.listRules(app.db)).find((r) => r.id === savedId)!);
}
