// Embedding is allowed only for EMBED_ALLOWED_ORIGINS: the /embed page may be framed by a listed
// origin it names, the API answers CORS from those origins only, and without any origin the app
// keeps refusing to be framed (security-headers.test.ts checks every other response).
import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../services/context.js';
import { buildServer } from './server.js';

const ctx = { db: null, now: () => Date.now() } as unknown as ServiceContext;
const deny = async () => {
  throw new Error('no tokens here');
};
const HOST = 'https://app.example.com';
const OTHER = 'https://evil.example';

describe('embedding', () => {
  let root: string;
  let open: FastifyInstance;
  let closed: FastifyInstance;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'embed-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(root, 'embed.js'), '// sizing');
    const base = { ctx, authenticate: deny, logLevel: 'silent', webRoot: root };
    open = buildServer({ ...base, embedOrigins: [HOST, 'http://localhost:5173'] });
    closed = buildServer(base);
    await Promise.all([open.ready(), closed.ready()]);
  });
  afterAll(async () => {
    await Promise.all([open.close(), closed.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  const framing = (res: { headers: Record<string, unknown> }) => ({
    ancestors: /frame-ancestors ([^;]+)/.exec(String(res.headers['content-security-policy']))?.[1],
    xfo: res.headers['x-frame-options'],
  });

  it('lets a listed origin frame /embed when the page names it, and no one else', async () => {
    const ok = await open.inject({ url: `/embed?origin=${encodeURIComponent(HOST)}&period=7d` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('id="root"');
    expect(framing(ok)).toEqual({ ancestors: HOST, xfo: undefined });
    // The rest of the policy is the app's.
    expect(String(ok.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(ok.headers['content-security-policy'])).not.toMatch(/unsafe-inline/);
    for (const url of [
      `/embed?origin=${encodeURIComponent(OTHER)}`,
      '/embed',
      `/embed?origin=*`,
      `/?origin=${encodeURIComponent(HOST)}`,
      `/embed/x?origin=${encodeURIComponent(HOST)}`,
    ]) {
      expect(framing(await open.inject({ url })), url).toEqual({
        ancestors: "'none'",
        xfo: 'DENY',
      });
    }
  });

  it('keeps refusing to be framed without EMBED_ALLOWED_ORIGINS', async () => {
    const res = await closed.inject({ url: `/embed?origin=${encodeURIComponent(HOST)}` });
    expect(framing(res)).toEqual({ ancestors: "'none'", xfo: 'DENY' });
    const pre = await closed.inject({
      method: 'OPTIONS',
      url: '/api/usage/history',
      headers: { origin: HOST, 'access-control-request-method': 'GET' },
    });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers CORS on the API for listed origins only', async () => {
    const preflight = (origin: string) =>
      open.inject({
        method: 'OPTIONS',
        url: '/api/usage/history?period=7d',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const ok = await preflight(HOST);
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(HOST);
    expect(String(ok.headers['access-control-allow-headers'])).toContain('authorization');
    // The live dashboard's conditional polls (ETag) from another origin.
    expect(String(ok.headers['access-control-allow-headers'])).toContain('if-none-match');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    expect((await preflight(OTHER)).headers['access-control-allow-origin']).toBeUndefined();
    const get = await open.inject({ url: '/api/openapi.json', headers: { origin: HOST } });
    expect(get.headers['access-control-allow-origin']).toBe(HOST);
    const page = await open.inject({ url: '/', headers: { origin: HOST } });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    // Preflights are not charged to the address's anonymous budget (60 a minute by default).
    const statuses = new Set<number>();
    for (let i = 0; i < 80; i++) statuses.add((await preflight(HOST)).statusCode);
    expect([...statuses]).toEqual([204]);
  });

  it('serves the host script to any page', async () => {
    const res = await closed.inject({ url: '/embed.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });
});
