// Request logs keep paths and parameter names, never a query value: links carry tokens.
import { describe, expect } from 'vitest';
import { redactUrl } from './log-redaction.js';
import { appTest } from './testing.js';

const lines: string[] = [];
const test = appTest('2026-11-28T12:00:00Z', {
  context: { signingKey: 'k'.repeat(40) },
  logLevel: 'info',
  logStream: { write: (l) => void lines.push(l) },
});

describe('request logs', () => {
  test.beforeAll(async ({ app }) => {
    await app.ready();
  });

  test('never hold a token from a sign-in, unsubscribe or API URL', async ({ app }) => {
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

  test('redacts every value and any odd name', () => {
    expect(redactUrl('/a?x=1&y=&=z&w')).toBe('/a?x=[redacted]&y=[redacted]&[redacted]&[redacted]');
    expect(redactUrl('/plain')).toBe('/plain');
  });
});
