/**
 * Every write route, sent 200 malformed requests by fast-check: not one answer may be
 * a 5xx, every answer is problem+json in Chinese, and not one row may change.
 */
import fc from 'fast-check';
import type { ZodType } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from './helpers';
import { createDistrict, loginAs } from './factories';

/**
 * A malformed body is refused by the route's schema before any handler reads the database, so
 * the full 200 per route run once, on SQLite; on PostgreSQL a sample shows that the same
 * refusals write nothing there either.
 */
const RUNS = { sqlite: 200, postgres: 40 } as const;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function keysOf(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Candidate bodies; those the route's own schema would accept are discarded, so each one sent is malformed. */
function malformedBodies(schema: ZodType | undefined) {
  const known = keysOf(schema);
  const candidate = fc.oneof(
    fc.anything(),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.anything(), { minKeys: 1, maxKeys: 5 }),
    known.length
      ? fc.record(Object.fromEntries(known.map((k) => [k, fc.anything()])), { requiredKeys: [] })
      : fc.constant('not-an-object'),
    fc.record(Object.fromEntries(known.map((k) => [k, fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()))])), {
      requiredKeys: [],
    }),
  );
  // Judged as sent: JSON drops undefined values, so `{ "": undefined }` arrives as `{}`.
  return candidate.filter((body) => !schema || !schema.safeParse(JSON.parse(JSON.stringify(body) ?? 'null')).success);
}

describe.each(DIALECTS)('malformed input on %s', (dialect) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    const at = t.clock.now().toISOString();
    await createDistrict(t.ctx.db, at);
    ({ cookie } = await loginAs(t.ctx.db, at, 'admin', null));
  });
  afterAll(async () => t.close());

  it('finds write routes to test', () => {
    expect(t.app.apiRoutes.filter((r) => WRITE_METHODS.has(r.method)).length).toBeGreaterThan(5);
  });

  it(`answers ${RUNS[dialect]}+ malformed bodies per write route with a 4xx problem and writes nothing`, { timeout: 600_000 }, async () => {
    const before = await snapshotTables(t);
    const writeRoutes = t.app.apiRoutes.filter((r) => WRITE_METHODS.has(r.method));
    for (const route of writeRoutes) {
      const url = route.url.replace(/:(\w+)/g, '1');
      const bodySchema = route.schema?.body as ZodType | undefined;
      if (route.url.includes(':')) {
        for (const bad of ['abc', '-1', '0', '1.5', '99999999999999999999']) {
          const res = await t.app.inject({ method: route.method as 'POST', url: route.url.replace(/:(\w+)/g, bad), payload: {}, headers: { cookie } });
          expect(res.statusCode, `${route.method} ${route.url} id=${bad}`).toBe(400);
        }
      }
      // Action routes that take no body (log out, unlock …) have nothing malformed to send.
      if (!bodySchema) continue;
      await fc.assert(
        fc.asyncProperty(malformedBodies(bodySchema), async (body) => {
          const res = await t.app.inject({ method: route.method as 'POST', url, payload: JSON.stringify(body), headers: { cookie, 'content-type': 'application/json' } });
          expect(res.statusCode, `${route.method} ${route.url} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, `${route.method} ${route.url} ${JSON.stringify(body)}`).toBeLessThan(500);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
          expect(res.json().title).toMatch(/[\u4e00-\u9fff]/);
        }),
        { numRuns: RUNS[dialect] },
      );
      for (const raw of ['{', '{"a":', 'null', '[]', '"text"', '']) {
        const res = await t.app.inject({ method: route.method as 'POST', url, payload: raw, headers: { cookie, 'content-type': 'application/json' } });
        expect(res.statusCode, `${route.method} ${route.url} ${raw}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${route.method} ${route.url} ${raw}`).toBeLessThan(500);
      }
    }
    expect(await snapshotTables(t)).toEqual(before);
  });
});
