import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { createDistrict, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('operations endpoints on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('reports liveness and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('is not ready when the database is gone', async () => {
    await t.app.database.close();
    const res = await t.app.inject('/readyz');
    expect(res.statusCode).toBe(503);
  });

  it('serves metrics to loopback and administrators only', async () => {
    const loop = await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(loop.statusCode).toBe(200);
    expect(loop.body).toContain('http_request_duration_seconds');
    const remote = await t.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(403);
    const proxied = await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '8.8.8.8' } });
    expect(proxied.statusCode).toBe(403);
    const { district } = await createDistrict(t.ctx.db, t.clock.now().toISOString());
    const admin = await loginAs(t.ctx.db, t.clock.now().toISOString(), 'admin', null);
    const office = await loginAs(t.ctx.db, t.clock.now().toISOString(), 'news_office', district.id);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { cookie: admin.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/metrics', remoteAddress: '10.1.2.3', headers: { cookie: office.cookie } })).statusCode).toBe(403);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject('/');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('rate-limits login attempts per address', async () => {
    await t.close();
    t = await buildTestApp(dialect, { config: { loginRateLimitPerMinute: 3 } });
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429]);
  });

  it('publishes the OpenAPI document and its docs page', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/auth/login');
    expect((await t.app.inject('/api/v1/docs/')).statusCode).toBe(200);
  });

  it('answers unknown addresses with a Chinese problem', async () => {
    const res = await t.app.inject('/nowhere');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().title).toBe('未找到');
  });
});
