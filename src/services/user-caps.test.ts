// The per-user caps (25 API keys, 10 report subscriptions) hold under parallel requests: on the
// PostgreSQL server, counting then inserting used to let a burst through.
import { describe, expect } from 'vitest';
import { bearer, testApp } from '../http/testing.js';
import { memoryMailer } from '../reports/testing.js';
import { setUser } from './set-user.js';
import { serviceTest } from './testing.js';

const test = serviceTest('2026-11-28T12:00:00Z');

describe('per-user caps under parallel requests', () => {
  test('create at most 25 keys and 10 subscriptions, however many arrive at once', async ({
    t,
    ctx,
  }) => {
    // Other addresses are sent a confirmation message with a signed link.
    ctx.publicUrl = 'https://usage.example.com';
    ctx.signingKey = 'caps-signing-key-caps-signing-key-caps';
    const app = testApp(ctx, { mailer: memoryMailer() });
    await setUser({ ctx, input: { userId: 'burst', patch: { email: 'burst@example.com' } } });
    const h = await bearer(ctx, 'burst');
    const burst = (n: number, url: string, payload: object) =>
      Promise.all(
        Array.from({ length: n }, () =>
          app.inject({ method: 'POST', url, headers: h, payload }).then((r) => r.statusCode),
        ),
      );
    const keys = await burst(40, '/api/keys', {});
    expect(keys.filter((s) => s === 201)).toHaveLength(25);
    expect(keys.filter((s) => s === 409)).toHaveLength(15);
    // Identical subscriptions are refused, so the burst mixes every report the address on file
    // can get (each twice) with other addresses (5 confirmations a day): 11 distinct ones could
    // be created, and exactly 10 are, whatever order the requests run in.
    const onFile = (['weekly', 'monthly'] as const).flatMap((frequency) =>
      (['none', 'pdf', 'csv'] as const).map((format) => ({ frequency, format })),
    );
    const others = Array.from({ length: 8 }, (_, i) => ({
      frequency: 'weekly',
      email: `other${i}@example.com`,
    }));
    const subs = await Promise.all(
      [...onFile, ...onFile, ...others].map((payload) =>
        app
          .inject({ method: 'POST', url: '/api/usage/subscribe', headers: h, payload })
          .then((r) => r.statusCode),
      ),
    );
    expect(subs.filter((s) => s === 201)).toHaveLength(10);
    expect(subs.filter((s) => s !== 201 && s !== 409 && s !== 429)).toEqual([]);
    const [n] = await t.db.query<{ keys: number; subs: number }>(
      `SELECT (SELECT count(*)::int FROM api_keys WHERE user_id = 'burst') AS keys,
              (SELECT count(*)::int FROM report_subscriptions WHERE user_id = 'burst') AS subs`,
    );
    expect(n).toEqual({ keys: 25, subs: 10 });
    await app.close();
  });
});
