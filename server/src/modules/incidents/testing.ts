/** A district ready for emergencies, for the tests of incidents, alerts and the public page. */
import type { TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createPerson, loginAs, sessionCookie } from '../../../test/factories';

export async function emergencyFixture(t: TestApp) {
  const db = t.ctx.db;
  const at = t.clock.now().toISOString();
  const units = await createDistrict(db, at);
  const office = await loginAs(db, at, 'news_office', units.district.id, { displayName: '周敏' });
  const leader = await loginAs(db, at, 'leader', units.district.id, { displayName: '陈建国' });
  const approver = await loginAs(db, at, 'unit_approver', units.township.id, { displayName: '白马镇镇长' });
  const editor = await loginAs(db, at, 'unit_editor', units.township.id, { displayName: '白马镇党政办' });
  const otherEditor = await loginAs(db, at, 'unit_editor', units.department.id, { displayName: '区交通局办公室' });
  // The principal holds the approver's account; the spokesperson has none, only an e-mail address.
  const principal = await createPerson(db, at, { name: '刘建华' });
  const spokesperson = await createPerson(db, at, { name: '何静' });
  await db.updateTable('people').set({ email: 'liujianhua@baima.example' }).where('id', '=', principal.id).execute();
  await db.updateTable('people').set({ email: 'hejing@baima.example' }).where('id', '=', spokesperson.id).execute();
  await db.updateTable('users').set({ person_id: principal.id }).where('id', '=', approver.user.id).execute();
  await appoint(db, at, { unitId: units.township.id, post: 'principal', personId: principal.id, from: '2024-01-01' });
  await appoint(db, at, { unitId: units.township.id, post: 'spokesperson', personId: spokesperson.id, from: '2024-01-01' });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  /** A grade II incident with casualties in the township, occurred `minutesAgo` before the test clock. */
  const register = (minutesAgo: number, over: Record<string, unknown> = {}) =>
    api('POST', '/incidents', office.cookie, {
      title: '白马镇山体滑坡',
      kind: 'natural_disaster',
      grade: 'II',
      occurredAt: new Date(t.clock.now().getTime() - minutesAgo * 60_000).toISOString(),
      majorCasualtiesOrImpact: true,
      responsibleUnitId: units.township.id,
      fieldCommand: '白马镇山体滑坡现场指挥部',
      location: '白马镇大田村',
      confidentialityReview: { reviewer: '区政府新闻办保密员', reviewedAt: t.clock.now().toISOString() },
      ...over,
    });

  const fourParts = (over: Record<string, unknown> = {}) => ({
    title: '关于白马镇大田村山体滑坡的情况通报',
    facts: '11月26日6时许，白马镇大田村发生山体滑坡，造成3人受伤。',
    attitude: '区委区政府高度重视，全力救治伤员。',
    measures: '已转移群众46人，交通管制道路1条。',
    causes: '初步判断系持续降雨引发。',
    source: '白马镇山体滑坡现场指挥部',
    ...over,
  });

  /** Draft, review and publish an update; returns the published update. */
  const publish = async (incidentId: number, over: Record<string, unknown> = {}, cookie = office.cookie) => {
    const draft = (await api('POST', `/incidents/${incidentId}/updates`, cookie, fourParts(over))).json();
    await api('POST', `/incident-updates/${draft.id}/review`, cookie, { confidentialityReview: { reviewer: '白马镇保密员', reviewedAt: t.clock.now().toISOString() } });
    const published = await api('POST', `/incident-updates/${draft.id}/publish`, cookie);
    if (published.statusCode !== 200) throw new Error(published.body);
    return published.json();
  };

  /** Sessions end after 30 idle minutes: a test that moves the clock on logs everyone in again. */
  const advance = async (ms: number) => {
    t.clock.advance(ms);
    for (const actor of [office, leader, approver, editor, otherEditor]) actor.cookie = await sessionCookie(db, actor.user.id, t.clock.now().toISOString());
  };

  return { units, office, leader, approver, editor, otherEditor, principal, spokesperson, api, register, fourParts, publish, advance };
}
