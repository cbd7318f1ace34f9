// Which database errors mean "the server cannot be reached now" (retry later) rather than a bug,
// so callers answer 503 with Retry-After and log the outage once instead of a stack per request.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

// SQLSTATEs of a server going away or not yet accepting connections (class 08: connection exception).
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

const MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
  'server login has been failing', // PgBouncer when the server behind it is down
  'no more connections allowed', // PgBouncer pool full
];

/** Raised instead of a driver error when the database cannot be reached; the cause is kept. */
export class DatabaseUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`database unavailable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** True when err says the database is unreachable or shutting down (not a bad query). */
export function isConnectionError(err: unknown): boolean {
  if (err instanceof DatabaseUnavailableError) return true;
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  // Node reports a refused dual-stack connect as an AggregateError of the attempts.
  if (Array.isArray(e.errors) && e.errors.some(isConnectionError)) return true;
  const msg = typeof e.message === 'string' ? e.message : '';
  return MESSAGES.some((m) => msg.includes(m));
}
