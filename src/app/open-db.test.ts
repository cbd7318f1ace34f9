// Ingestion's own pool on a server: its sessions carry the settings its batches need (on Citus,
// keeping the worker connections a batch opens; elsewhere a harmless placeholder).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { INGEST_SESSION } from '../store/queries/ingest-batch.js';
import { createTestDatabaseUrl } from '../store/testing.js';
import { openDatabase, openLane } from './open-db.js';

describe('openLane', () => {
  it("gives ingestion's sessions their settings on a server, and shares the embedded database", async () => {
    const database = await createTestDatabaseUrl();
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ui-lane-')),
      ...(database
        ? { DATABASE_URL: database.url, AUTH_JWT_SECRET: 'lane-test-secret-0123456789abcdef' }
        : {}),
    });
    const opened = await openDatabase(config);
    const lane = openLane(config, opened.db, 1, INGEST_SESSION);
    try {
      if (!database) {
        expect(lane.db).toBe(opened.db);
        return;
      }
      expect(lane.db).not.toBe(opened.db);
      const [row] = await lane.db.query<{ cached: string; jit: string }>(
        `SELECT current_setting('citus.max_cached_conns_per_worker') AS cached,
                current_setting('jit') AS jit`,
      );
      expect(row).toEqual({ cached: '16', jit: 'off' });
    } finally {
      await lane.close();
      await opened.close();
      await database?.drop();
    }
  });
});
