// Users a connection pool has seen stored, so a batch sends only the others to be created.
import type { Queryable } from '../db.js';

// Per pool (a transaction seen as a Db is its own object, so a rolled-back transaction's users
// never reach a pool's set). Users are never deleted, so a user once stored stays stored.
const known = new WeakMap<Queryable, Set<string>>();
// Bounds the memory: past this many users the set starts again (their next batch re-checks them).
const MAX_KNOWN = 100_000;

/** The distinct users among userIds that q has not yet seen stored. */
export function unknownUsers(q: Queryable, userIds: Iterable<string>): string[] {
  const set = known.get(q);
  const out = new Set<string>();
  for (const u of userIds) if (!set?.has(u)) out.add(u);
  return [...out];
}

/** Records that these users are stored (call once the statement that ensures them committed). */
export function rememberUsers(q: Queryable, userIds: string[]): void {
  let set = known.get(q);
  if (!set || set.size + userIds.length > MAX_KNOWN) known.set(q, (set = new Set()));
  for (const u of userIds) set.add(u);
}
