// The webhook sender never reaches inside the network: every spelling of a loopback, private,
// link-local or mapped address is refused before a connection is made, and names are resolved once.
import { createServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookTargetError } from '../services/providers.js';
import { isPublicAddress, signature, webhookSender } from './webhook.js';

describe('webhook sender', () => {
  let port = 0;
  const seen: string[] = [];
  const listener = createServer((req, res) => {
    seen.push(req.url ?? '');
    if (req.url === '/redirect') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/followed` });
      return res.end();
    }
    res.end('ok');
  });
  beforeAll(() => new Promise<void>((r) => listener.listen(0, '127.0.0.1', r)));
  beforeAll(() => void (port = (listener.address() as AddressInfo).port));
  afterAll(() => new Promise((r) => listener.close(r)));

  it('judges addresses by range, unwrapping IPv4-mapped IPv6', () => {
    for (const a of ['8.8.8.8', '2606:4700::1111', '93.184.216.34'])
      expect(isPublicAddress(a), a).toBe(true);
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      '::127.0.0.1',
      '::7f00:1',
      'fd00::1',
      'fe80::1',
      '64:ff9b::7f00:1',
      '2002:7f00:1::1',
      '224.0.0.1',
      'not an address',
    ])
      expect(isPublicAddress(a), a).toBe(false);
  });

  it('refuses internal targets when saved and when sent, without connecting', async () => {
    const sender = webhookSender();
    const urls = [
      `http://127.0.0.1:${port}/a`,
      `http://[::]:${port}/b`,
      `http://[::ffff:127.0.0.1]:${port}/c`,
      `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/d`,
      `http://[::ffff:a9fe:a9fe]/e`,
      `http://100.64.0.1/f`,
      `http://0x7f000001:${port}/g`,
      `http://localhost:${port}/h`,
      `http://2130706433:${port}/i`,
    ];
    for (const url of urls) {
      await expect(sender.check(url), url).rejects.toBeInstanceOf(WebhookTargetError);
      const r = await sender.post({ url, secret: 's', body: '{}', deliveryId: 'd', now: 0 });
      expect(r, url).toMatchObject({ ok: false, status: null });
      expect(r.error).toMatch(/^refused/);
    }
    await expect(sender.check('ftp://example.com/')).rejects.toThrow(/http or https/);
    await expect(sender.check('https://user:pw@example.com/')).rejects.toThrow(/password/);
    expect(seen).toEqual([]);
  });

  it('gives up on a peer that answers a byte at a time, whatever the pace', async () => {
    // One header line every 100 ms: the socket is never silent for the timeout, so only a
    // deadline on the whole attempt ends it (a delivery job held its lane for minutes).
    const trickle = createTcpServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\n');
      const t = setInterval(() => socket.write('x-wait: 1\r\n'), 100);
      socket.on('close', () => clearInterval(t));
      socket.on('error', () => clearInterval(t));
    });
    await new Promise<void>((r) => trickle.listen(0, '127.0.0.1', r));
    try {
      const attempt = await webhookSender({ allowPrivate: true, timeoutMs: 500 }).post({
        url: `http://127.0.0.1:${(trickle.address() as AddressInfo).port}/slow`,
        secret: 's',
        body: '{}',
        deliveryId: 'd',
        now: 0,
      });
      expect(attempt).toMatchObject({ ok: false, status: null, error: 'no answer within 0.5 s' });
      expect(attempt.durationMs).toBeLessThan(2000);
    } finally {
      trickle.close();
    }
  });

  it('signs the body, names the delivery, and does not follow redirects', async () => {
    const sender = webhookSender({ allowPrivate: true });
    const ok = await sender.post({
      url: `http://127.0.0.1:${port}/hook`,
      secret: 'whsec_x',
      body: '{"a":1}',
      deliveryId: 'dlv_1',
      now: 1_700_000_000_000,
    });
    expect(ok).toMatchObject({ ok: true, status: 200, error: null });
    expect(signature('whsec_x', '{"a":1}', 1_700_000_000)).toMatch(
      /^t=1700000000,v1=[0-9a-f]{64}$/,
    );
    const moved = await sender.post({
      url: `http://127.0.0.1:${port}/redirect`,
      secret: 's',
      body: '{}',
      deliveryId: 'd',
      now: 0,
    });
    expect(moved).toMatchObject({ ok: false, status: 302 });
    expect(seen).toEqual(['/hook', '/redirect']);
  });
});
