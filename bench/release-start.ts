// Start time and memory of the built release (`node dist/cli/main.js serve`, run `npm run build`
// first) against the same server run from source through tsx, on the local PostgreSQL server.
// `npx tsx bench/release-start.ts [runs]`: time from spawn to /healthz and to /readyz, RSS at ready.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { processCpuSeconds, startServer } from '../src/app/spawn-server.js';

const ADMIN = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runs = Number(process.argv[2] ?? 3);

const rssKb = (pid: number) => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
};

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function once(bin: string, db: string) {
  const url = new URL(ADMIN);
  url.pathname = `/${db}`;
  const t0 = performance.now();
  const s = await startServer({ databaseUrl: url.toString(), bin });
  const healthy = performance.now() - t0;
  while ((await fetch(`${s.url}/readyz`)).status !== 200)
    await new Promise((r) => setTimeout(r, 20));
  const ready = performance.now() - t0;
  const rss = rssKb(s.pid);
  const cpu = processCpuSeconds(s.pid);
  await s.stop();
  return { healthy, ready, rss, cpu };
}

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, node ${process.version}`,
);
for (const [name, bin] of [
  ['release (node dist/cli/main.js)', 'dist/cli/main.js'],
  ['source (tsx bin/usage-insights.js)', 'bin/usage-insights.js'],
] as const) {
  for (let i = 0; i < runs; i++) {
    const db = `bench_start_${Date.now()}`;
    await admin(`CREATE DATABASE ${db}`);
    try {
      // Run 1 migrates an empty database; later runs of the same binary start on a migrated one.
      const first = await once(bin, db);
      const again = await once(bin, db);
      for (const [what, r] of [
        ['empty db', first],
        ['migrated', again],
      ] as const)
        console.log(
          `${name} ${what}: healthz ${r.healthy.toFixed(0)} ms, readyz ${r.ready.toFixed(0)} ms, RSS ${(r.rss / 1024).toFixed(0)} MB, CPU ${r.cpu?.toFixed(2)} s`,
        );
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    }
  }
}
