// Vitest global setup: one embedded database migrated with the plans loaded, dumped once, so each
// test database starts from that copy (about a second) instead of initdb and every migration
// (three to four seconds on two cores, for each of some sixty test files).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from './migrate.js';
import { loadPlans } from './plans-catalog.js';
import { openPglite } from './pglite-db.js';

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return project.provide('pgliteTemplate', null);
  const dir = mkdtempSync(join(tmpdir(), 'ui-pglite-template-'));
  const db = await openPglite(null);
  await migrate(db);
  await loadPlans(db);
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
