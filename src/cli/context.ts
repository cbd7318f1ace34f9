// Shared CLI plumbing: configuration, and either the local database or the running server.
import { currentOwner, type LockInfo } from '../app/data-lock.js';
import { openDatabase } from '../app/open-db.js';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import type { ServiceContext } from '../services/context.js';

/** Loads configuration or exits with its message. */
export function config(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** The server that owns the embedded data folder, if one runs. */
export function runningServer(cfg: Config): LockInfo | null {
  return cfg.databaseUrl ? null : currentOwner(cfg.dataDir);
}

/** Runs fn against the database in this process, closing it afterwards. */
export async function withLocalDb<T>(
  cfg: Config,
  fn: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  const { db, close } = await openDatabase(cfg);
  try {
    return await fn({ db, now: () => Date.now() });
  } finally {
    await close();
  }
}

/** Stops with a clear message when the embedded database belongs to a running server. */
export function refuseWhileServing(cfg: Config, what: string): void {
  const owner = runningServer(cfg);
  if (owner) {
    console.error(
      `The server (pid ${owner.pid}, port ${owner.port}) owns the embedded database in ${cfg.dataDir}; ` +
        `stop it before running "${what}".`,
    );
    process.exit(1);
  }
}
