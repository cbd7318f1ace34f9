import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../store/db.js';
import { createTestDb, type TestDb } from '../store/testing.js';
import { sharedBuckets } from './shared-buckets.js';

// No refill within a test: one token a day.
const limit = (burst: number) => ({ perMinute: 1 / 1440, burst });

/** The test database, with every statement held until release() while held is set. */
function gated(db: Db) {
  let held = false;
  let waiting: (() => void)[] = [];
  const gate = () => (held ? new Promise<void>((r) => waiting.push(r)) : Promise.resolve());
  const wrapped: Db = {
    ...db,
    query: async (text, params) => {
      await gate();
      return db.query(text, params);
    },
  };
  return {
    db: wrapped,
    hold: () => (held = true),
    release() {
      held = false;
      waiting.forEach((r) => r());
      waiting = [];
    },
  };
}

// Rounded: the bucket refills by a few millionths of a token while the test runs.
const tokensIn = async (db: Db, key: string) =>
  (
    await db.query<{ t: number }>(
      'SELECT round(tokens::numeric, 3) AS t FROM rate_buckets WHERE key = $1',
      [key],
    )
  )[0]?.t;

async function settled(db: Db, key: string, want: number) {
  for (let i = 0; i < 200 && (await tokensIn(db, key)) !== want; i++)
    await new Promise((r) => setTimeout(r, 10));
  return tokensIn(db, key);
}

describe('shared buckets', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.drop());

  it('grants exactly the burst in one process, and the table counts every grant', async () => {
    const store = sharedBuckets(t.db, Date.now);
    const waits = [];
    for (let i = 0; i < 8; i++) waits.push(await store.take('one', limit(5), 1));
    expect(waits.filter((w) => w === null)).toHaveLength(5);
    expect(waits.slice(5).every((w) => w !== null && w > 0)).toBe(true);
    expect(await settled(t.db, 'one', 0)).toBe(0);
  });

  it('answers a known key far from its limit without waiting for the table, and charges it behind', async () => {
    const g = gated(t.db);
    const store = sharedBuckets(g.db, Date.now);
    expect(await store.take('fast', limit(10), 1)).toBeNull();
    g.hold();
    // Resolves while the table's statement is held: 7 of 10 left, decided from this process's copy.
    expect(await store.take('fast', limit(10), 2)).toBeNull();
    expect(await tokensIn(t.db, 'fast')).toBe(9);
    // Near the limit the table decides: this take waits for it.
    let answered = false;
    const near = store.take('fast', limit(10), 3).then((w) => ((answered = true), w));
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    g.release();
    expect(await near).toBeNull();
    expect(await settled(t.db, 'fast', 4)).toBe(4);
  });

  it('shares one limit between processes: a second one sees what the first took', async () => {
    const a = sharedBuckets(t.db, Date.now);
    const b = sharedBuckets(t.db, Date.now);
    for (let i = 0; i < 4; i++) expect(await a.take('both', limit(5), 1)).toBeNull();
    await settled(t.db, 'both', 1);
    expect(await b.take('both', limit(5), 1)).toBeNull();
    expect(await b.take('both', limit(5), 1)).not.toBeNull();
    // a's copy learns the table's count with its next charge; after that it refuses too.
    await a.take('both', limit(5), 1);
    expect(await settled(t.db, 'both', 0)).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(await a.take('both', limit(5), 1)).not.toBeNull();
  });
});
