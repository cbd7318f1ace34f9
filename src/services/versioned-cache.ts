// The one caching rule of the services: an answer is kept per key together with the data version
// it was computed for, served while the version is unchanged, weighed in bytes when it is ready,
// and the least recently used answers go first once the budget is spent.
import { LRUCache } from 'lru-cache';

interface Entry<T> {
  version: string;
  value: Promise<T>;
  /** Set once the value is ready: what may stand in for a newer version (see Settle), and when it was asked for. */
  settle?: string;
  at?: number;
}

/**
 * An answer for another version may be served instead of computing, when it was computed for the
 * same settle key (e.g. the same local day and settings) less than maxAgeMs before now.
 */
export interface Settle {
  key: string;
  now: number;
  maxAgeMs: number;
}

// What an answer is charged while it is still being computed (its real weight is set once ready).
const PENDING_BYTES = 4096;

export interface VersionedCacheOptions<T> {
  /** The byte budget; 0 keeps nothing (every request computes). */
  maxBytes: number;
  /** An optional cap on the number of answers besides the bytes. */
  maxEntries?: number;
  /** The approximate bytes an answer holds in memory. */
  sizeOf: (value: T) => number;
}

export class VersionedCache<T> {
  readonly #lru: LRUCache<string, Entry<T>> | null;
  readonly #sizeOf: (value: T) => number;
  // Keys whose last answer was too large for the whole budget, so computing it to keep is waste.
  readonly #tooLarge = new LRUCache<string, true>({ max: 1024 });
  /** Answers served from the cache (kept or shared with a computation in flight), for /metrics. */
  hits = 0;
  /** Answers that had to be computed. */
  misses = 0;

  constructor(opts: VersionedCacheOptions<T>) {
    this.#sizeOf = opts.sizeOf;
    this.#lru =
      opts.maxBytes > 0 && opts.maxEntries !== 0
        ? new LRUCache<string, Entry<T>>({
            maxSize: opts.maxBytes,
            ...(opts.maxEntries ? { max: opts.maxEntries } : {}),
          })
        : null;
  }

  /** False when nothing is kept, or the key's last answer was too large to keep. */
  keeps(key: string): boolean {
    return !!this.#lru && !this.#tooLarge.has(key);
  }

  /** True when any answer for the key is kept, whatever its version. */
  holds(key: string): boolean {
    return this.#lru?.has(key) ?? false;
  }

  /** True when an answer for (key, version) is kept or being computed, or one that may stand in for it. */
  has(key: string, version: string, settle?: Settle): boolean {
    const e = this.#lru?.peek(key);
    return !!e && (e.version === version || standsIn(e, settle));
  }

  /** The answer for (key, version): the kept one, the one being computed, or a new computation. */
  get(key: string, version: string, compute: () => Promise<T>, settle?: Settle): Promise<T> {
    const lru = this.#lru;
    if (!lru) {
      this.misses++;
      return compute();
    }
    const hit = lru.get(key);
    if (hit && (hit.version === version || standsIn(hit, settle))) {
      this.hits++;
      return hit.value;
    }
    this.misses++;
    // Concurrent requests for the same answer share this one computation.
    const entry: Entry<T> = { version, value: compute() };
    lru.set(key, entry, { size: PENDING_BYTES });
    entry.value.then(
      (v) => {
        // A new entry object: lru-cache re-weighs a key only when its value changes.
        const ready = settle ? { ...entry, settle: settle.key, at: settle.now } : { ...entry };
        if (lru.peek(key) !== entry) return;
        lru.set(key, ready, { size: Math.max(1, this.#sizeOf(v)) });
        // lru-cache refuses an entry larger than its whole budget.
        if (!lru.has(key)) this.#tooLarge.set(key, true);
        else this.#tooLarge.delete(key);
      },
      // A failed computation is not kept: the next request tries again.
      () => {
        if (lru.peek(key) === entry) lru.delete(key);
      },
    );
    return entry.value;
  }

  /** Keeps an answer computed elsewhere (e.g. read from the shared table). */
  put(key: string, version: string, value: T): void {
    this.#lru?.set(key, { version, value: Promise.resolve(value) }, { size: this.#sizeOf(value) });
  }

  /** Bytes held now (as weighed). */
  get bytes(): number {
    return this.#lru?.calculatedSize ?? 0;
  }

  /** Forgets everything. */
  clear(): void {
    this.#lru?.clear();
  }
}

function standsIn(e: Entry<unknown>, settle: Settle | undefined): boolean {
  return (
    !!settle && e.settle === settle.key && e.at !== undefined && settle.now - e.at < settle.maxAgeMs
  );
}
