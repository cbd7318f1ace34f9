// Alerts on the running server, as a customer meets them: the platform sends events that cross a
// limit, and within 60 s the email is in the outbox and the signed webhook has arrived. Nothing
// here calls a handler directly: the server's own worker has to notice, check and deliver.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { createTestDatabaseUrl } from '../store/testing.js';
import { startServer, tokenConfig, type RunningServer } from './spawn-server.js';

const FRESHNESS_MS = 60_000;

describe('alerts on the running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ui-alerts-'));
  const hooks: { at: number; body: string; signature: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hooks.push({
        at: Date.now(),
        body,
        signature: String(req.headers['usage-insights-signature']),
      });
      res.end('ok');
    });
  });
  let server: RunningServer;
  let database: Awaited<ReturnType<typeof createTestDatabaseUrl>>;

  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    database = await createTestDatabaseUrl();
    server = await startServer({
      dataDir,
      databaseUrl: database?.url,
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'error' },
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await new Promise((r) => receiver.close(r));
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (path: string, token: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(200);
    return res.json();
  };

  const outbox = () => {
    const dir = join(dataDir, 'outbox');
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.eml'))
          .map((f) => readFileSync(join(dir, f), 'utf8'))
      : [];
  };

  it('emails and posts a crossed limit within 60 s of the acknowledged event', async () => {
    const cfg = tokenConfig(server.secret);
    const service = await mintToken(cfg, 'platform', 'ingest', 3600, Date.now());
    const user = await mintToken(cfg, 'limit-user', 'read', 3600, Date.now());
    await call('/api/users/limit-user', service, 'PUT', {
      email: 'limit-user@example.com',
      plan: 'free',
    });
    const port = (receiver.address() as AddressInfo).port;
    await call('/api/usage/alerts', user, 'PUT', {
      webhookUrl: `http://127.0.0.1:${port}/hook`,
      forecast: false,
    });
    const now = Date.now();
    const events = Array.from({ length: 21 }, (_, i) => ({
      id: `s-${i}`,
      userId: 'limit-user',
      type: 'session.created',
      occurredAt: new Date(now - i * 60_000).toISOString(),
    }));
    expect(await call('/api/usage/events', service, 'POST', { events })).toMatchObject({
      accepted: 21,
    });
    const acked = Date.now();

    let emailAt = 0;
    while (Date.now() - acked < FRESHNESS_MS && (!emailAt || hooks.length === 0)) {
      await new Promise((r) => setTimeout(r, 250));
      if (!emailAt && outbox().some((m) => m.includes('limit-user@example.com')))
        emailAt = Date.now();
    }
    expect(emailAt, 'the alert email reached the outbox').toBeGreaterThan(0);
    expect(emailAt - acked).toBeLessThan(FRESHNESS_MS);
    expect(hooks, 'the webhook arrived').toHaveLength(1);
    expect(hooks[0]!.at - acked).toBeLessThan(FRESHNESS_MS);

    const email = outbox().find((m) => m.includes('limit-user@example.com'))!;
    expect(email).toContain('Subject: Usage alert: Sessions');
    expect(email).toContain('21 of 25 sessions');
    expect(hooks[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(JSON.parse(hooks[0]!.body).alerts).toEqual([
      expect.objectContaining({ metric: 'sessions', kind: 'threshold-80', value: 21, limit: 25 }),
    ]);
    // The receiver has the request a moment before the server records the answer.
    let listed = await call('/api/usage/alerts', user);
    for (
      let i = 0;
      i < 40 && listed.deliveries.some((d: { status: string }) => d.status !== 'sent');
      i++
    ) {
      await new Promise((r) => setTimeout(r, 250));
      listed = await call('/api/usage/alerts', user);
    }
    expect(listed.alerts).toEqual([
      expect.objectContaining({ kind: 'threshold-80', emailed: true, webhook: true }),
    ]);
    expect(listed.deliveries.map((d: { status: string }) => d.status)).toEqual(['sent', 'sent']);
  }, 120_000);

  it('writes the alert and its email in the language the settings were saved in', async () => {
    const cfg = tokenConfig(server.secret);
    const service = await mintToken(cfg, 'platform', 'ingest', 3600, Date.now());
    const user = await mintToken(cfg, 'alert-de', 'read', 3600, Date.now());
    await call('/api/users/alert-de', service, 'PUT', {
      email: 'alert-de@example.com',
      plan: 'free',
    });
    await call('/api/usage/alerts', user, 'PUT', { forecast: false, locale: 'de' });
    const now = Date.now();
    const events = Array.from({ length: 21 }, (_, i) => ({
      id: `de-${i}`,
      userId: 'alert-de',
      type: 'session.created',
      occurredAt: new Date(now - i * 60_000).toISOString(),
    }));
    await call('/api/usage/events', service, 'POST', { events });
    let email: string | undefined;
    for (let i = 0; i < 240 && !email; i++) {
      await new Promise((r) => setTimeout(r, 250));
      email = outbox().find((m) => m.includes('alert-de@example.com'));
    }
    expect(email, 'the German alert email reached the outbox').toBeDefined();
    // Quoted-printable: soft line breaks and encoded bytes undone before reading the words.
    const text = Buffer.from(
      email!.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => `%${h}`),
    ).toString();
    const decoded = decodeURIComponent(text.replace(/%(?![0-9A-F]{2})/g, '%25'));
    expect(email).toContain('Subject: Nutzungswarnung: Sitzungen');
    expect(decoded).toContain(
      'Sitzungen: 21 von 25 Sitzungen in diesem Abrechnungszeitraum genutzt',
    );
    expect(decoded).toContain('Die Warnungseinstellungen finden Sie im Kontobereich');
    const listed = await call('/api/usage/alerts', user);
    expect(listed.alerts[0].message).toMatch(/^Sitzungen: 21 von 25 Sitzungen/);
  }, 120_000);
});
