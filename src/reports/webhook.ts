// Signed webhooks, Stripe style: Usage-Insights-Signature: t=<unix seconds>,v1=<HMAC-SHA256 of "t.body">.
// Only public unicast addresses are called, so a customer cannot aim the service at its own
// network: the name is resolved once, every address it resolves to is checked, and the connection
// goes to the checked address (a rebinding DNS answer cannot slip a second, private one in).
import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import {
  WebhookTargetError,
  type WebhookAttempt,
  type WebhookSender,
} from '../services/providers.js';
import { refusal } from '../domain/i18n/reasons.js';

const TIMEOUT_MS = 10_000;

/** The signature header value for a body at a time. */
export function signature(secret: string, body: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')}`;
}

/** True for addresses on the public internet: global unicast, not private, loopback, link-local, CGNAT, mapped or reserved. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() unwraps IPv4-mapped IPv6 (::ffff:127.0.0.1), so it is judged as the IPv4 it is.
  const ip = ipaddr.process(address);
  // The deprecated IPv4-compatible form (::127.0.0.1, ::/96) is unicast to ipaddr.js; no public
  // host has such an address, and some stacks reach the embedded IPv4 through it.
  if (ip.kind() === 'ipv6' && ip.match(IPV4_COMPATIBLE)) return false;
  return ip.range() === 'unicast';
}

const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

function parseTarget(url: string): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new WebhookTargetError(refusal('notUrl'));
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    throw new WebhookTargetError(refusal('httpUrl'));
  if (target.username || target.password) throw new WebhookTargetError(refusal('noUserInfo'));
  return target;
}

const refused = () => new WebhookTargetError(refusal('notPublic'));

// Resolves every address of a name and refuses the name when any one of them is not public.
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, '', 0);
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address)))
      return callback(refused(), '', 0);
    if ((options as { all?: boolean }).all)
      return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

function resolveAll(hostname: string): Promise<void> {
  return new Promise((resolve, reject) =>
    guardedLookup(hostname, {}, (err) => (err ? reject(err) : resolve())),
  );
}

/** Calls webhooks; allowPrivate (an operator's choice for internal deployments and tests) lifts the address check. */
export function webhookSender(
  opts: { allowPrivate?: boolean; timeoutMs?: number } = {},
): WebhookSender {
  const allowPrivate = opts.allowPrivate ?? false;
  const timeoutMs = opts.timeoutMs ?? TIMEOUT_MS;

  async function check(url: string): Promise<void> {
    const target = parseTarget(url);
    if (allowPrivate) return;
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (ipaddr.isValid(host)) {
      if (!isPublicAddress(host)) throw refused();
      return;
    }
    await resolveAll(host).catch((err) => {
      throw err instanceof WebhookTargetError ? err : new WebhookTargetError(refusal('noResolve'));
    });
  }

  async function post(input: {
    url: string;
    secret: string;
    body: string;
    deliveryId: string;
    now: number;
  }): Promise<WebhookAttempt> {
    const started = performance.now();
    const done = (status: number | null, error: string | null): WebhookAttempt => ({
      ok: error === null,
      status,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    try {
      await check(input.url);
    } catch (err) {
      return done(null, `refused: the URL ${(err as Error).message}`);
    }
    const target = new URL(input.url);
    const client = target.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const req = client.request(
        target,
        {
          method: 'POST',
          lookup: allowPrivate ? undefined : guardedLookup,
          timeout: timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(input.body),
            'user-agent': 'Usage-Insights-Webhooks/1',
            'usage-insights-delivery': input.deliveryId,
            'usage-insights-signature': signature(
              input.secret,
              input.body,
              Math.floor(input.now / 1000),
            ),
          },
        },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          // Redirects are not followed: the target must answer itself.
          resolve(
            done(status, status >= 200 && status < 300 ? null : `the endpoint answered ${status}`),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      // The socket timeout above is per silence only: a peer that sends a byte every few seconds
      // would hold the delivery (and its job) for ever. The whole attempt has one deadline.
      const deadline = setTimeout(() => req.destroy(new Error('timeout')), timeoutMs);
      req.on('close', () => clearTimeout(deadline));
      req.on('error', (err) =>
        resolve(
          done(
            null,
            err instanceof WebhookTargetError
              ? `refused: the URL ${err.message}`
              : err.message === 'timeout'
                ? `no answer within ${timeoutMs / 1000} s`
                : `could not connect (${(err as NodeJS.ErrnoException).code ?? 'network error'})`,
          ),
        ),
      );
      req.end(input.body);
    });
  }

  return { check, post };
}
