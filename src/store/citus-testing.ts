// Test and bench databases on a Citus coordinator (ADR 13). A database there is distributed only
// when it holds the extension and knows its workers, on every node, so a new database is created
// on each node, gets the extension everywhere, and the coordinator adds the same workers.
import pg from 'pg';

interface Node {
  host: string;
  port: number;
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const nodeUrl = (base: string, node: Node, database: string) => {
  const u = new URL(base);
  u.hostname = node.host;
  u.port = String(node.port);
  u.pathname = `/${database}`;
  return u.toString();
};

/** Whether the database at url has the citus extension (then it is a coordinator). */
export async function isCitus(url: string): Promise<boolean> {
  return withClient(url, async (c) => {
    const r = await c.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`);
    return r.rowCount === 1;
  });
}

/**
 * On a Citus coordinator, makes the database of client c create few shards per table and returns
 * true; elsewhere returns false.
 */
export async function preparedForCitus(c: pg.Client): Promise<boolean> {
  const r = await c.query(`SELECT 1 FROM pg_extension WHERE extname = 'citus'`);
  if (r.rowCount !== 1) return false;
  // Each test schema creates about fifteen distributed tables; with Citus's default of 32 shards
  // each, creating and dropping them would dominate the run. Four still spread every table over
  // both workers, which is what the routing tests need.
  // Test files start in parallel, and two ALTER DATABASE on the same row fail with "tuple
  // concurrently updated": they take turns under an advisory lock, and skip once it is set.
  await c.query('SELECT pg_advisory_lock(hashtext($1))', ['usage-insights:citus-shard-count']);
  try {
    const set = await c.query<{ v: string }>(
      `SELECT coalesce((SELECT s FROM pg_db_role_setting d, unnest(d.setconfig) s
          WHERE d.setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND d.setrole = 0 AND s = 'citus.shard_count=4'), '') AS v`,
    );
    if (set.rows[0]?.v === '')
      await c.query(
        `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET citus.shard_count = 4', current_database()); END $$`,
      );
  } finally {
    await c.query('SELECT pg_advisory_unlock(hashtext($1))', ['usage-insights:citus-shard-count']);
  }
  return true;
}

/** The coordinator and workers of the cluster the coordinator at url belongs to. */
async function clusterNodes(url: string): Promise<{ coordinator: Node; workers: Node[] }> {
  return withClient(url, async (c) => {
    const rows = (
      await c.query<{ nodename: string; nodeport: number; groupid: number }>(
        'SELECT nodename, nodeport, groupid FROM pg_dist_node ORDER BY nodeport',
      )
    ).rows;
    const workers = rows.filter((r) => r.groupid !== 0);
    const own = new URL(url);
    const coord = rows.find((r) => r.groupid === 0);
    return {
      coordinator: coord
        ? { host: coord.nodename, port: coord.nodeport }
        : { host: own.hostname, port: Number(own.port || 5432) },
      workers: workers.map((r) => ({ host: r.nodename, port: r.nodeport })),
    };
  });
}

/**
 * Creates database name on every node of the coordinator's cluster, with Citus and its workers;
 * shardCount per distributed table (tests: 4; Citus's default is 32).
 */
export async function createCitusDatabase(
  url: string,
  name: string,
  shardCount = 4,
): Promise<void> {
  const { coordinator, workers } = await clusterNodes(url);
  for (const node of [coordinator, ...workers]) {
    await withClient(nodeUrl(url, node, 'postgres'), (c) => c.query(`CREATE DATABASE ${name}`));
    await withClient(nodeUrl(url, node, name), (c) => c.query('CREATE EXTENSION citus'));
  }
  await withClient(nodeUrl(url, coordinator, name), async (c) => {
    await c.query('SELECT citus_set_coordinator_host($1, $2)', [
      coordinator.host,
      coordinator.port,
    ]);
    for (const w of workers) await c.query('SELECT citus_add_node($1, $2)', [w.host, w.port]);
    await c.query(`ALTER DATABASE ${name} SET citus.shard_count = ${Number(shardCount)}`);
  });
}

/** Drops database name from every node of the coordinator's cluster. */
export async function dropCitusDatabase(url: string, name: string): Promise<void> {
  const { coordinator, workers } = await clusterNodes(url);
  for (const node of [coordinator, ...workers]) {
    await withClient(nodeUrl(url, node, 'postgres'), (c) =>
      c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  }
}
