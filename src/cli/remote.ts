// Talking to a running server from the CLI, so commands never open the embedded database twice.
import type { Config } from '../config/config.js';
import { mintToken } from '../services/tokens.js';

/** Calls the running server's API with a short-lived service token. */
export async function callServer<T>(
  config: Config,
  port: number,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const token = await mintToken(
    { secret: config.jwtSecret, issuer: config.issuer, audience: config.audience },
    'service',
    'ingest',
    300,
    Date.now(),
  );
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as T & { error?: { message: string } };
  if (!res.ok) throw new Error(`server answered ${res.status}: ${json.error?.message ?? 'error'}`);
  return json;
}
