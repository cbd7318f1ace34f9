// The in-memory caches of one process, held by the service context (not by modules), each bounded
// by bytes: a caller can make them hold many answers, never more memory than configured.
import { LRUCache } from 'lru-cache';
import type { UsageAnalysis } from '../analytics/index.js';
import type { ResolvedRange } from '../domain/range.js';
import type { HistoryResponse } from './get-history.js';
import { sortedSumsBytes, type SortedSums } from '../domain/client-sums.js';
import { KnownUsers } from '../store/queries/known-users.js';
import { jsonOnce } from './json-text.js';
import { DayParts } from './day-parts.js';
import { VersionedCache } from './versioned-cache.js';

export interface ServiceCaches {
  history: VersionedCache<HistoryResponse>;
  /** Closed months of daily rows, which answers by day are made of when the whole answer moved on. */
  dayParts: DayParts;
  analysis: VersionedCache<UsageAnalysis>;
  /** Per-client sums of a range's closed days (top clients), until a rollup rewrites one of them. */
  clientSums: VersionedCache<SortedSums>;
  ranges: LRUCache<string, ResolvedRange>;
  /** Users known to be stored, whom ingest batches need not ask the database to create. */
  knownUsers: KnownUsers;
}

export interface CacheLimits {
  /** Bytes for all caches together; 0 keeps nothing. */
  maxBytes: number;
  /** At most this many history answers besides the bytes (HISTORY_CACHE_ENTRIES); 0 keeps none. */
  historyEntries?: number;
}

export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

// Weights are estimates from the JSON size: the objects take about twice their JSON in the heap,
// and a served answer also keeps its text, bytes and gzip (bench/cache-memory.ts checks the sum).
const HEAP_PER_JSON_BYTE = 4;
const BYTES_PER_RANGE_BUCKET = 200;

/** A set of empty caches sharing one byte budget: most for history answers and their parts, then analyses, a little for client sums and ranges. */
export function createCaches(
  limits: CacheLimits = { maxBytes: DEFAULT_CACHE_BYTES },
): ServiceCaches {
  const share = (f: number) => Math.floor(limits.maxBytes * f);
  return {
    history: new VersionedCache<HistoryResponse>({
      maxBytes: share(0.45),
      maxEntries: limits.historyEntries,
      sizeOf: (h) => jsonOnce(h).text.length * HEAP_PER_JSON_BYTE,
    }),
    dayParts: new DayParts(share(0.15)),
    analysis: new VersionedCache<UsageAnalysis>({
      maxBytes: share(0.26),
      sizeOf: (a) => JSON.stringify(a).length * HEAP_PER_JSON_BYTE,
    }),
    clientSums: new VersionedCache<SortedSums>({ maxBytes: share(0.06), sizeOf: sortedSumsBytes }),
    ranges: new LRUCache<string, ResolvedRange>({
      maxSize: Math.max(1, share(0.05)),
      sizeCalculation: (r) => 512 + r.buckets.length * BYTES_PER_RANGE_BUCKET,
    }),
    knownUsers: new KnownUsers(share(0.03)),
  };
}

/** Hits and misses of each cache since the process started (zeros without caches). */
export function cacheStats(ctx: { caches?: ServiceCaches }): Record<string, number> {
  const c = ctx.caches;
  return {
    historyHits: c?.history.hits ?? 0,
    historyMisses: c?.history.misses ?? 0,
    dayPartsHits: c?.dayParts.hits ?? 0,
    dayPartsMisses: c?.dayParts.misses ?? 0,
    analysisHits: c?.analysis.hits ?? 0,
    analysisMisses: c?.analysis.misses ?? 0,
    clientSumsHits: c?.clientSums.hits ?? 0,
    clientSumsMisses: c?.clientSums.misses ?? 0,
  };
}
