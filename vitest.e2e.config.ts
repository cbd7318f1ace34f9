// Browser tests: e2e/*.spec.ts against a server started on a temporary demo database, driven
// with playwright-core and the system's Chromium (no browser download, no @playwright/test).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/lib/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One spec file at a time: the server, the database and Chromium share two cores.
    fileParallelism: false,
    maxWorkers: 1,
    // The specs share one server whose jobs and analyses from earlier specs may still be running,
    // so focus and layout timings can meet that load; on CI a failing spec gets two more tries, as
    // Playwright's own CI default. A failure on every try is still a failure.
    retry: process.env.CI ? 2 : 0,
  },
});
