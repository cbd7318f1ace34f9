// Once a minute each process records its health (events it accepted, rollup lag, cache hits and
// misses since the last sample) in ops_samples, so the console and `stats` can show a month of
// ingestion, freshness and cache figures after the process that counted them is gone.
import { hostname } from 'node:os';
import type { Registry } from 'prom-client';
import type { Periodic } from '../jobs/worker.js';
import { cacheStats } from '../services/caches.js';
import type { ServiceCaches } from '../services/caches.js';
import { insertOpsSample } from '../store/queries/ops/insert-ops-sample.js';
import { readOpsGauges } from '../store/queries/ops-gauges.js';

async function acceptedEvents(registry: Registry): Promise<number> {
  const m = registry.getSingleMetric('usage_insights_events_total');
  const values = m ? (await m.get()).values : [];
  return values.filter((v) => v.labels.outcome === 'accepted').reduce((s, v) => s + v.value, 0);
}

function cacheTotals(caches: ServiceCaches): { hits: number; misses: number } {
  const s = cacheStats({ caches });
  return {
    hits: (s.historyHits ?? 0) + (s.analysisHits ?? 0),
    misses: (s.historyMisses ?? 0) + (s.analysisMisses ?? 0),
  };
}

/** The periodic task that samples this process every minute. */
export function opsSampler(registry: Registry, caches: ServiceCaches): Periodic {
  const instance = `${hostname()}:${process.pid}`.slice(0, 100);
  let last = { events: 0, hits: 0, misses: 0 };
  let primed = false;
  return {
    name: 'ops-sample',
    everyMs: 60_000,
    async run(db, now) {
      const events = await acceptedEvents(registry);
      const cache = cacheTotals(caches);
      const cur = { events, hits: cache.hits, misses: cache.misses };
      // The first run only takes the counters' starting point (a minute is the unit).
      if (!primed) {
        primed = true;
        last = cur;
        return;
      }
      const gauges = await readOpsGauges(db);
      await insertOpsSample(db, {
        at: Math.floor(now / 60_000) * 60_000,
        instance,
        events: cur.events - last.events,
        rollupLagSeconds: gauges.rollupLagSeconds,
        cacheHits: cur.hits - last.hits,
        cacheMisses: cur.misses - last.misses,
      });
      last = cur;
    },
  };
}
