// Builds the dashboard (src/web) into dist/web, which src/http/routes/web.ts serves.
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';

/** Writes .br and .gz beside every compressible asset once, at build time (served as they are). */
function precompress(dir: string): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    closeBundle() {
      for (const name of readdirSync(dir)) {
        if (!/\.(js|css|svg|json|html|txt)$/.test(name)) continue;
        const body = readFileSync(join(dir, name));
        if (body.length < 1024) continue;
        writeFileSync(
          join(dir, `${name}.br`),
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * Names the first screen's chunks in index.html (modulepreload: fetched and compiled while the
 * loader runs, not requested by it after it has run), with their static imports and the app's CSS.
 */
function preloadFirstScreen(entries: RegExp[]): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle as OutputBundle | undefined;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const js = new Set<string>();
        const css = new Set<string>();
        const add = (c: OutputChunk) => {
          // The entry is index.html's own script already.
          if (js.has(c.fileName) || c.isEntry) return;
          js.add(c.fileName);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          for (const f of c.imports) if (byName.has(f)) add(byName.get(f)!);
        };
        for (const c of chunks)
          if (!c.isEntry && entries.some((e) => e.test(c.facadeModuleId ?? ''))) add(c);
        return [
          ...[...js].map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${f}` },
            injectTo: 'head' as const,
          })),
          ...[...css].map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `/${f}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    // The dashboard's app and its chart code; the operator console (/admin) loads its own.
    preloadFirstScreen([/[/\\]render-app\.tsx$/, /[/\\]charts[/\\]EChart\.tsx$/]),
    precompress(join(outDir, 'assets')),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // The CSP allows no inline script or data: fonts, so nothing is inlined into the HTML.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    reportCompressedSize: false,
  },
  server: {
    // `vite` in dev proxies the API to a running `npm start`.
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
