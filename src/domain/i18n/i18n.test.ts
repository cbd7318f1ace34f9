// Fails on a missing text: every language has exactly English's keys and placeholders, and every
// key the source asks for (t('...'), i18nKey="...") is in the catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, createI18n, formatTag, resolveLocale } from './index.js';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const en = flatten(CATALOGUES.en);

describe('message catalogues', () => {
  for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
    if (lang === 'en') continue;
    const other = flatten(catalogue as Tree);
    it(`${lang} has every English key and no other`, () => {
      expect([...en.keys()].filter((k) => !other.has(k))).toEqual([]);
      expect([...other.keys()].filter((k) => !en.has(k))).toEqual([]);
    });
    it(`${lang} keeps every placeholder of the English text`, () => {
      const wrong = [...en].filter(
        ([k, v]) => placeholders(v).join() !== placeholders(other.get(k) ?? '').join(),
      );
      expect(wrong.map(([k]) => k)).toEqual([]);
      const empty = [...other].filter(([, v]) => !v.trim());
      expect(empty.map(([k]) => k)).toEqual([]);
    });
  }

  it('has every key the source uses', () => {
    const root = join(import.meta.dirname, '..', '..');
    const missing: string[] = [];
    let seen = 0;
    // t('a.b'), t("a.b"), pageT()('a.b'), i18nKey="a.b"; a template key t(`a.${x}`) needs the
    // group "a".
    const call = String.raw`\b(?:t|pageT\(\))\(\s*`;
    const literal = new RegExp(String.raw`(?:${call}|i18nKey=\{?\s*)(['"])([\w.\- ]+?)\1`, 'g');
    const template = new RegExp(String.raw`${call}\`([\w.]+?)\.\$\{`, 'g');
    const groups = new Set(
      [...en.keys()].flatMap((k) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))),
    );
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(literal)) {
        seen++;
        const key = m[2]!;
        if (!en.has(key) && !en.has(`${key}_one`)) missing.push(`${file}: ${key}`);
      }
      for (const m of text.matchAll(template)) {
        seen++;
        if (!groups.has(m[1]!)) missing.push(`${file}: ${m[1]}.*`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('locale', () => {
  it('takes the explicit choice, then the browser, then English', () => {
    expect(resolveLocale('de', ['en-GB'])).toBe('de');
    expect(resolveLocale(null, ['fr-FR', 'de-AT'])).toBe('de-AT');
    expect(resolveLocale('xx', ['fr'])).toBe('en');
    expect(resolveLocale('<script>', [])).toBe('en');
  });
  it('writes English by the one en-GB format and German by its own', () => {
    expect(formatTag('en-US')).toBe('en-GB');
    expect(formatTag('de-AT')).toBe('de-AT');
  });
  it('translates with plurals and placeholders', () => {
    expect(createI18n('de').t('units.sessions', { count: 2 })).toBe('Sitzungen');
    expect(createI18n('en-US').t('header.plan', { plan: 'Pro' })).toBe('Pro plan');
    expect(createI18n('fr').t('format.new')).toBe('new');
  });
});
