import { describe, expect } from 'vitest';
import { dbTest as test } from '../../testing.js';
import { claimJob, PRIORITY_STEP_SECONDS } from './claim-job.js';
import { completeJob } from './complete-job.js';
import { enqueueJob } from './enqueue-job.js';
import { failJob } from './fail-job.js';

const LEASES = { a: 60_000, b: 60_000 };

describe('claim order (migration 021: claim_at kept by a trigger, indexed)', () => {
  test('follows run_at less priority steps, whichever statement wrote the job', async ({ t }) => {
    const past = (s: number) => Date.now() - s * 1000;
    // Due 30 s ago without priority, against due 5 s ago with priority 5 (worth 50 s): b first.
    await enqueueJob(t.db, { name: 'a', key: 'old', payload: {}, runAt: past(30) });
    await enqueueJob(t.db, { name: 'b', key: 'new', payload: {}, runAt: past(5), priority: 5 });
    const first = await claimJob(t.db, LEASES);
    expect(first?.key).toBe('new');
    // A failure moves run_at a minute ahead: the job is no longer due, the other is claimed.
    await failJob(t.db, first!.id, first!.leaseToken, 'boom', 60_000);
    const second = await claimJob(t.db, LEASES);
    expect(second?.key).toBe('old');
    expect(await completeJob(t.db, second!.id, second!.leaseToken)).toBe(true);
    expect(await claimJob(t.db, LEASES)).toBeNull();
    // Queued again through the upsert's update, due now with priority 9 (worth 90 s): ahead of
    // a job due 60 s ago without priority.
    await enqueueJob(t.db, { name: 'a', key: 'other', payload: {}, runAt: past(60) });
    await enqueueJob(t.db, { name: 'a', key: 'old', payload: {}, again: true, priority: 9 });
    expect((await claimJob(t.db, LEASES))?.key).toBe('old');
    expect((await claimJob(t.db, LEASES))?.key).toBe('other');
    // The stored order is exactly the one the constant states, for every row written above.
    const rows = await t.db.query<{ off: number }>(
      `SELECT extract(epoch FROM run_at - claim_at)::float8 - priority * $1 AS off FROM jobs
       WHERE name IN ('a', 'b')`,
      [PRIORITY_STEP_SECONDS],
    );
    expect(rows.map((r) => Math.abs(r.off))).toEqual([0, 0, 0]);
  });
});
