// Fails on a missing text: every language has exactly English's keys and placeholders, and every
// key the source asks for (t('...'), i18nKey="...") is in the catalogue. The type checker is the
// stronger guard (keys typed from English, keys.test.ts); this scan also names a key that a cast
// (`as never`) would hide from it.
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
const groups = new Set(
  [...en.keys()].flatMap((k) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'))),
);

interface KeyUse {
  key: string;
  /** A template key t(`a.${x}`): the catalogue needs the group "a". */
  group: boolean;
}

const known = (u: KeyUse) =>
  u.group ? groups.has(u.key) : en.has(u.key) || en.has(`${u.key}_one`);

// The text of the expression starting at `from`, up to the first comma or closing bracket at its
// own depth (strings and nested calls skipped), so `t(a ? 'x.y' : f('p', 'q'), opts)` gives
// `a ? 'x.y' : f('p', 'q')`.
function firstArgument(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return text.slice(from);
      i = end;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return text.slice(from, i);
      depth--;
    } else if (c === ',' && depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

/**
 * Every key a source text asks for: in the first argument of t(...), x.t(...), pageT()(...) and in
 * i18nKey="..." / i18nKey={...}, each quoted literal that looks like a key (a dotted name), so a
 * key chosen by a ternary or a fallback counts too; a template t(`a.${x}`) needs its group.
 */
function keysUsed(text: string): KeyUse[] {
  const out: KeyUse[] = [];
  const starts = /(?:\b(?:t|pageT\(\))\(|\bi18nKey=\{?)\s*/g;
  for (const m of text.matchAll(starts)) {
    const at = m.index + m[0].length;
    const arg =
      text[at] === '"' && !m[0].includes('{')
        ? text.slice(at, text.indexOf('"', at + 1) + 1)
        : firstArgument(text, at);
    const template = /^`([\w.]+?)\.\$\{/.exec(arg);
    if (template) {
      out.push({ key: template[1]!, group: true });
      continue;
    }
    // Literals inside nested calls (f('a', 'b.c')) are that call's arguments, not keys.
    const own = arg.replace(/\w\s*\((?:[^()]|\([^()]*\))*\)/g, '');
    for (const lit of own.matchAll(/(['"])([\w-]+(?:\.[\w-]+)+)\1/g))
      out.push({ key: lit[2]!, group: false });
    const whole = /^(['"])([\w.\- ]+?)\1$/.exec(arg.trim());
    if (whole && !whole[2]!.includes('.')) out.push({ key: whole[2]!, group: false });
  }
  return out;
}

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
    for (const file of sourceFiles(root)) {
      for (const use of keysUsed(readFileSync(file, 'utf8'))) {
        seen++;
        if (!known(use)) missing.push(`${file}: ${use.key}${use.group ? '.*' : ''}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('sees keys chosen by a ternary or a fallback, and names a missing one', () => {
    const src = [
      "t(open ? 'alerts.hideLog' : 'alerts.showLog', { count: n })",
      "w.t(up ? 'insightText.trend.upMessage' : 'insightText.trend.noSuchKey', { x: f('a', 'b.c') })",
      "pageT()(a ? 'charts.unusualSpike' : b ? 'charts.unusualDip' : 'charts.gone')",
      "t(key ?? 'app.loading')",
      '<Trans i18nKey={wide ? "app.name" : "app.nameShort"} />',
      't(`metrics.${m}`)',
      "t(kind === 'day' ? 'app.loading' : 'app.name')",
    ].join('\n');
    const used = keysUsed(src).map((u) => u.key);
    expect(used).toEqual([
      'alerts.hideLog',
      'alerts.showLog',
      'insightText.trend.upMessage',
      'insightText.trend.noSuchKey',
      'charts.unusualSpike',
      'charts.unusualDip',
      'charts.gone',
      'app.loading',
      'app.name',
      'app.nameShort',
      'metrics',
      'app.loading',
      'app.name',
    ]);
    expect(
      keysUsed(src)
        .filter((u) => !known(u))
        .map((u) => u.key),
    ).toEqual(['insightText.trend.noSuchKey', 'charts.gone', 'app.nameShort']);
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

describe('sentence ends', () => {
  it('end a sentence closing on an abbreviation with one period, and leave an ellipsis alone', () => {
    const t = createI18n('de').t;
    expect(t('forecastText.billable', { value: '2.986,3 Min.', range: '1 Min. – 2 Min.' })).toBe(
      'Was die Limits durchlassen: etwa 2.986,3 Min., 80%-Intervall 1 Min. – 2 Min.',
    );
    expect(t('forecastText.billable', { value: '...', range: '../x' })).toContain('etwa ...,');
    expect(t('forecastText.billable', { value: '1', range: '../x' })).toMatch(/\.\.\/x\.$/);
  });
});
