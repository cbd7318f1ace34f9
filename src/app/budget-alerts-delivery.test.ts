// Spend-budget alerts on the running server: the user sets a monthly budget, the platform sends
// audio that takes the bill past it, and the server's own worker raises the budget alert and
// delivers it exactly as limit alerts are delivered (email in the outbox, signed webhook).
import { describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { deliveryHarness } from './delivery-harness.js';
import { tokenConfig } from './spawn-server.js';

const FRESHNESS_MS = 60_000;
// Inside this suite's port range (18300-18399).
const SERVER_PORT = 18301;
const HOOK_PORT = 18302;

describe('spend budget alerts on the running server', () => {
  const h = deliveryHarness({ prefix: 'ui-budget-', port: SERVER_PORT, hookPort: HOOK_PORT });
  const { hooks, call, outbox } = h;

  it('emails and posts the budget alert once the bill passes the budget', async () => {
    const cfg = tokenConfig(h.server().secret);
    const service = await mintToken(cfg, 'platform', 'ingest', 3600, Date.now());
    const user = await mintToken(cfg, 'budget-user', 'read', 3600, Date.now());
    await call('/api/users/budget-user', service, 'PUT', {
      email: 'budget-user@example.com',
      plan: 'starter',
    });
    // Limit alerts off: what arrives is the budget's alone.
    await call('/api/usage/alerts', user, 'PUT', {
      enabled: false,
      webhookUrl: h.hookUrl(),
    });
    await call('/api/usage/budget', user, 'PUT', {
      amount: 25,
      thresholds: [100],
      forecast: false,
    });
    // 1,000 audio minutes on Starter: $19 + 400 x $0.03 = $31, past the $25 budget.
    const now = Date.now();
    const events = Array.from({ length: 10 }, (_, i) => ({
      id: `a-${i}`,
      userId: 'budget-user',
      type: 'audio.processed',
      occurredAt: new Date(now - i * 100).toISOString(),
      value: 100,
    }));
    expect(await call('/api/usage/events', service, 'POST', { events })).toMatchObject({
      accepted: 10,
    });
    const acked = Date.now();
    let email: string | undefined;
    while (Date.now() - acked < FRESHNESS_MS && (!email || hooks.length === 0)) {
      await new Promise((r) => setTimeout(r, 250));
      email = outbox().find((m) => m.includes('budget-user@example.com'));
    }
    expect(email, 'the budget email reached the outbox').toBeDefined();
    expect(email).toContain('Subject: Usage alert: Spend budget');
    expect(email).toContain('$31 of $25 spent this billing period');
    expect(hooks, 'the webhook arrived').toHaveLength(1);
    expect(JSON.parse(hooks[0]!.body).alerts).toEqual([
      expect.objectContaining({ metric: 'spend', kind: 'budget-100', value: 31, limit: 25 }),
    ]);
    const listed = await call('/api/usage/alerts', user);
    expect(listed.alerts).toEqual([
      expect.objectContaining({ metric: 'spend', kind: 'budget-100' }),
    ]);
    const cost = await call('/api/usage/cost', user);
    expect(cost.accrued).toEqual({ base: 19, overage: 12, total: 31 });
  }, 120_000);
});
