// Alerts on the running server, as a customer meets them: the platform sends events that cross a
// limit, and within 60 s the email is in the outbox and the signed webhook has arrived. Nothing
// here calls a handler directly: the server's own worker has to notice, check and deliver.
import { describe, expect, it } from 'vitest';
import { mintToken } from '../services/tokens.js';
import { deliveryHarness } from './delivery-harness.js';
import { tokenConfig } from './spawn-server.js';

const FRESHNESS_MS = 60_000;

describe('alerts on the running server', () => {
  const h = deliveryHarness({ prefix: 'ui-alerts-' });
  const { hooks, call, outbox } = h;

  it('emails and posts a crossed limit within 60 s of the acknowledged event', async () => {
    const cfg = tokenConfig(h.server().secret);
    const service = await mintToken(cfg, 'platform', 'ingest', 3600, Date.now());
    const user = await mintToken(cfg, 'limit-user', 'read', 3600, Date.now());
    await call('/api/users/limit-user', service, 'PUT', {
      email: 'limit-user@example.com',
      plan: 'free',
    });
    await call('/api/usage/alerts', user, 'PUT', {
      webhookUrl: h.hookUrl(),
      forecast: false,
    });
    const now = Date.now();
    // Within 2 s before now: spread over 20 minutes, the first minutes of a month put some of
    // them in the last billing period, and the limit was not crossed (CI at 00:17 UTC, Dec 1).
    const events = Array.from({ length: 21 }, (_, i) => ({
      id: `s-${i}`,
      userId: 'limit-user',
      type: 'session.created',
      occurredAt: new Date(now - i * 100).toISOString(),
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
    const cfg = tokenConfig(h.server().secret);
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
      occurredAt: new Date(now - i * 100).toISOString(),
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
