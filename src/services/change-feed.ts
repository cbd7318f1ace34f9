// Users whose usage changed since the worker last looked, kept in this process: ingestion adds
// them as it commits, and the worker turns them into alert checks within a second. A crash loses
// only this shortcut; the rollup of the same usage queues the check again.

export interface ChangeFeed {
  add(userIds: Iterable<string>): void;
  /** The users added since the last take, each once. */
  take(): string[];
}

/** A change feed in memory, for one process. */
export function createChangeFeed(): ChangeFeed {
  let pending = new Set<string>();
  return {
    add(userIds) {
      for (const u of userIds) pending.add(u);
    },
    take() {
      const out = [...pending];
      pending = new Set();
      return out;
    },
  };
}
