import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier } from './tokens.js';

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
