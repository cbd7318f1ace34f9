// Why a view is unavailable (a forecast, a comparison, a seasonal or peer view). The analyses are
// computed and cached once, in English, whatever their reader's language, so they write each
// reason from the catalogue's English text (`reason`); a reader's copy is rewritten from the same
// key and values (`localizeReason`), found again by matching the English text it was made from.
// Why the server refused a request works the same way: the API writes English (`refusal`), and a
// page in another language rewrites the message and each issue's reason (`localizeRefusal`).
import { en } from './en.js';
import { EN_WORDS, type Words } from './words.js';

export type ReasonKey = keyof typeof en.unavailable;
export type RefusalKey = keyof typeof en.refusals;
type Values = Record<string, string | number>;

/** The English reason for a key, as the analyses store and the API has always returned it. */
export function reason(key: ReasonKey, values: Values = {}): string {
  return EN_WORDS.t(`unavailable.${key}`, values);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Pattern<K> = { key: K; names: string[]; re: RegExp };

// Each English text as a pattern whose placeholders capture their values.
const patterns = <K extends string>(texts: Record<K, string>): Pattern<K>[] =>
  (Object.entries(texts) as [K, string][]).map(([key, text]) => {
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
const UNAVAILABLE = patterns<ReasonKey>(en.unavailable);
const REFUSALS = patterns<RefusalKey>(en.refusals);

/** A reason in the reader's words: one written by `reason` is rewritten; any other stays as given. */
export function localizeReason(text: string, w: Words): string {
  return rewrite(UNAVAILABLE, text, w, (key, values) => w.t(`unavailable.${key}`, values));
}

/** The English text of a refusal, as the API writes it in an error's message or an issue's reason. */
export function refusal(key: RefusalKey, values: Values = {}): string {
  return EN_WORDS.t(`refusals.${key}`, values);
}

/** A refusal in the reader's words: one written by `refusal` is rewritten; any other stays the server's English. */
export function localizeRefusal(text: string, w: Words): string {
  return rewrite(REFUSALS, text, w, (key, values) => w.t(`refusals.${key}`, values));
}

function rewrite<K extends string>(
  patterns: Pattern<K>[],
  text: string,
  w: Words,
  say: (key: K, values: Values) => string,
): string {
  if (w.lang === 'en') return text;
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (!m) continue;
    // Values, not Record<string, string>: i18next's types read a string index as a `context` option.
    const values: Values = Object.fromEntries(p.names.map((n, i) => [n, m[i + 1]!]));
    return say(p.key, values);
  }
  return text;
}
