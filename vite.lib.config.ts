// Builds the embeddable dashboard (`usage-insights/react`, src/web/embed) into dist/react as an
// ES library. React and react-dom are the host's (peer dependencies); everything else is bundled,
// so the host's own versions of the query and date libraries cannot clash with the dashboard's.
// Plain CSS imports are dropped here: the component adopts its scoped stylesheet (imported with
// ?inline) in its shadow root, so no CSS file is emitted for the host to load globally.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const EMPTY = '\0usage-insights-no-global-css';

function noGlobalCss(): Plugin {
  return {
    name: 'no-global-css',
    enforce: 'pre',
    resolveId(id) {
      return /\.css$/.test(id) ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export {}' : null;
    },
  };
}

const PEERS = /^(react|react-dom)(\/.*)?$/;

export default defineConfig({
  plugins: [noGlobalCss(), react()],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(
          new URL('./src/web/embed/sync-external-store.ts', import.meta.url),
        ),
      },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/react', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
    lib: {
      entry: fileURLToPath(new URL('./src/web/embed/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: 'usage-history',
    },
    rolldownOptions: { external: (id) => PEERS.test(id) },
  },
});
