/** A district ready for opinion work, for the tests of opinions, feeds, hot topics and interviews. */
import type { TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createOpinionVendor, createPerson, loginAs, sessionCookie } from '../../../test/factories';
import { inboundSignature } from './inbound';

export async function opinionFixture(t: TestApp) {
  const db = t.ctx.db;
  const at = t.clock.now().toISOString();
  const units = await createDistrict(db, at);
  const office = await loginAs(db, at, 'news_office', units.district.id, { displayName: '周敏' });
  const leader = await loginAs(db, at, 'leader', units.district.id, { displayName: '陈建国' });
  const auditor = await loginAs(db, at, 'auditor', units.district.id, { displayName: '审计员' });
  // 区交通局: its principal holds the approver's account; its press section the editor's.
  const approver = await loginAs(db, at, 'unit_approver', units.department.id, { displayName: '区交通局局长' });
  const editor = await loginAs(db, at, 'unit_editor', units.department.id, { displayName: '区交通局办公室' });
  const townEditor = await loginAs(db, at, 'unit_editor', units.township.id, { displayName: '白马镇党政办' });
  const principal = await createPerson(db, at, { name: '罗国庆' });
  await db.updateTable('users').set({ person_id: principal.id }).where('id', '=', approver.user.id).execute();
  await appoint(db, at, { unitId: units.department.id, post: 'principal', personId: principal.id, from: '2024-01-01' });
  const vendor = await createOpinionVendor(db, at, { name: '某监测', secret: 'vendor-secret-for-tests' });

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  /** A push signed with the vendor's key, as the vendor would send it. */
  const push = (body: object, o: { secret?: string; timestamp?: number; keyId?: string; raw?: string } = {}) => {
    const raw = o.raw ?? JSON.stringify(body);
    const timestamp = String(o.timestamp ?? t.clock.now().getTime());
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/opinions/inbound',
      payload: raw,
      headers: {
        'content-type': 'application/json',
        'x-fabutong-key': o.keyId ?? vendor.key_id,
        'x-fabutong-timestamp': timestamp,
        'x-fabutong-signature': inboundSignature(o.secret ?? vendor.secret, timestamp, raw),
      },
    });
  };

  /** Sessions end after 30 idle minutes: a test that moves the clock on logs everyone in again. */
  const advance = async (ms: number) => {
    t.clock.advance(ms);
    const now = t.clock.now().toISOString();
    for (const who of [office, leader, auditor, approver, editor, townEditor]) who.cookie = await sessionCookie(db, who.user.id, now);
  };

  const notificationsOf = (userId: number) => db.selectFrom('notifications').select(['title', 'severity', 'link']).where('user_id', '=', userId).orderBy('id').execute();

  return { units, office, leader, auditor, approver, editor, townEditor, principal, vendor, api, push, advance, notificationsOf };
}
