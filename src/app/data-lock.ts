// The embedded database belongs to one process: a lock file in DATA_DIR names the owner.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LockInfo {
  pid: number;
  port: number | null;
  startedAt: string;
}

const file = (dataDir: string) => join(dataDir, 'owner.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live owner of the data folder, or null (a lock left by a dead process does not count). */
export function currentOwner(dataDir: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file(dataDir), 'utf8')) as LockInfo;
    return alive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

/** Takes the data folder for this process or throws naming the process that holds it. */
export function acquireDataLock(dataDir: string, port: number | null): () => void {
  mkdirSync(dataDir, { recursive: true });
  const info: LockInfo = { pid: process.pid, port, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file(dataDir), JSON.stringify(info), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(file(dataDir));
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = currentOwner(dataDir);
      if (owner) throw new DataLockedError(dataDir, owner);
      // The previous owner died (crash, SIGKILL): its lock is stale.
      unlinkSync(file(dataDir));
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

export class DataLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockInfo,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${owner.pid}` +
        (owner.port ? ` (the server on port ${owner.port})` : '') +
        '. Stop it first, or use a command that goes through the running server.',
    );
  }
}
