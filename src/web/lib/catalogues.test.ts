// The German catalogue stays out of the dashboard's entry script and arrives when asked for.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../domain/i18n/instance.js';
import { catalogueReady, loadCatalogue } from './catalogues.js';
import { pageLocale } from './locale.js';

const web = join(import.meta.dirname, '..');

// Every file the entry reaches through static imports (`import ... from`, `export ... from`);
// `import('...')` is a chunk of its own and `import type` is erased: neither is followed.
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), m[1]!.replace(/\.js$/, ''));
      const found = ['.ts', '.tsx'].map((x) => base + x).find(existsSync);
      if (found) todo.push(found);
    }
  }
  return seen;
}

describe('dashboard catalogues', () => {
  it('keeps every language but English out of the app, and every catalogue out of the loader', () => {
    const names = (entry: string) =>
      [...staticGraph(join(web, entry))].map((f) => f.slice(web.length - 3));
    const app = names('render-app.tsx');
    expect(app).toContain('web/lib/catalogues.ts');
    expect(app.some((f) => f.endsWith('i18n/en.ts'))).toBe(true);
    expect(app.filter((f) => /i18n\/(de[.-]|index\.ts)/.test(f))).toEqual([]);
    // The loader (main.tsx) starts the German chunk's fetch, but holds no catalogue itself.
    const loader = names('main.tsx');
    expect(loader).toContain('web/lib/catalogue-chunks.ts');
    expect(loader.filter((f) => /i18n\/(de|en|index)[.-]/.test(f))).toEqual([]);
  });

  it('keeps it out of the embedded component too', () => {
    const graph = [...staticGraph(join(web, 'embed', 'index.ts'))];
    expect(graph.filter((f) => /i18n\/(de[.-]|index\.ts)/.test(f))).toEqual([]);
  });

  it('loads German on demand; until then a German translator cannot be made', async () => {
    expect(catalogueReady('de-AT')).toBe(false);
    expect(() => createI18n('de')).toThrow(/de catalogue is not loaded/);
    expect(await loadCatalogue('en')).toBe(true);
    expect(await loadCatalogue('de-AT')).toBe(true);
    expect(catalogueReady('de')).toBe(true);
    expect(createI18n('de-AT').t('units.sessions', { count: 2 })).toBe('Sitzungen');
    expect(pageLocale()).toBe('en');
  });
});
