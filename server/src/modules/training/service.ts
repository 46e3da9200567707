/**
 * Training of spokespersons and their assistants (A12): sessions with who attended, each
 * person's history, and the units whose spokesperson had no training in the year.
 */
import { districtDate, quotaReferenceDate, type PersonTrainingView, type TrainingKind, type TrainingSessionBody, type TrainingSessionView, type UntrainedList } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, notFound } from '../../errors';
import { canManageTraining, canReadTraining, pathReadable, readableUnitPaths } from './policy';
import * as repo from './repository';

async function present(app: AppContext, rows: repo.SessionRow[]): Promise<TrainingSessionView[]> {
  const attendance = await repo.attendanceOfSessions(app.db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    heldOn: r.held_on,
    organizer: r.organizer,
    kind: r.kind as TrainingKind,
    note: r.note,
    createdAt: r.created_at,
    attendees: attendance
      .filter((a) => a.session_id === r.id)
      .map((a) => ({ personId: a.person_id, name: a.name, unitId: a.unit_id, unitName: a.unit_name, post: a.post })),
  }));
}

export async function listSessions(app: AppContext, rc: RequestContext, year: number): Promise<TrainingSessionView[]> {
  await authorize(app, rc, canReadTraining(rc.actor), 'training.read');
  return present(app, await repo.sessionsBetween(app.db, `${year}-01-01`, `${year}-12-31`));
}

export async function getSession(app: AppContext, rc: RequestContext, id: number): Promise<TrainingSessionView> {
  await authorize(app, rc, canReadTraining(rc.actor), 'training.read');
  const row = await repo.findSession(app.db, id);
  if (!row) throw notFound('培训记录');
  return (await present(app, [row]))[0]!;
}

/** Attendance rows with the unit and post each person held on the day of the session. */
async function attendanceRows(app: AppContext, personIds: number[], heldOn: string) {
  const unique = [...new Set(personIds)];
  const known = new Set((await repo.existingPeople(app.db, unique)).map((p) => p.id));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) throw badRequest('参训人员不存在', missing.map((id) => ({ path: 'personIds', message: `人员 ${id} 不存在` })));
  const posts = await repo.releasePostsOn(app.db, unique, heldOn);
  return unique.map((personId) => {
    const held = posts.find((p) => p.person_id === personId && p.post === 'spokesperson') ?? posts.find((p) => p.person_id === personId);
    return { person_id: personId, unit_id: held?.unit_id ?? null, post: held?.post ?? null };
  });
}

export async function createSession(app: AppContext, rc: RequestContext, body: TrainingSessionBody): Promise<TrainingSessionView> {
  await authorize(app, rc, canManageTraining(rc.actor), 'training.manage');
  const rows = await attendanceRows(app, body.personIds, body.heldOn);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const session = await trx
      .insertInto('training_sessions')
      .values({ topic: body.topic, held_on: body.heldOn, organizer: body.organizer, kind: body.kind, note: body.note ?? null, created_by: rc.actor.userId, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (rows.length) await trx.insertInto('training_attendance').values(rows.map((r) => ({ ...r, session_id: session.id }))).execute();
    await audit(app, rc, trx, { action: 'training.create', entity: 'training_session', entityId: session.id, after: { ...body, personIds: rows.map((r) => r.person_id) } });
    return session.id;
  });
  return getSession(app, rc, id);
}

export async function updateSession(app: AppContext, rc: RequestContext, id: number, body: TrainingSessionBody): Promise<TrainingSessionView> {
  await authorize(app, rc, canManageTraining(rc.actor), 'training.manage');
  const before = await getSession(app, rc, id);
  const rows = await attendanceRows(app, body.personIds, body.heldOn);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('training_sessions')
      .set({ topic: body.topic, held_on: body.heldOn, organizer: body.organizer, kind: body.kind, note: body.note ?? null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('training_attendance').where('session_id', '=', id).execute();
    if (rows.length) await trx.insertInto('training_attendance').values(rows.map((r) => ({ ...r, session_id: id }))).execute();
    await audit(app, rc, trx, {
      action: 'training.update',
      entity: 'training_session',
      entityId: id,
      before: { topic: before.topic, heldOn: before.heldOn, personIds: before.attendees.map((a) => a.personId) },
      after: { ...body, personIds: rows.map((r) => r.person_id) },
    });
  });
  return getSession(app, rc, id);
}

export async function personHistory(app: AppContext, rc: RequestContext, personId: number): Promise<PersonTrainingView> {
  await authorize(app, rc, canReadTraining(rc.actor), 'training.read');
  const person = await repo.findPerson(app.db, personId);
  if (!person) throw notFound('人员');
  const sessions = await repo.sessionsOfPerson(app.db, personId);
  return {
    personId,
    name: person.name,
    sessions: sessions.map((s) => ({ id: s.id, topic: s.topic, heldOn: s.held_on, organizer: s.organizer, kind: s.kind as TrainingKind, post: s.post, unitName: s.unit_name })),
  };
}

/** The day whose post holders are judged: 31 December, or today before it. */
export function referenceDateOf(app: AppContext, year: number): string {
  return quotaReferenceDate(year, districtDate(app.now()));
}

/** A12: every evaluated unit whose spokesperson attended no session in the year, or which has none (A8.2). */
export async function untrainedUnits(app: AppContext, year: number): Promise<UntrainedList> {
  const referenceDate = referenceDateOf(app, year);
  const [units, trained] = await Promise.all([repo.evaluatedUnitsWithPosts(app.db, referenceDate), repo.trainedPeople(app.db, `${year}-01-01`, `${year}-12-31`)]);
  const items: UntrainedList['items'] = [];
  for (const u of units) {
    if (!u.spokesperson) {
      items.push({ unitId: u.id, unitName: u.name, reason: 'vacant', spokesperson: null, explanation: `${u.name}未配备新闻发言人（第八条（二）），无人可参加培训` });
    } else if (!trained.has(u.spokesperson.person_id)) {
      items.push({
        unitId: u.id,
        unitName: u.name,
        reason: 'no_training',
        spokesperson: { personId: u.spokesperson.person_id, name: u.spokesperson.name },
        explanation: `${u.name}新闻发言人${u.spokesperson.name}${year}年未参加培训（第十二条）`,
      });
    }
  }
  return { year, referenceDate, items };
}

export async function listUntrained(app: AppContext, rc: RequestContext, year: number): Promise<UntrainedList> {
  await authorize(app, rc, canReadTraining(rc.actor), 'training.read');
  const paths = readableUnitPaths(rc.actor);
  const list = await untrainedUnits(app, year);
  const units = await app.db.selectFrom('units').select(['id', 'path']).execute();
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  return { ...list, items: list.items.filter((i) => pathReadable(paths, pathOf.get(i.unitId) ?? '')) };
}
