// Request logs keep paths and parameter names, never a query value: links carry tokens.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../services/testing.js';
import { createTestDb, type TestDb } from '../store/testing.js';
import { redactUrl } from './log-redaction.js';
import { testApp } from './testing.js';

describe('request logs', () => {
  let t: TestDb;
  let app: FastifyInstance;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestDb();
    const ctx = { ...testContext(t.db, '2026-11-28T12:00:00Z'), signingKey: 'k'.repeat(40) };
    app = testApp(ctx, { logLevel: 'info', logStream: { write: (l) => void lines.push(l) } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.drop();
  });

  it('never hold a token from a sign-in, unsubscribe or API URL', async () => {
    const secrets = ['eyJhbGciOiJIUzI1NiJ9.sign-in', 'unsub.Secret-Value', 'third-Secret', 'bare'];
    for (const url of [
      `/?token=${secrets[0]}`,
      `/api/unsubscribe?token=${secrets[1]}`,
      `/api/usage/history?period=7d&token=${secrets[2]}`,
      `/api/nothing-here?${secrets[3]}x`,
    ]) {
      await app.inject({ url });
    }
    const log = lines.join('');
    expect(log).toContain('"url":"/api/unsubscribe?token=[redacted]"');
    expect(log).toContain('"url":"/?token=[redacted]"');
    for (const s of secrets) expect(log).not.toContain(s);
  });

  it('redacts every value and any odd name', () => {
    expect(redactUrl('/a?x=1&y=&=z&w')).toBe('/a?x=[redacted]&y=[redacted]&[redacted]&[redacted]');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});
