// The server pool when a connection dies under a transaction that is between two statements.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPg } from './pg-db.js';
import { isConnectionError } from './unavailable.js';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('openPg', () => {
  it('survives a connection killed between two statements of a transaction, and goes on', async () => {
    const db = openPg({ connectionString: url!, max: 2 });
    const admin = new pg.Client({ connectionString: url! });
    await admin.connect();
    try {
      const failure = await db
        .transaction(async (tx) => {
          const [me] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
          // Killed while no statement of ours runs: the FATAL arrives as an 'error' event.
          await admin.query('SELECT pg_terminate_backend($1)', [me!.pid]);
          await new Promise((r) => setTimeout(r, 300));
          return tx.query('SELECT 1');
        })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(isConnectionError(failure)).toBe(true);
      // The process is still here (an unheard 'error' event would have ended it), and so is the pool.
      expect(await db.query<{ one: number }>('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
      await db.close();
    }
  });
});
