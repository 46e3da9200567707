/**
 * bench/incident-page — the public incident page under load, beside a bare Fastify route that
 * returns the same bytes, measured in the same run. The load comes from autocannon in another
 * process; the servers run in processes of their own.
 *
 * Goal (issue 6): ≥ 70 % of the bare route's requests/s, p99 ≤ 50 ms at 100 connections, 0 errors.
 *
 *   npm run bench:incident-page -w bench
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { bundled } from './bundle';

const here = import.meta.dirname;
const autocannon = path.resolve(here, '../../node_modules/autocannon/autocannon.js');
const DURATION_S = Number(process.env.DURATION ?? 10);
const CONNECTIONS = [100, 1000];
const log = (line: string) => process.stdout.write(`${line}\n`);

async function start(script: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; port: number; path: string }> {
  const file = await bundled(path.join(here, script), `incident-page-${path.basename(script, '.ts')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, ...(JSON.parse(line) as { port: number; path: string }) });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
}

function load(url: string, connections: number, seconds: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [autocannon, '-c', String(connections), '-d', String(seconds), '-j', url], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('exit', () => {
      try {
        const r = JSON.parse(out) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number; throughput: { average: number } };
        resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, bytes: r.throughput.average });
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  });
}

const app = await start('server.ts');
const pageUrl = `http://127.0.0.1:${app.port}${app.path}`;
const response = await fetch(pageUrl);
const page = Buffer.from(await response.arrayBuffer());
const SET_BY_FASTIFY = new Set(['content-length', 'date', 'connection', 'keep-alive']);
const headers = Object.fromEntries([...response.headers].filter(([name]) => !SET_BY_FASTIFY.has(name)));
const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fabutong-bench-page-')), 'page.html');
fs.writeFileSync(bodyFile, page);
const bare = await start('bare.ts', { BODY_FILE: bodyFile, HEADERS: JSON.stringify(headers) });
const bareUrl = `http://127.0.0.1:${bare.port}${bare.path}`;

log(`bench/incident-page — ${app.path}, ${page.length} bytes of HTML (${os.cpus().length} cores, Node ${process.version}, SQLite)`);
log(`autocannon in its own process, ${DURATION_S} s per measurement after a 3 s warm-up`);
await load(bareUrl, 100, 3);
await load(pageUrl, 100, 3);

const rows: { connections: number; bare: Result; page: Result }[] = [];
for (const connections of CONNECTIONS) {
  const b = await load(bareUrl, connections, DURATION_S);
  const p = await load(pageUrl, connections, DURATION_S);
  rows.push({ connections, bare: b, page: p });
}

log('');
log('connections  route            req/s     p50 ms  p99 ms  errors  non-2xx');
for (const { connections, bare: b, page: p } of rows) {
  const line = (name: string, r: Result) =>
    `${String(connections).padStart(11)}  ${name.padEnd(15)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${String(r.errors).padStart(6)}  ${String(r.non2xx).padStart(7)}`;
  log(line('bare Fastify', b));
  log(line('incident page', p));
  log(`${' '.repeat(13)}ratio: ${((p.rps / b.rps) * 100).toFixed(1)} % of the bare route's req/s, p99 ${(p.p99 / Math.max(b.p99, 1)).toFixed(2)}×`);
}
const at100 = rows.find((r) => r.connections === 100)!;
const met = at100.page.rps / at100.bare.rps >= 0.7 && at100.page.p99 <= 50 && rows.every((r) => r.page.errors === 0 && r.page.non2xx === 0);
log(`goal (≥ 70 % of bare req/s, p99 ≤ 50 ms at 100 connections, 0 errors): ${met ? 'met' : 'NOT met'}`);

for (const child of [app.child, bare.child]) child.kill('SIGTERM');
fs.rmSync(path.dirname(bodyFile), { recursive: true, force: true });
