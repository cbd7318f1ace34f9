// Signed webhooks, Stripe style: Usage-Insights-Signature: t=<unix seconds>,v1=<HMAC-SHA256 of "t.body">.
// Targets on private or loopback addresses are refused unless allowed, so a customer cannot aim
// the service at its own network.
import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

const PRIVATE = [
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^192\.168\./,
  /^0\./,
  /^::1$/,
  /^f[cd]/i,
  /^fe80/i,
  /^::ffff:(10|127|192\.168|169\.254)\./i,
];

/** The signature header value for a body at a time. */
export function signature(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

/** Posts a signed JSON body; throws when the target is not allowed or does not answer 2xx. */
export async function postWebhook(
  url: string,
  secret: string,
  payload: unknown,
  now: number,
  opts: { allowPrivate?: boolean } = {},
): Promise<void> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const address = isIP(host) ? host : (await lookup(host)).address;
  if (!opts.allowPrivate && PRIVATE.some((r) => r.test(address)))
    throw new Error(`webhook target ${host} is a private address`);
  const body = JSON.stringify(payload);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'usage-insights-signature': signature(secret, body, Math.floor(now / 1000)),
    },
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}
