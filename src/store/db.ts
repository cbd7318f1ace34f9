// One small interface over PGlite (embedded) and node-postgres (server), so every query is written once.

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Connections of a server pool now (absent on the embedded database). */
  pool?(): PoolUse;
}

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

// numeric and bigint come back as numbers: usage values fit well within 2^53.
export const numberParsers: Record<number, (v: string) => number> = {
  20: (v) => Number(v),
  1700: (v) => Number(v),
};

/** A transaction seen as a Db, so services that open transactions compose inside a caller's one. */
export function txAsDb(tx: Queryable, kind: Db['kind']): Db {
  return { kind, query: tx.query, transaction: (fn) => fn(tx), close: async () => {} };
}
