import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    // Two cores: more workers only contend for the CPU.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'server',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/web/**', '**/node_modules/**'],
          globalSetup: ['src/store/pglite-template.global.ts'],
          // The server keeps its state (caches, limiters, providers) on the service context, not
          // in modules (ADR 12), so its test files share one module graph per worker instead of
          // loading fastify, PGlite and the analytics again for each of some 170 files (about a
          // third of the suite's time).
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'web',
          include: ['src/web/**/*.test.ts'],
          // The dashboard's modules do hold page state (the language, the catalogues loaded).
          isolate: true,
        },
      },
    ],
  },
});
