// The page's locale lives in the document itself: `<html lang>`, set once at start from the URL's
// `lang=` or the browser's languages, so screen readers, the formatters and the translator all
// read the same one. Embedded in a host app, the dashboard follows the host page's `<html lang>`.
import type { TFunction } from 'i18next';
import type { Metric } from '../../domain/metrics.js';
import { createI18n, hasCatalogue } from '../../domain/i18n/instance.js';
import {
  DEFAULT_LANGUAGE,
  formatTag,
  languageOf,
  resolveLocale,
  type Language,
} from '../../domain/i18n/locale.js';
import { wordsFor, type Words } from '../../domain/i18n/words.js';

/** The locale a page starts with: `lang=` in its query, else the browser's, else English. */
export function startLocale(search: string, languages: readonly string[]): string {
  return resolveLocale(new URLSearchParams(search).get('lang'), languages);
}

/** The document's locale tag (`<html lang>`) as written; English without a document (tests). */
export function documentLocale(): string {
  const lang = typeof document !== 'undefined' ? document.documentElement.lang : '';
  return lang || DEFAULT_LANGUAGE;
}

/**
 * The page's locale tag: the document's, once its catalogue is loaded (src/web/lib/catalogues.ts);
 * English while it is not (an embedding host's page whose language's chunk could not be fetched),
 * so numbers and text never disagree.
 */
export function pageLocale(): string {
  const tag = documentLocale();
  return hasCatalogue(languageOf(tag) ?? DEFAULT_LANGUAGE) ? tag : DEFAULT_LANGUAGE;
}

/** The page's catalogue language. */
export function pageLanguage(): Language {
  return languageOf(pageLocale()) ?? DEFAULT_LANGUAGE;
}

/** The tag the page writes numbers and dates with (English: the one en-GB format). */
export function pageFormatTag(): string {
  return formatTag(pageLocale());
}

// One translator per language, made on first use: plain functions (chart options, formatters)
// translate with it; components use react-i18next's hook on the instance the app provides.
const translators = new Map<Language, TFunction>();

/** The page language's translate function, for code outside React components. */
export function pageT(): TFunction {
  const lang = pageLanguage();
  let t = translators.get(lang);
  if (!t) {
    t = createI18n(lang).t;
    translators.set(lang, t);
  }
  return t;
}

/** The page language's sentence pieces, for the domain's generated sentences (limit states, comparisons). */
export function pageWords(): Words {
  return wordsFor(pageLocale());
}

/** A metric's name in the page's language ("Sessions", "Sitzungen"). */
export function metricLabel(m: Metric): string {
  return pageT()(`metrics.${m}`);
}
