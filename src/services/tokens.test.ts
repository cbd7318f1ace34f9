import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createVerifier, mintToken } from './tokens.js';

describe('RS256 tokens from a JWKS', () => {
  let url: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  const server = createServer();
  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server.on('request', (_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const claims = () =>
    new SignJWT({ scope: 'read' })
      .setSubject('u-jwks')
      .setIssuer('platform')
      .setAudience('usage-insights')
      .setExpirationTime('5m');

  it('accepts a token signed by a key of the set', async () => {
    const verify = createVerifier(
      { jwksUrl: url, issuer: 'platform', audience: 'usage-insights' },
      () => Date.now(),
    );
    const token = await claims()
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(keys.privateKey);
    const p = await verify(token);
    expect(p.subject).toBe('u-jwks');
    expect([...p.scopes]).toEqual(['read']);
  });

  it('refuses algorithm confusion: HS256 signed with the public key as the secret', async () => {
    const verify = createVerifier(
      { jwksUrl: url, issuer: 'platform', audience: 'usage-insights' },
      () => Date.now(),
    );
    const pem = await exportSPKI(keys.publicKey);
    const forged = await claims()
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .sign(new TextEncoder().encode(pem));
    await expect(verify(forged)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('refuses a token from another issuer', async () => {
    const verify = createVerifier(
      { jwksUrl: url, issuer: 'someone-else', audience: 'usage-insights' },
      () => Date.now(),
    );
    const token = await claims()
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(keys.privateKey);
    await expect(verify(token)).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('remembered HS256 verifications', () => {
  const cfg = {
    secret: 'remember-secret-remember-secret-0123456789',
    issuer: 'usage-insights',
    audience: 'usage-insights',
  };
  const t0 = Date.parse('2026-11-28T12:00:00Z');

  it('trusts a verified token again only until it expires', async () => {
    let now = t0;
    const verify = createVerifier(cfg, () => now);
    const token = await mintToken(cfg, 'u-cache', 'read', 60, t0);
    expect((await verify(token)).subject).toBe('u-cache');
    now = t0 + 59_000;
    expect((await verify(token)).subject).toBe('u-cache');
    now = t0 + 61_000;
    await expect(verify(token)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('never lets a token that differs by one character ride on a verified one', async () => {
    const verify = createVerifier(cfg, () => t0);
    const token = await mintToken(cfg, 'u-cache', 'read', 600, t0);
    await verify(token);
    // One character of the signature's middle, so the decoded bytes surely differ.
    const i = token.lastIndexOf('.') + 10;
    const tampered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    await expect(verify(tampered)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('refuses a subject that is not a valid user id: a lone surrogate would read as U+FFFD', async () => {
    const verify = createVerifier(cfg, () => t0);
    const signed = (sub: string) =>
      new SignJWT({ scope: 'read' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer(cfg.issuer)
        .setAudience(cfg.audience)
        .setExpirationTime(t0 / 1000 + 60)
        .sign(new TextEncoder().encode(cfg.secret));
    expect((await verify(await signed('u\ud83d\ude00'))).subject).toBe('u\ud83d\ude00');
    await expect(verify(await signed('u\ud800'))).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(verify(await signed('x'.repeat(129)))).rejects.toMatchObject({
      code: 'unauthorized',
    });
  });

  it('refuses a token without an expiry', async () => {
    const verify = createVerifier(cfg, () => t0);
    const token = await new SignJWT({ scope: 'read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u-forever')
      .setIssuer(cfg.issuer)
      .setAudience(cfg.audience)
      .sign(new TextEncoder().encode(cfg.secret));
    await expect(verify(token)).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('a key withdrawn from the JWKS', () => {
  const server = createServer();
  let url: string;
  let served: object[] = [];
  beforeAll(async () => {
    server.on('request', (_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: served })),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('stops working within 5 minutes (SECURITY.md), for remembered and new tokens alike', async () => {
    // jose keeps the key set by the wall clock, so the wall clock is what moves here.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const t0 = Date.parse('2026-11-29T10:00:00Z');
      vi.setSystemTime(t0);
      const keys = await generateKeyPair('RS256');
      served = [{ ...(await exportJWK(keys.publicKey)), kid: 'old', alg: 'RS256', use: 'sig' }];
      const verify = createVerifier(
        { jwksUrl: url, issuer: 'platform', audience: 'usage-insights' },
        () => Date.now(),
      );
      const sign = () =>
        new SignJWT({ scope: 'read' })
          .setSubject('u-withdrawn')
          .setIssuer('platform')
          .setAudience('usage-insights')
          .setExpirationTime('2h')
          .setProtectedHeader({ alg: 'RS256', kid: 'old' })
          .sign(keys.privateKey);
      const early = await sign();
      expect((await verify(early)).subject).toBe('u-withdrawn');
      served = []; // withdrawn right after the set was fetched
      // The latest moment a cached key set may still vouch for the key, and a token it verifies.
      vi.setSystemTime(t0 + 119_000);
      const late = await sign();
      expect((await verify(late)).subject).toBe('u-withdrawn');
      vi.setSystemTime(t0 + 5 * 60_000 + 1000);
      for (const token of [early, late, await sign()]) {
        await expect(verify(token)).rejects.toMatchObject({ code: 'unauthorized' });
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('is only fetched over https, or plain http on a loopback address', () => {
    const cfg = { issuer: 'platform', audience: 'usage-insights' };
    expect(() =>
      createVerifier({ ...cfg, jwksUrl: 'http://idp.example.com/jwks.json' }, Date.now),
    ).toThrow(/https/);
    expect(() =>
      createVerifier({ ...cfg, jwksUrl: 'https://idp.example.com/jwks.json' }, Date.now),
    ).not.toThrow();
    expect(() =>
      createVerifier({ ...cfg, jwksUrl: 'http://[::1]:9/jwks' }, Date.now),
    ).not.toThrow();
  });
});
