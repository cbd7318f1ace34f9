// A NUL or other control character anywhere a caller names something (a client, an id in the path,
// a cursor, the user inside an API key) is bad input, never a 500: PostgreSQL refuses NUL in text,
// and a 500 is neither a clear answer nor charged to the anonymous limit as a failed credential is.
import { describe, expect } from 'vitest';
import { appTest, bearer } from './testing.js';

const test = appTest('2026-11-28T12:00:00Z');
const cursor = (id: string) =>
  Buffer.from(JSON.stringify(['1764331200000000', id])).toString('base64url');

describe('control characters in names', () => {
  test('answer 400 naming the field', async ({ ctx, app }) => {
    const headers = await bearer(ctx, 'nul-user');
    const cases: [string, string, string][] = [
      ['GET', '/api/usage/history?client=%00', 'client'],
      ['GET', '/api/usage/history?client=a%01b', 'client'],
      ['GET', '/api/usage/export?format=csv&client=%00', 'client'],
      ['GET', '/api/usage/clients/hourly?client=%00&metric=sessions', 'client'],
      ['DELETE', '/api/keys/%00', 'id'],
      ['DELETE', '/api/usage/subscribe/%00', 'id'],
      ['GET', `/api/usage/events?cursor=${cursor('e\u0000')}`, 'cursor'],
    ];
    for (const [method, url, field] of cases) {
      const res = await app.inject({ method: method as 'GET', url, headers });
      expect(res.statusCode, url).toBe(400);
      const issues = res.json().error.issues as { field: string }[];
      expect(
        issues.map((i) => i.field),
        url,
      ).toContain(field);
    }
  });

  test('an API key naming an impossible user is unauthorized', async ({ app }) => {
    const user = Buffer.from('\u0000').toString('base64url');
    const res = await app.inject({
      url: '/api/usage/current',
      headers: { authorization: `Bearer uik_${user}.0123456789ab.secret` },
    });
    expect(res.statusCode).toBe(401);
  });
});
