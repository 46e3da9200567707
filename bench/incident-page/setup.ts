/**
 * A server for the incident benchmarks: the real app on a fresh SQLite file, with a public
 * grade II incident whose rolling updates went through the real API (draft, review, publish).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/database';
import { prepareDatabase } from '../../server/src/db/migrate';
import { createDistrict, loginAs } from '../../server/test/factories';
import { TEST_AUDIT_KEY, testConfig } from '../../server/test/helpers';

const PART = (n: number) =>
  `第${n}次通报：白马镇大田村三组山体滑坡现场，搜救、转移和交通管制工作正在有序进行。现场指挥部组织应急、消防、卫健、交通等部门力量开展处置，` +
  '受影响群众已妥善安置在村委会和镇中心小学，生活物资保障到位。地质专家对周边隐患点逐一排查，设立警戒区域，严防次生灾害。';

export interface IncidentServer {
  app: FastifyInstance;
  port: number;
  incidentId: number;
  cookie: string;
  /** Reviewed updates waiting to be published (for the fan-out benchmark). */
  drafts: number[];
  close(): Promise<void>;
}

export async function startIncidentServer(o: { published: number; drafts: number }): Promise<IncidentServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabutong-bench-incident-'));
  const file = path.join(dataDir, 'bench.sqlite');
  const database = openDatabase({ kind: 'sqlite', file });
  await prepareDatabase(database.kysely, new Date().toISOString());
  const config = testConfig({ dataDir, database: { kind: 'sqlite', file }, logLevel: 'silent', now: () => new Date() });
  const app = await buildApp({ config, database, auditKey: TEST_AUDIT_KEY });
  await app.ready();

  const at = new Date().toISOString();
  const units = await createDistrict(database.kysely, at);
  const { cookie } = await loginAs(database.kysely, at, 'news_office', units.district.id, { username: 'bench.office' });
  const api = async (method: 'POST', url: string, payload?: object) => {
    const res = await app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.body}`);
    return res.json() as { id: number };
  };
  const incident = await api('POST', '/incidents', {
    title: '白马镇大田村山体滑坡',
    kind: 'natural_disaster',
    grade: 'II',
    occurredAt: new Date(Date.now() - 60 * 60_000).toISOString(),
    majorCasualtiesOrImpact: true,
    responsibleUnitId: units.township.id,
    fieldCommand: '白马镇山体滑坡现场指挥部',
    location: '白马镇大田村三组',
    confidentialityReview: { reviewer: '区政府新闻办保密员', reviewedAt: at },
  });
  const draft = async (n: number) => {
    const update = await api('POST', `/incidents/${incident.id}/updates`, {
      title: `关于白马镇大田村山体滑坡的第${n}次情况通报`,
      facts: PART(n),
      attitude: '区委、区政府高度重视，主要领导第一时间赶赴现场指挥处置，要求全力救治伤员、妥善安置群众。',
      measures: '已转移群众46人，对受影响道路实施交通管制，开通24小时咨询电话023-77700000。',
      causes: '初步判断系连日降雨导致土体饱和失稳，具体原因正在调查。',
      source: '白马镇山体滑坡现场指挥部',
    });
    await api('POST', `/incident-updates/${update.id}/review`, { confidentialityReview: { reviewer: '白马镇保密员', reviewedAt: new Date().toISOString() } });
    return update.id;
  };
  for (let n = 1; n <= o.published; n++) await api('POST', `/incident-updates/${await draft(n)}/publish`);
  const drafts: number[] = [];
  for (let n = 1; n <= o.drafts; n++) drafts.push(await draft(o.published + n));

  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as { port: number }).port;
  return {
    app,
    port,
    incidentId: incident.id,
    cookie,
    drafts,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The resident set size of this process, in MB (what `ps` calls RSS). */
export function rssMb(): number {
  return process.memoryUsage().rss / 1_048_576;
}
