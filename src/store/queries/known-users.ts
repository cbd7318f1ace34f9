// Users known to be stored, so an ingest batch sends only the others to be created: checking ~800
// known users of a batch cost ~4 ms of the database's CPU (of ~45). The set is the process's,
// held by its service context (caches.ts), bounded by bytes; forgetting a user only costs its next
// batch a check. Users are never deleted, so a user once stored stays stored.
import { LRUCache } from 'lru-cache';

export class KnownUsers {
  readonly #stored: LRUCache<string, true>;

  /** Keeps users up to about maxBytes of their ids; 0 keeps none (every batch checks every user). */
  constructor(maxBytes: number) {
    this.#stored = new LRUCache<string, true>({
      maxSize: Math.max(1, maxBytes),
      // An entry's key, its list node and map slot: about 100 bytes beside the id's characters.
      sizeCalculation: (_, id) => 100 + 2 * id.length,
    });
  }

  /** The distinct users among userIds not known to be stored. */
  unknown(userIds: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const u of userIds) if (!this.#stored.has(u)) out.add(u);
    return [...out];
  }

  /** Records users as stored: call only once the statement that stores them has committed. */
  remember(userIds: string[]): void {
    for (const u of userIds) this.#stored.set(u, true);
  }
}
