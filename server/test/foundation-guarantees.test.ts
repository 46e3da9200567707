/**
 * Foundation guarantees of issue 2 that no capability test shows: database settings, password
 * storage, logs without secrets, graceful shutdown, the audit key outside the database, users
 * linked to people and the portal shell. Each test fails when its guarantee is removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap } from '../src/bootstrap';
import { openDatabase } from '../src/db/database';
import { prepareDatabase } from '../src/db/migrate';
import { loadAuditKey } from '../src/modules/audit/trail';
import { hashPassword, verifyPassword } from '../src/modules/auth/passwords';
import { SESSION_COOKIE } from '../src/modules/auth/service';
import { createDistrict, createPerson, loginAs } from './factories';
import { buildTestApp, createTestDatabase, DIALECTS, snapshotTables, testConfig, type TestApp } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabutong-found-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** The session token a login response sets. */
function sessionToken(setCookie: string | string[] | undefined): string {
  const header = [setCookie ?? []].flat().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error('no session cookie set');
  return header.slice(SESSION_COOKIE.length + 1).split(';')[0]!;
}

describe('SQLite file database settings', () => {
  it('runs in WAL mode with synchronous=FULL and a busy timeout', async () => {
    const db = openDatabase({ kind: 'sqlite', file: path.join(tempDir(), 'settings.sqlite') });
    try {
      const pragma = async (name: string) => (await sql.raw(`pragma ${name}`).execute(db.kysely)).rows[0] as Record<string, unknown>;
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('synchronous')).toEqual({ synchronous: 2 });
      expect(Number((await pragma('busy_timeout')).timeout)).toBeGreaterThan(0);
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    } finally {
      await db.close();
    }
  });

  it('takes the write lock when a transaction begins (BEGIN IMMEDIATE), before its first write', async () => {
    const file = path.join(tempDir(), 'immediate.sqlite');
    const db = openDatabase({ kind: 'sqlite', file });
    await prepareDatabase(db.kysely, new Date().toISOString());
    // A second connection that does not wait: a held write lock shows at once as SQLITE_BUSY.
    const other = new SqliteDatabase(file, { timeout: 0 });
    const otherWrite = () =>
      other
        .prepare(`insert into people (name, press_phone, created_at, updated_at) values ('乙', '023-77700001', '2026-01-01', '2026-01-01')`)
        .run();
    try {
      let duringTransaction: unknown = null;
      await db.kysely.transaction().execute(async (trx) => {
        // Only a read so far: a deferred BEGIN would hold no write lock yet.
        await trx.selectFrom('people').select('id').execute();
        try {
          otherWrite();
          duringTransaction = 'written';
        } catch (err) {
          duringTransaction = (err as { code?: string }).code;
        }
      });
      expect(duringTransaction).toBe('SQLITE_BUSY');
      // Once the transaction ends, the other connection writes.
      expect(otherWrite().changes).toBe(1);
    } finally {
      other.close();
      await db.close();
    }
  });
});

describe('PostgreSQL pool settings', () => {
  it('gives up connecting to an unresponsive server after the connection timeout', async () => {
    // Accepts TCP connections and never answers the start-up message.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const db = openDatabase({ kind: 'postgres', url: `postgres://nobody@127.0.0.1:${port}/none` });
    try {
      const started = Date.now();
      expect(await db.ping()).toBe(false);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(3_000);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      await db.close().catch(() => undefined);
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 20_000);

  // Runs where the other tests run on PostgreSQL (DATABASE_URL set).
  it.each(DIALECTS.filter((d) => d === 'postgres'))('sets statement and idle-in-transaction timeouts on every pooled connection (%s)', async () => {
    const db = openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL! });
    try {
      const show = async (name: string) => Object.values((await sql.raw(`show ${name}`).execute(db.kysely)).rows[0] as object)[0];
      expect(await show('statement_timeout')).toBe('30s');
      expect(await show('idle_in_transaction_session_timeout')).toBe('1min');
      expect(await show('application_name')).toBe('fabutong');
    } finally {
      await db.close();
    }
  });
});

describe('password storage', () => {
  it('hashes with scrypt and a random salt; both hashes verify, a wrong password does not', async () => {
    const a = await hashPassword('Baima#2026x');
    const b = await hashPassword('Baima#2026x');
    expect(a).not.toBe(b);
    const [kdf, n, r, p, salt, hash] = a.split('$');
    expect(kdf).toBe('scrypt');
    expect(Number(n)).toBeGreaterThanOrEqual(2 ** 14);
    expect([r, p]).toEqual(['8', '1']);
    expect(Buffer.from(salt!, 'base64').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(hash!, 'base64').length).toBeGreaterThanOrEqual(32);
    expect(salt).not.toBe(b.split('$')[4]);
    expect(await verifyPassword('Baima#2026x', a)).toBe(true);
    expect(await verifyPassword('Baima#2026x', b)).toBe(true);
    expect(await verifyPassword('Baima#2026X', a)).toBe(false);
    expect(a).not.toContain('Baima#2026x');
  });

  describe.each(DIALECTS)('on %s', (dialect) => {
    let t: TestApp;
    beforeEach(async () => {
      t = await buildTestApp(dialect);
    });
    afterEach(async () => t.close());

    it('keeps no plain password anywhere in the database for a user created through the API', async () => {
      const at = t.clock.now().toISOString();
      const admin = await loginAs(t.ctx.db, at, 'admin', null);
      const password = 'Plain#Secret7q';
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie: admin.cookie },
        payload: { username: 'liufang', displayName: '刘芳', password, grants: [] },
      });
      expect(res.statusCode).toBe(201);
      const row = await t.ctx.db.selectFrom('users').selectAll().where('username', '=', 'liufang').executeTakeFirstOrThrow();
      expect(row.password_hash.startsWith('scrypt$')).toBe(true);
      expect(await verifyPassword(password, row.password_hash)).toBe(true);
      expect(JSON.stringify(row)).not.toContain(password);
      expect(JSON.stringify(await snapshotTables(t, []))).not.toContain(password);
      expect(res.body).not.toContain(password);
    });
  });
});

describe.each(DIALECTS)('logs without secrets on %s', (dialect) => {
  let t: TestApp;
  const lines: string[] = [];
  beforeEach(async () => {
    lines.length = 0;
    t = await buildTestApp(dialect, {
      config: { logLevel: 'trace' },
      // A careless handler that logs the request it was sent, as a debugging aid might.
      routes: (app) =>
        app.post('/test/echo-log', async (request) => {
          request.log.info({ req: request, body: request.body }, 'careless log');
          return { ok: true };
        }),
    });
    // The app's own pino logger, with its own redaction, writes to this sink instead of stdout.
    (t.app.log as unknown as Record<symbol, unknown>)[pino.symbols.streamSym] = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
  });
  afterEach(async () => t.close());

  it('logs a login and requests with the session cookie but never the password or the cookie', async () => {
    const at = t.clock.now().toISOString();
    const units = await createDistrict(t.ctx.db, at);
    const password = 'Log#Secret42z';
    const admin = await loginAs(t.ctx.db, at, 'admin', null);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: { username: 'wangli', displayName: '王丽', password, grants: [{ role: 'news_office', unitId: units.district.id }] },
    });
    expect(created.statusCode).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wangli', password } });
    expect(login.statusCode).toBe(200);
    const token = sessionToken(login.headers['set-cookie']);
    const cookie = `${SESSION_COOKIE}=${token}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wangli', password: `${password}x` } });
    expect(wrong.statusCode).toBe(401);
    const echoed = await t.app.inject({
      method: 'POST',
      url: '/test/echo-log',
      headers: { cookie, authorization: `Bearer ${token}` },
      payload: { username: 'wangli', password },
    });
    expect(echoed.statusCode).toBe(200);

    const log = lines.join('');
    // Something was logged: the requests, and the careless handler's line with the password censored.
    expect(log).toContain('/api/v1/auth/login');
    const careless = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'careless log');
    expect(careless.body).toEqual({ username: 'wangli', password: '[已隐藏]' });
    expect(careless.req).toMatchObject({ method: 'POST', url: '/test/echo-log' });
    expect(log).not.toContain(password);
    expect(log).not.toContain(token);
    expect(log).not.toContain(admin.cookie.split('=')[1]);
  });
});

describe('the audit key lives outside the database', () => {
  it.each(DIALECTS)('is generated into DATA_DIR/secrets/audit.key (0600) at start-up and stored in no table (%s)', async (dialect) => {
    const database = await createTestDatabase(dialect);
    try {
      const config = testConfig({ adminPassword: 'Keeper#Pass2026' });
      tempDirs.push(config.dataDir);
      const key = loadAuditKey(undefined, config.dataDir);
      expect(await bootstrap(database.db.kysely, config, key)).toEqual({ created: 'admin' });
      const file = path.join(config.dataDir, 'secrets', 'audit.key');
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o077).toBe(0);
      const content = fs.readFileSync(file, 'utf8').trim();
      expect(content.length).toBeGreaterThanOrEqual(32);
      expect(key.toString('utf8')).toBe(content);
      // Restarting reads the same key back.
      expect(loadAuditKey(undefined, config.dataDir).equals(key)).toBe(true);
      // The bootstrap wrote an audit record signed with it, yet no row holds the key.
      const tables = (await database.db.kysely.introspection.getTables()).map((t) => t.name);
      const dump: string[] = [];
      for (const name of tables) dump.push(JSON.stringify(await database.db.kysely.selectFrom(name as 'users').selectAll().execute()));
      expect(dump.join('\n')).toContain('system.bootstrap_admin');
      for (const form of [content, key.toString('base64'), key.toString('hex')]) expect(dump.join('\n')).not.toContain(form);
    } finally {
      await database.drop();
    }
  });
});

describe.each(DIALECTS)('users linked to people on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('a user created with a personId sees that person in /auth/me', async () => {
    const at = t.clock.now().toISOString();
    const admin = await loginAs(t.ctx.db, at, 'admin', null);
    const person = await createPerson(t.ctx.db, at, { name: '陈刚' });
    const password = 'Linked#Pass26';
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload: { username: 'chengang', displayName: '陈刚', personId: person.id, password, grants: [] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().personId).toBe(person.id);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'chengang', password } });
    expect(login.statusCode).toBe(200);
    const cookie = `${SESSION_COOKIE}=${sessionToken(login.headers['set-cookie'])}`;
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'chengang', personId: person.id });
    // An account without a person has none.
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: admin.cookie } });
    expect(plain.json().personId).toBeNull();
  });
});

describe.each(DIALECTS)('portal shell on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    await createDistrict(t.ctx.db, t.clock.now().toISOString());
  });
  afterEach(async () => t.close());

  it('shows the district, the navigation and the footer on the home page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const page = res.body;
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('重庆市武隆区人民政府新闻发布');
    const nav = page.slice(page.indexOf('<nav class="main"'), page.indexOf('</nav>'));
    for (const [href, label] of [
      ['/', '首页'],
      ['/releases', '新闻发布'],
      ['/conferences', '新闻发布会'],
      ['/spokespersons', '新闻发言人名单'],
      ['/interviews', '记者采访申请'],
      ['/search', '站内搜索'],
    ]) {
      expect(nav).toMatch(new RegExp(`<a href="${href}"[^>]*>${label}</a>`));
    }
    expect(nav).toMatch(/<a href="\/" aria-current="page">首页<\/a>/);
    const footer = page.slice(page.indexOf('<footer>'), page.indexOf('</footer>'));
    expect(footer).toContain('主办：武隆区人民政府新闻办公室');
    expect(footer).toContain('<a href="/console/">工作人员登录</a>');
  });
});

/** The real server as operators run it: a process of its own on a fresh data directory. */
describe('the server process', () => {
  let child: ChildProcess;
  let port: number;
  let output = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  const base = () => `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tempDir(), DEMO: '1', LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    delete env.AUDIT_KEY;
    delete env.NODE_OPTIONS;
    child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
      const ready = await fetch(`${base()}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`server not ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 90_000);

  afterAll(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  const post = (url: string, body: object, cookie?: string) =>
    fetch(`${base()}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });

  it('logs a password login without the password or the session cookie (LOG_LEVEL=info)', async () => {
    // The start-up banner prints the demo password, so the secret here is a new one set through the API.
    const first = await post('/api/v1/auth/login', { username: 'lingdao', password: 'Wulong@2026' });
    expect(first.status).toBe(200);
    const firstToken = sessionToken(first.headers.getSetCookie());
    const secret = `Nw#${crypto.randomBytes(6).toString('hex')}`;
    expect((await post('/api/v1/auth/password', { currentPassword: 'Wulong@2026', newPassword: secret }, `${SESSION_COOKIE}=${firstToken}`)).status).toBe(200);
    const login = await post('/api/v1/auth/login', { username: 'lingdao', password: secret });
    expect(login.status).toBe(200);
    const token = sessionToken(login.headers.getSetCookie());
    expect((await fetch(`${base()}/api/v1/auth/me`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const logLines = output.split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.some((l) => l.includes('/api/v1/auth/login'))).toBe(true);
    for (const hidden of [secret, token, firstToken, 'Wulong@2026']) expect(logLines.join('\n')).not.toContain(hidden);
    expect(output).not.toContain(secret);
  });

  it('on SIGTERM finishes the request in flight and exits with code 0', async () => {
    const body = JSON.stringify({ username: 'lingdao', password: 'not-the-password' });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${base()}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      // Half the body now: the server has the request and waits for the rest.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 500);
    });
    const res = await response;
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).title).toBeTruthy();
    const started = Date.now();
    const { code, signal } = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(10_000);
    // Stopped listening: no new connections.
    await expect(fetch(`${base()}/readyz`)).rejects.toThrow();
  }, 30_000);
});
