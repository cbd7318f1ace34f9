// Why a view is unavailable (a forecast, a comparison, a seasonal or peer view). The analyses are
// computed and cached once, in English, whatever their reader's language, so they write each
// reason from the catalogue's English text (`reason`); a reader's copy is rewritten from the same
// key and values (`localizeReason`), found again by matching the English text it was made from.
import { en } from './en.js';
import { EN_WORDS, type Words } from './words.js';

export type ReasonKey = keyof typeof en.unavailable;
type Values = Record<string, string | number>;

/** The English reason for a key, as the analyses store and the API has always returned it. */
export function reason(key: ReasonKey, values: Values = {}): string {
  return EN_WORDS.t(`unavailable.${key}`, values);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each English text as a pattern whose placeholders capture their values.
const PATTERNS = (Object.entries(en.unavailable) as [ReasonKey, string][]).map(([key, text]) => {
  const names: string[] = [];
  const source = text
    .split(/(\{\{\s*\w+\s*\}\})/)
    .map((part) => {
      const name = /^\{\{\s*(\w+)\s*\}\}$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return '(.+?)';
    })
    .join('');
  return { key, names, re: new RegExp(`^${source}$`) };
});

/** A reason in the reader's words: one written by `reason` is rewritten; any other stays as given. */
export function localizeReason(text: string, w: Words): string {
  if (w.lang === 'en') return text;
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    // Values, not Record<string, string>: i18next's types read a string index as a `context` option.
    const values: Values = Object.fromEntries(p.names.map((n, i) => [n, m[i + 1]!]));
    return w.t(`unavailable.${p.key}`, values);
  }
  return text;
}
