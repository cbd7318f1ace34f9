// A throwaway PostgreSQL server for tests that stop, restart or replicate one: its own data
// folder and port, never the machine's main cluster. Run as root, the binaries run as postgres.
import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TempCluster {
  port: number;
  dataDir: string;
  /** postgres://postgres@127.0.0.1:port/postgres (or another database). */
  url(database?: string): string;
  start(): Promise<void>;
  /** Fast shutdown: connections are cut, as in an outage. */
  stop(): Promise<void>;
  /** Stops and removes the data folder. */
  destroy(): Promise<void>;
}

const asRoot = () => process.getuid?.() === 0;

async function pgBin(name: string, args: string[]): Promise<string> {
  const [cmd, argv] = asRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, name), ...args]]
    : [join(PG_BIN, name), args];
  const { stdout } = await run(cmd, argv, { timeout: 120_000 });
  return stdout;
}

function ownedTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot()) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  return dir;
}

// Module-level on purpose: the postgres account's ids are a fact of the machine, read once.
let ids: { uid: number; gid: number } | undefined;
function postgresIds() {
  if (!ids) {
    // Read once from the passwd database; tests run as root only in CI containers.
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('postgres:'));
    if (!line) throw new Error('no postgres user to run the test server as');
    const f = line.split(':');
    ids = { uid: Number(f[2]), gid: Number(f[3]) };
  }
  return ids;
}
async function waitReady(port: number) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const c = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    try {
      await c.connect();
      await c.end();
      return;
    } catch (err) {
      await c.end().catch(() => {});
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function handle(dataDir: string, port: number): TempCluster {
  const logFile = join(dataDir, 'server.log');
  return {
    port,
    dataDir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await pgBin('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start']);
      await waitReady(port);
    },
    async stop() {
      await pgBin('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']).catch(() => {});
    },
    async destroy() {
      await this.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const SERVER_CONF = (port: number) => `
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = ''
max_connections = 100
shared_buffers = 32MB
fsync = off
full_page_writes = off
synchronous_commit = off
wal_level = replica
max_wal_senders = 4
hot_standby = on
`;

/** A new primary on port (trust authentication, replication allowed from loopback), started. */
export async function startTempCluster(port: number): Promise<TempCluster> {
  const dataDir = ownedTempDir('ui-pg-');
  await pgBin('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  writeFileSync(join(dataDir, 'postgresql.auto.conf'), SERVER_CONF(port), { flag: 'a' });
  writeFileSync(
    join(dataDir, 'pg_hba.conf'),
    'host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n',
  );
  const c = handle(dataDir, port);
  await c.start();
  return c;
}

/** A streaming standby of primary on port, made with pg_basebackup, started. */
export async function startTempStandby(primary: TempCluster, port: number): Promise<TempCluster> {
  const dataDir = ownedTempDir('ui-pg-standby-');
  await pgBin('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '--no-sync',
  ]);
  writeFileSync(join(dataDir, 'postgresql.auto.conf'), `port = ${port}\n`, { flag: 'a' });
  const c = handle(dataDir, port);
  await c.start();
  return c;
}
