/**
 * Keeps the index in step with its sources. A service calls `indexSearchDocuments` inside the
 * transaction that changes the record, so the record and its index entry commit together.
 * Writers that do not (another module, a script, a migration) leave the record in
 * `search_queue` — a trigger puts it there in their transaction — and `drainSearchQueue`
 * indexes it before the next search reads the index.
 */
import { documentTokens, type SearchKind } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import { deleteSearchTokens, writeSearchTokens } from '../../db/search-dialect';
import { SEARCH_SOURCES, searchKey, type SourceDocument } from './registry';

const BATCH = 200;

/** Index (or re-index, or remove) these records of one kind, in the caller's transaction. */
export async function indexSearchDocuments(app: Pick<AppContext, 'now'>, trx: Kysely<Database>, kind: SearchKind, ids: number[]): Promise<void> {
  const source = SEARCH_SOURCES.find((s) => s.kind === kind);
  if (!source || ids.length === 0) return;
  const docs = await source.load(trx, ids);
  const existing = new Map(
    (await trx.selectFrom('search_documents').select(['id', 'ref_id']).where('kind', '=', kind).where('ref_id', 'in', ids).execute()).map((r) => [r.ref_id, Number(r.id)]),
  );
  const at = app.now().toISOString();
  for (const doc of docs) {
    await writeDocument(trx, kind, doc, existing.get(doc.refId), at);
    existing.delete(doc.refId);
  }
  // What the source no longer returns is gone.
  for (const key of existing.values()) {
    await deleteSearchTokens(trx, key);
    await trx.deleteFrom('search_documents').where('id', '=', key).execute();
  }
  await trx.deleteFrom('search_queue').where('kind', '=', kind).where('ref_id', 'in', ids).execute();
}

async function writeDocument(trx: Kysely<Database>, kind: SearchKind, doc: SourceDocument, oldKey: number | undefined, at: string) {
  const key = searchKey(doc.date, kind, doc.refId);
  const title = doc.title;
  const body = doc.text;
  const values = { kind, ref_id: doc.refId, unit_id: doc.unitId, is_public: doc.openToAll ? 1 : 0, date: doc.date, year: Number(doc.date.slice(0, 4)), title, body, link: doc.link, indexed_at: at };
  if (oldKey !== undefined && oldKey !== key) {
    // A new date moves the document to a new key.
    await deleteSearchTokens(trx, oldKey);
    await trx.deleteFrom('search_documents').where('id', '=', oldKey).execute();
  }
  if (oldKey === key) await trx.updateTable('search_documents').set(values).where('id', '=', key).execute();
  else await trx.insertInto('search_documents').values({ id: key, ...values }).execute();
  await writeSearchTokens(trx, key, documentTokens(title, body), oldKey === key);
}

/** Indexes every queued record; cheap (one indexed read) when nothing is queued, as is usual. */
export async function drainSearchQueue(app: AppContext): Promise<number> {
  let total = 0;
  for (;;) {
    const waiting = await app.db.selectFrom('search_queue').select('ref_id').limit(1).executeTakeFirst();
    if (!waiting) return total;
    const done = await app.db.transaction().execute(async (trx) => {
      const batch = await trx
        .selectFrom('search_queue')
        .selectAll()
        .orderBy('kind')
        .orderBy('ref_id')
        .limit(BATCH)
        .$if(app.dialect === 'postgres', (qb) => qb.forUpdate().skipLocked())
        .execute();
      const byKind = new Map<string, number[]>();
      for (const row of batch) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row.ref_id]);
      for (const [kind, ids] of byKind) {
        if (SEARCH_SOURCES.some((s) => s.kind === kind)) await indexSearchDocuments(app, trx, kind as SearchKind, ids);
        else await trx.deleteFrom('search_queue').where('kind', '=', kind).where('ref_id', 'in', ids).execute();
      }
      return batch.length;
    });
    total += done;
    // Another server holds the rest (PostgreSQL): it indexes them.
    if (done < BATCH) return total;
  }
}
