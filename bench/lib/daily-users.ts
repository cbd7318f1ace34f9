// Users with 13 months of daily usage in an embedded data folder, written through the ingestion
// service before a benchmark starts the server on that folder.
import { ingestEvents } from '../../src/services/ingest-events.js';
import { runPendingRollups } from '../../src/services/rebuild-rollups.js';
import { migrate } from '../../src/store/migrate.js';
import { openPglite } from '../../src/store/pglite-db.js';
import { loadPlans } from '../../src/store/plans-catalog.js';

const DAY = 86_400_000;

/** Creates `count` users (mem-0, mem-1, ...) with 400 days of sessions, audio and storage; returns their ids. */
export async function seedDailyUsers(
  dataDir: string,
  count: number,
  now: number,
): Promise<string[]> {
  const db = await openPglite(dataDir);
  await migrate(db);
  await loadPlans(db);
  const ctx = { db, now: () => now };
  const users = Array.from({ length: count }, (_, i) => `mem-${i}`);
  for (const userId of users) {
    const events = Array.from({ length: 400 }, (_, d) =>
      (
        [
          ['session.created', 3 + (d % 5)],
          ['audio.processed', 10 + (d % 13)],
          ['storage.measured', 100 + d],
        ] as const
      ).map(([type, value], k) => ({
        id: `${d}-${k}`,
        userId,
        type,
        occurredAt: new Date(now - (d + 1) * DAY + k * 3_600_000).toISOString(),
        value,
        clientId: `c${d % 3}`,
      })),
    ).flat();
    for (let i = 0; i < events.length; i += 1000)
      await ingestEvents({
        ctx,
        input: { body: { events: events.slice(i, i + 1000) }, backfill: true },
      });
  }
  await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  await db.close();
  return users;
}
