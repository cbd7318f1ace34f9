// The benchmarks start the service as the tests do (src/app/spawn-server.ts), and wait for rollups.
export * from '../../src/app/spawn-server.js';

/**
 * Polls GET /api/admin/rollups until no user has stale rollups or maxSeconds pass. A poll that
 * times out (an embedded database busy with the rollups) counts as pending (-1).
 */
export async function waitForRollups(url: string, ingestToken: string, maxSeconds: number) {
  const t0 = Date.now();
  const pending = async (): Promise<number> => {
    try {
      const res = await fetch(`${url}/api/admin/rollups`, {
        headers: { authorization: `Bearer ${ingestToken}` },
        signal: AbortSignal.timeout(Math.max(1000, maxSeconds * 1000 - (Date.now() - t0))),
      });
      return ((await res.json()) as { users: number }).users;
    } catch {
      return -1;
    }
  };
  const atEnd = await pending();
  let left = atEnd;
  while (left !== 0 && Date.now() - t0 < maxSeconds * 1000) {
    await new Promise((r) => setTimeout(r, 500));
    left = await pending();
  }
  return { atEnd, left, seconds: (Date.now() - t0) / 1000 };
}
