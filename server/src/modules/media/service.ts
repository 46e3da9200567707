import { districtDate, hasRole, type MediaLevel } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, notFound } from '../../errors';
import type { PendingProvider } from '../home/pending';
import { canManageMedia } from './policy';
import { presentJournalist, presentOutlet } from './present';
import * as repo from './repository';

const today = (app: AppContext) => districtDate(app.now());

type Validity = { validFrom?: string | null; validUntil?: string | null };

function checkValidity(from: string | null | undefined, until: string | null | undefined) {
  if (from && until && until < from) throw badRequest('有效期截止日不能早于起始日', [{ path: 'validUntil', message: '有效期截止日不能早于起始日' }]);
}

export async function listOutlets(app: AppContext, q?: string) {
  return (await repo.listOutlets(app.db, q)).map((r) => presentOutlet(r, today(app)));
}

export async function outletDetail(app: AppContext, id: number) {
  const outlet = await repo.findOutlet(app.db, id);
  if (!outlet) throw notFound('媒体');
  const [journalists, findings] = await Promise.all([repo.listJournalists(app.db, { outletId: id }), repo.findingsOf(app.db, id)]);
  return {
    outlet: presentOutlet(outlet, today(app)),
    journalists: journalists.map((j) => presentJournalist(j, today(app))),
    findings: findings.map((f) => ({ id: f.id, foundOn: f.found_on, releaseId: f.release_id, finding: f.finding, createdAt: f.created_at })),
  };
}

export async function createOutlet(
  app: AppContext,
  rc: RequestContext,
  input: { name: string; kind: 'outlet' | 'live_streaming'; level: MediaLevel; licenceNo?: string | null; contact?: string | null; note?: string | null } & Validity,
) {
  await authorize(app, rc, canManageMedia(rc.actor), 'media.create_outlet');
  checkValidity(input.validFrom, input.validUntil);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('outlets')
      .values({
        name: input.name,
        kind: input.kind,
        level: input.level,
        licence_no: input.licenceNo ?? null,
        licence_valid_from: input.validFrom ?? null,
        licence_valid_until: input.validUntil ?? null,
        contact: input.contact ?? null,
        note: input.note ?? null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'outlet.create', entity: 'outlet', entityId: row.id, after: input });
    return row.id;
  });
  return presentOutlet((await repo.findOutlet(app.db, id))!, today(app));
}

export async function updateOutlet(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: { name?: string; level?: MediaLevel; licenceNo?: string | null; contact?: string | null; note?: string | null; active?: boolean } & Validity,
) {
  await authorize(app, rc, canManageMedia(rc.actor), 'media.update_outlet');
  const before = await repo.findOutlet(app.db, id);
  if (!before) throw notFound('媒体');
  checkValidity(input.validFrom !== undefined ? input.validFrom : before.licence_valid_from, input.validUntil !== undefined ? input.validUntil : before.licence_valid_until);
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outlets')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.level !== undefined ? { level: input.level } : {}),
        ...(input.licenceNo !== undefined ? { licence_no: input.licenceNo } : {}),
        ...(input.validFrom !== undefined ? { licence_valid_from: input.validFrom } : {}),
        ...(input.validUntil !== undefined ? { licence_valid_until: input.validUntil } : {}),
        ...(input.contact !== undefined ? { contact: input.contact } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
        updated_at: app.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'outlet.update', entity: 'outlet', entityId: id, before: presentOutlet(before, today(app)), after: input });
  });
  return presentOutlet((await repo.findOutlet(app.db, id))!, today(app));
}

export async function listJournalists(app: AppContext, filter: { outletId?: number; q?: string }) {
  return (await repo.listJournalists(app.db, filter)).map((j) => presentJournalist(j, today(app)));
}

export async function createJournalist(
  app: AppContext,
  rc: RequestContext,
  input: { outletId: number; name: string; pressCardNo?: string | null; contact?: string | null; note?: string | null } & Validity,
) {
  await authorize(app, rc, canManageMedia(rc.actor), 'media.create_journalist');
  if (!(await repo.findOutlet(app.db, input.outletId))) throw badRequest('所属媒体不存在', [{ path: 'outletId', message: '媒体不存在' }]);
  checkValidity(input.validFrom, input.validUntil);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('journalists')
      .values({
        outlet_id: input.outletId,
        name: input.name,
        press_card_no: input.pressCardNo ?? null,
        press_card_valid_from: input.validFrom ?? null,
        press_card_valid_until: input.validUntil ?? null,
        contact: input.contact ?? null,
        note: input.note ?? null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'journalist.create', entity: 'journalist', entityId: row.id, after: input });
    return row.id;
  });
  return presentJournalist((await repo.listJournalists(app.db, { ids: [id] }))[0]!, today(app));
}

export async function updateJournalist(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: { name?: string; pressCardNo?: string | null; contact?: string | null; note?: string | null; active?: boolean } & Validity,
) {
  await authorize(app, rc, canManageMedia(rc.actor), 'media.update_journalist');
  const [before] = await repo.listJournalists(app.db, { ids: [id] });
  if (!before) throw notFound('记者');
  checkValidity(input.validFrom !== undefined ? input.validFrom : before.press_card_valid_from, input.validUntil !== undefined ? input.validUntil : before.press_card_valid_until);
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('journalists')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.pressCardNo !== undefined ? { press_card_no: input.pressCardNo } : {}),
        ...(input.validFrom !== undefined ? { press_card_valid_from: input.validFrom } : {}),
        ...(input.validUntil !== undefined ? { press_card_valid_until: input.validUntil } : {}),
        ...(input.contact !== undefined ? { contact: input.contact } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...(input.active !== undefined ? { active: input.active ? 1 : 0 } : {}),
        updated_at: app.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'journalist.update', entity: 'journalist', entityId: id, before: presentJournalist(before, today(app)), after: input });
  });
  return presentJournalist((await repo.listJournalists(app.db, { ids: [id] }))[0]!, today(app));
}

/** A19: an outlet found to have distorted the facts carries the record. */
export async function recordFinding(app: AppContext, rc: RequestContext, outletId: number, input: { foundOn: string; releaseId: number | null; finding: string }) {
  await authorize(app, rc, canManageMedia(rc.actor), 'media.record_finding');
  if (!(await repo.findOutlet(app.db, outletId))) throw notFound('媒体');
  if (input.releaseId && !(await app.db.selectFrom('releases').select('id').where('id', '=', input.releaseId).executeTakeFirst())) {
    throw badRequest('关联的发布活动不存在', [{ path: 'releaseId', message: '发布活动不存在' }]);
  }
  await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('outlet_findings')
      .values({ outlet_id: outletId, found_on: input.foundOn, release_id: input.releaseId, finding: input.finding, recorded_by: rc.actor.userId, created_at: app.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'outlet.finding', entity: 'outlet', entityId: outletId, after: { findingId: row.id, ...input } });
  });
  return outletDetail(app, outletId);
}

/** Qualifications that expire within 30 days or have expired, for the console's warnings. */
export async function expiringQualifications(app: AppContext) {
  const [outlets, journalists] = await Promise.all([listOutlets(app), listJournalists(app, {})]);
  return [
    ...outlets
      .filter((o) => o.active && (o.qualification.state === 'expiring' || o.qualification.state === 'expired'))
      .map((o) => ({ kind: 'outlet' as const, id: o.id, name: o.name, outletId: o.id, outletName: null, validUntil: o.qualification.validUntil!, state: o.qualification.state })),
    ...journalists
      .filter((j) => j.active && (j.qualification.state === 'expiring' || j.qualification.state === 'expired'))
      .map((j) => ({ kind: 'journalist' as const, id: j.id, name: j.name, outletId: j.outletId, outletName: j.outletName, validUntil: j.qualification.validUntil!, state: j.qualification.state })),
  ].sort((a, b) => a.validUntil.localeCompare(b.validUntil));
}

export const expiringPendingItems: PendingProvider = async (app, actor) => {
  if (!hasRole(actor, 'news_office')) return [];
  return (await expiringQualifications(app))
    .filter((q) => q.state === 'expiring')
    .map((q) => ({
      kind: `media.${q.kind}_expiring`,
      title: `${q.kind === 'outlet' ? '媒体' : '记者'}“${q.name}”的资质将于 ${q.validUntil} 到期`,
      unitName: q.outletName,
      due: q.validUntil,
      rule: 'A13.7',
      link: `/console/media/outlets/${q.outletId}`,
    }));
};
