/**
 * The labelled test set (test-corpus.ts) through the search API: every query of one to four
 * characters finds exactly the documents labelled for it — recall 100 %, and nothing else —
 * ranked by relevance and sorted by date, on SQLite and PostgreSQL.
 */
import { parseQuery, type SearchResult } from '@fabutong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistrict, createOpinionItem, createRelease, createTalkingPoint, createTopic, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { CORPUS, QUERIES } from './test-corpus';

const AS_TALKING_POINT = new Set(['talking-tourist-safety', 'talking-school-fees']);
const AS_TOPIC = new Set(['topic-flood-season']);
const AS_INCIDENT = new Set(['incident-landslide']);
const AS_OPINION = new Set(['opinion-bus-route', 'opinion-canteen-price', 'opinion-scenic-queue']);

describe.each(DIALECTS)('search recall on the labelled set, %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  const keyOf = new Map<string, string>();

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const at = t.clock.now().toISOString();
    const { district, department } = await createDistrict(t.ctx.db, at);
    ({ cookie } = await loginAs(t.ctx.db, at, 'news_office', district.id));
    for (const [i, doc] of CORPUS.entries()) {
      const date = `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
      if (AS_TALKING_POINT.has(doc.key)) {
        const p = await createTalkingPoint(t.ctx.db, at, { unitId: department.id, subject: doc.title, questions: [], answer: doc.body, effectiveFrom: date });
        keyOf.set(`talking_point:${p.id}`, doc.key);
      } else if (AS_TOPIC.has(doc.key)) {
        const topic = await createTopic(t.ctx.db, at, { unitId: department.id, title: doc.title, whyNow: doc.body });
        keyOf.set(`topic:${topic.id}`, doc.key);
      } else if (AS_INCIDENT.has(doc.key)) {
        const incident = await t.ctx.db
          .insertInto('incidents')
          .values({
            title: doc.title,
            kind: 'natural_disaster',
            grade: 'IV',
            occurred_at: `${date}T02:00:00.000Z`,
            responsible_unit_id: department.id,
            field_command: null,
            location: '',
            summary: doc.body,
            status: 'active',
            created_by: null,
            created_at: at,
            updated_at: at,
            closed_at: null,
            closed_reason: null,
            not_public_reason: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        keyOf.set(`incident:${incident.id}`, doc.key);
      } else if (AS_OPINION.has(doc.key)) {
        const item = await createOpinionItem(t.ctx.db, at, { title: doc.title, unitId: department.id, firstSeenAt: `${date}T02:00:00.000Z` });
        // What was seen is the text; the source is left out so that only the labelled words are there.
        await t.ctx.db.updateTable('opinion_items').set({ excerpt: doc.body, source: '' }).where('id', '=', item.id).execute();
        keyOf.set(`opinion:${item.id}`, doc.key);
      } else {
        const r = await createRelease(t.ctx.db, at, { unitId: department.id, title: doc.title, body: doc.body, date });
        if (doc.transcript) await t.ctx.db.updateTable('releases').set({ transcript: doc.transcript }).where('id', '=', r.id).execute();
        keyOf.set(`release:${r.id}`, doc.key);
      }
    }
  });
  afterAll(async () => t.close());

  it('has at least 50 labelled queries of one to four characters', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(50);
    for (const n of [1, 2, 3, 4]) expect(QUERIES.filter((q) => parseQuery(q.q).some((term) => [...term.text].length === n)).length).toBeGreaterThan(0);
  });

  for (const sort of ['relevance', 'date'] as const) {
    it(`finds exactly the labelled documents for every query, ${sort} order`, async () => {
      const misses: string[] = [];
      for (const query of QUERIES) {
        const res = await t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent(query.q)}&sort=${sort}&pageSize=50`, headers: { cookie } });
        expect(res.statusCode).toBe(200);
        const body = res.json<SearchResult>();
        const found = body.items.map((h) => keyOf.get(`${h.kind}:${h.refId}`) ?? `?${h.kind}:${h.refId}`).sort();
        const expected = [...query.expect].sort();
        if (JSON.stringify(found) !== JSON.stringify(expected)) misses.push(`${query.q}: expected ${expected.join(',')} got ${found.join(',')}`);
        expect(body.total).toBe(found.length);
      }
      expect(misses).toEqual([]);
    });
  }
});
