// Test helpers for services: a context with a fixed, movable clock over a test database.
import type { Db } from '../store/db.js';
import { dbTest } from '../store/testing.js';
import { createCaches } from './caches.js';
import type { ServiceContext } from './context.js';
import { ExportSlots } from './export-slots.js';

export interface TestContext extends ServiceContext {
  setNow(iso: string | number): void;
}

/** A service context (with its own caches, analyses on the calling thread) whose clock stands still until the test moves it. */
export function testContext(db: Db, nowIso: string): TestContext {
  let now = Date.parse(nowIso);
  return {
    db,
    exportSlots: new ExportSlots(),
    now: () => now,
    caches: createCaches(),
    setNow: (t) => {
      now = typeof t === 'number' ? t : Date.parse(t);
    },
  };
}

/**
 * dbTest plus the fixture `ctx`: a test context over that database for the whole file, its clock
 * at nowIso, with the given members (a signing key, a public URL) set on it.
 */
export const serviceTest = (nowIso: string, context: Partial<ServiceContext> = {}) =>
  dbTest.extend('ctx', { scope: 'file' }, async ({ t }) => ({
    ...testContext(t.db, nowIso),
    ...context,
  }));
