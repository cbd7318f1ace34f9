// Deadlocks and serialization failures are safe to retry: the transaction was rolled back whole.
const RETRYABLE = new Set(['40001', '40P01']);

/** Runs fn, retrying a few times when Postgres aborted it for a deadlock or serialization failure. */
export async function withRetry<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (i >= attempts || !code || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 10 * i * i));
    }
  }
}
