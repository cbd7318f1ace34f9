// An in-process app over a test database, with tokens minted for it.
import type { FastifyInstance } from 'fastify';
import type { ServiceContext } from '../services/context.js';
import { serviceTest, type TestContext } from '../services/testing.js';
import { memoryMailer } from '../reports/testing.js';
import { documents } from '../reports/documents.js';
import type { Mailer } from '../reports/mailer.js';
import { webhookSender } from '../reports/webhook.js';
import { createAuthenticator } from '../services/authenticate.js';
import { mintToken, type Scope } from '../services/tokens.js';
import { buildServer, type ServerOptions } from './server.js';

export const TEST_TOKEN_CONFIG = {
  secret: 'test-secret-test-secret-test-secret-0123',
  issuer: 'usage-insights',
  audience: 'usage-insights',
};

/**
 * Builds the app (not listening) for inject() tests, over the context with the real providers it
 * lacks (webhook sender, documents) and the given mailer (default: one that keeps messages in memory).
 */
export function testApp(
  ctx: TestContext,
  { mailer, ...opts }: Partial<ServerOptions> & { mailer?: Mailer } = {},
): FastifyInstance {
  // The real webhook sender: tests that need a local receiver pass one that allows it.
  ctx.webhooks ??= webhookSender();
  ctx.documents ??= documents();
  if (mailer) ctx.mailer = mailer;
  ctx.mailer ??= memoryMailer();
  return buildServer({
    ctx,
    authenticate: createAuthenticator(ctx, TEST_TOKEN_CONFIG),
    logLevel: 'silent',
    // Suites that hammer public routes from one address test the handlers, not this limit
    // (auth-failure-limit.test.ts does).
    anonymousLimit: { perMinute: 100_000, burst: 100_000 },
    // Every answer in every HTTP test is checked against its route's contract.
    checkContracts: true,
    viewTokens: TEST_TOKEN_CONFIG,
    ...opts,
  });
}

/** A bearer header for a subject and scope, valid for an hour from the context's clock. */
export async function bearer(
  ctx: TestContext,
  sub: string,
  scope: Scope = 'read',
): Promise<{ authorization: string }> {
  return {
    authorization: `Bearer ${await mintToken(TEST_TOKEN_CONFIG, sub, scope, 3600, ctx.now())}`,
  };
}

/**
 * serviceTest (its context given those members) plus the fixture `app`: the app over that context
 * (testApp, with opts) for the whole file, closed after it.
 */
export const appTest = (
  nowIso: string,
  { context, ...opts }: Parameters<typeof testApp>[1] & { context?: Partial<ServiceContext> } = {},
) =>
  serviceTest(nowIso, context).extend('app', { scope: 'file' }, async ({ ctx }, { onCleanup }) => {
    const app = testApp(ctx, opts);
    onCleanup(() => app.close());
    return app;
  });
