import { describe, expect } from 'vitest';
import { serviceTest } from '../../services/testing.js';
import { bearer, testApp } from '../testing.js';

const test = serviceTest('2026-11-10T12:00:00Z');

describe('alert settings routes', () => {
  test('refuses a webhook inside the network when saved, and stores nothing', async ({ ctx }) => {
    const app = testApp(ctx);
    const h = await bearer(ctx, 'hooked');
    for (const webhookUrl of [
      'http://127.0.0.1:8080/x',
      'http://[::ffff:127.0.0.1]/x',
      'http://169.254.169.254/latest/meta-data',
      'http://localhost/x',
    ]) {
      const res = await app.inject({
        method: 'PUT',
        url: '/api/usage/alerts',
        headers: h,
        payload: { webhookUrl, anomalies: true },
      });
      expect(res.statusCode, webhookUrl).toBe(400);
      expect(res.json().error.issues[0]).toMatchObject({ field: 'webhookUrl' });
    }
    const got = (await app.inject({ url: '/api/usage/alerts', headers: h })).json();
    expect(got.settings).toMatchObject({ webhookUrl: null, anomalies: false });
    expect(got).toMatchObject({ alerts: [], deliveries: [] });
    await app.close();
  });

  test('turns anomaly messages on and off', async ({ ctx }) => {
    const app = testApp(ctx);
    const h = await bearer(ctx, 'curious');
    const put = await app.inject({
      method: 'PUT',
      url: '/api/usage/alerts',
      headers: h,
      payload: { anomalies: true },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().settings).toMatchObject({ enabled: true, anomalies: true });
    await app.close();
  });
});
