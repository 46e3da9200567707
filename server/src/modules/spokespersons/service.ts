import { KINDS_WITH_SPOKESPERSON, districtDate, isCurrent, type SpokespersonEntry } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { SpokespersonListRow } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { allAppointments } from '../people/repository';
import { listUnits } from '../units/repository';
import { canPublishList } from './policy';

/** The list's order: the district government first, then subdistricts, townships, departments, other bodies. */
const KIND_ORDER = ['district_gov', 'subdistrict', 'township', 'department', 'public_body'];

export function presentList(row: SpokespersonListRow) {
  return {
    id: row.id,
    year: row.year,
    version: row.version,
    publishedAt: row.published_at,
    supersededAt: row.superseded_at,
    note: row.note,
    entries: JSON.parse(row.entries_json) as SpokespersonEntry[],
  };
}

/** Who holds the post today, unit by unit: the snapshot a publication freezes. */
export async function currentSpokespersons(app: AppContext): Promise<SpokespersonEntry[]> {
  const today = districtDate(app.now());
  const units = (await listUnits(app.db, false)).filter((u) => (KINDS_WITH_SPOKESPERSON as readonly string[]).includes(u.kind));
  const spokespersons = (await allAppointments(app.db)).filter((a) => a.post === 'spokesperson' && isCurrent({ from: a.from_date, to: a.to_date }, today));
  const entries: SpokespersonEntry[] = [];
  const sorted = [...units].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.sort_order - b.sort_order || a.id - b.id);
  for (const unit of sorted) {
    const holder = spokespersons.find((a) => a.unit_id === unit.id);
    if (!holder) continue;
    entries.push({
      unitId: unit.id,
      unitName: unit.name,
      personName: holder.person_name,
      title: holder.title,
      post: '新闻发言人',
      pressPhone: holder.press_phone,
    });
  }
  return entries;
}

export async function publishList(app: AppContext, rc: RequestContext, input: { year: number; note: string | null }) {
  await authorize(app, rc, canPublishList(rc.actor), 'spokesperson_lists.publish');
  const entries = await currentSpokespersons(app);
  if (entries.length === 0) throw badRequest('还没有任何单位设新闻发言人，无法公布名单');
  const at = app.now().toISOString();
  const row = await app.db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('spokesperson_lists')
      .selectAll()
      .where('year', '=', input.year)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (previous) await trx.updateTable('spokesperson_lists').set({ superseded_at: at }).where('id', '=', previous.id).execute();
    const list = await trx
      .insertInto('spokesperson_lists')
      .values({
        year: input.year,
        version: (previous?.version ?? 0) + 1,
        published_at: at,
        published_by: rc.actor.userId,
        superseded_at: null,
        note: input.note ?? (previous ? '更正' : null),
        entries_json: JSON.stringify(entries),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, {
      action: 'spokesperson_list.publish',
      entity: 'spokesperson_list',
      entityId: list.id,
      before: previous ? { id: previous.id, version: previous.version } : null,
      after: { year: input.year, version: list.version, entries: entries.length },
    });
    return list;
  });
  return presentList(row);
}

export async function listsOfYear(app: AppContext, year?: number) {
  const rows = await app.db
    .selectFrom('spokesperson_lists')
    .selectAll()
    .$if(year !== undefined, (qb) => qb.where('year', '=', year!))
    .orderBy('year', 'desc')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(presentList);
}

export async function findList(app: AppContext, id: number) {
  const row = await app.db.selectFrom('spokesperson_lists').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('新闻发言人名单');
  return presentList(row);
}
