/**
 * bench/sse-fanout — 10,000 subscribers of one incident's live page (the clients in other
 * processes): the time from publishing an update to the last subscriber receiving it, p50/p99/max
 * over 10 publishes, and the server's memory; beside a bare node:http SSE server measured in
 * the same run, with an event of the same size.
 *
 * Goal (issue 6): the last subscriber within 500 ms and within 2.5× the baseline, server memory under 300 MB.
 *
 *   npm run bench:sse-fanout -w bench          (SUBSCRIBERS=… PUBLISHES=… to change the load)
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bundled } from '../incident-page/bundle';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 10_000);
const CLIENT_PROCESSES = Number(process.env.CLIENT_PROCESSES ?? 4);
const PUBLISHES = Number(process.env.PUBLISHES ?? 10);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** A server in a process of its own, bundled and run by plain node as in production. */
async function startServer(script: string): Promise<{ child: ChildProcess; port: number; events: string; cookie?: string; drafts?: number[] }> {
  const file = await bundled(path.join(here, script), `sse-fanout-${path.basename(script, '.ts')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, ...JSON.parse(line) });
    });
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}`)));
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

interface Clients {
  children: ChildProcess[];
  /** Resolves with the time the last subscriber of all processes received the next new event. */
  nextEvent(): Promise<Arrival>;
  close(): void;
}

interface Arrival {
  id: string;
  last: number;
  bytes: number;
  data: string;
}

async function connectClients(url: string): Promise<Clients> {
  const per = Math.ceil(SUBSCRIBERS / CLIENT_PROCESSES);
  const children = Array.from({ length: CLIENT_PROCESSES }, (_, i) =>
    fork(path.join(here, 'clients.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, URL: url, COUNT: String(Math.min(per, SUBSCRIBERS - i * per)) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    }),
  );
  const reports = new Map<string, Arrival & { n: number }>();
  let waiting: ((e: Arrival) => void) | null = null;
  const done: Arrival[] = [];
  let connected = 0;
  let failed = 0;
  await new Promise<void>((resolve) => {
    let ready = 0;
    for (const child of children) {
      child.on('message', (m: Arrival & { type: string; connected: number; failed: number }) => {
        if (m.type === 'connected') {
          connected += m.connected;
          failed += m.failed;
          if (++ready === children.length) resolve();
          return;
        }
        const r = reports.get(m.id) ?? { id: m.id, n: 0, last: 0, bytes: m.bytes, data: m.data };
        r.n++;
        r.last = Math.max(r.last, m.last);
        reports.set(m.id, r);
        if (r.n === children.length) {
          const event = { id: m.id, last: r.last, bytes: r.bytes, data: r.data };
          if (waiting) {
            waiting(event);
            waiting = null;
          } else done.push(event);
        }
      });
    }
  });
  log(`  ${connected} subscribers connected from ${CLIENT_PROCESSES} processes${failed ? `, ${failed} failed` : ''}`);
  return {
    children,
    nextEvent: () => (done.length ? Promise.resolve(done.shift()!) : new Promise((resolve) => (waiting = resolve))),
    close: () => children.forEach((c) => c.kill()),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Measurement {
  latencies: number[];
  idleMb: number;
  loadedMb: number;
  bytes: number;
  data: string;
}

async function measure(label: string, script: string, publish: (server: Awaited<ReturnType<typeof startServer>>, k: number) => Promise<void>): Promise<Measurement> {
  log(`\n${label}`);
  const server = await startServer(script);
  await pause(500);
  const idleMb = rssMb(server.child.pid!);
  const clients = await connectClients(`http://127.0.0.1:${server.port}${server.events}`);
  await pause(1000);
  const latencies: number[] = [];
  let bytes = 0;
  let data = '';
  // The first publish warms up both ends (code paths compiled, buffers grown) and is not counted.
  for (let k = 0; k <= PUBLISHES; k++) {
    const started = Date.now();
    const arrived = clients.nextEvent();
    await publish(server, k);
    const event = await arrived;
    bytes = event.bytes;
    data = event.data;
    if (k > 0) latencies.push(event.last - started);
    await pause(300);
  }
  const loadedMb = rssMb(server.child.pid!);
  clients.close();
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  const sorted = [...latencies].sort((a, b) => a - b);
  log(`  publish → last subscriber: p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms (${PUBLISHES} publishes, ${bytes} bytes per event)`);
  log(`    in order: ${latencies.join(', ')} ms`);
  log(`  server memory (RSS): ${idleMb.toFixed(0)} MB idle → ${loadedMb.toFixed(0)} MB with ${SUBSCRIBERS} subscribers (${(((loadedMb - idleMb) / SUBSCRIBERS) * 1000).toFixed(1)} MB per 1,000)`);
  return { latencies: sorted, idleMb, loadedMb, bytes, data };
}

log(`bench/sse-fanout — ${SUBSCRIBERS} subscribers, ${PUBLISHES} publishes (Node ${process.version})`);
const app = await measure(
  'incident page (/incidents/{id}/events): publish = POST /api/v1/incident-updates/{id}/publish, SQLite',
  'server.ts',
  async (server, k) => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/incident-updates/${server.drafts![k]}/publish`, { method: 'POST', headers: { cookie: server.cookie! } });
    if (!res.ok) throw new Error(await res.text());
  },
);
// The baseline sends the very event the app sent last, so both carry the same bytes.
const bare = await measure(
  'baseline: bare node:http SSE server, publish = POST /publish',
  'bare.ts',
  async (server) => {
    const res = await fetch(`http://127.0.0.1:${server.port}/publish`, { method: 'POST', body: app.data });
    if (!res.ok) throw new Error(String(res.status));
  },
);

const p = (m: Measurement, q: number) => percentile(m.latencies, q);
log('');
log(`ratio to the baseline: p50 ${(p(app, 50) / Math.max(1, p(bare, 50))).toFixed(2)}×, p99 ${(p(app, 99) / Math.max(1, p(bare, 99))).toFixed(2)}×, max ${(app.latencies.at(-1)! / Math.max(1, bare.latencies.at(-1)!)).toFixed(2)}×`);
const met = app.latencies.at(-1)! <= 500 && p(app, 99) <= 2.5 * p(bare, 99) && app.loadedMb < 300;
log(`goal (last subscriber within 500 ms and 2.5× the baseline, memory under 300 MB): ${met ? 'met' : 'NOT met'}`);
process.exit(0);
