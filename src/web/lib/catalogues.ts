// The dashboard's catalogues: English is in the entry script; any other language is its own chunk,
// fetched only by a page that speaks it (a German catalogue is ~16 KB gzipped that an English page
// never needs). The page renders once its language is here, so it never shows English first.
import { hasCatalogue, registerCatalogue } from '../../domain/i18n/instance.js';
import { DEFAULT_LANGUAGE, languageOf, type Language } from '../../domain/i18n/locale.js';
import { fetchCatalogue } from './catalogue-chunks.js';

const pending = new Map<Language, Promise<boolean>>();

/**
 * Loads and registers the catalogue of a locale tag's language; resolves true when it is ready
 * (English at once), false when its chunk could not be fetched (the caller falls back to English).
 */
export function loadCatalogue(tag: string): Promise<boolean> {
  const lang = languageOf(tag) ?? DEFAULT_LANGUAGE;
  if (hasCatalogue(lang)) return Promise.resolve(true);
  let p = pending.get(lang);
  if (!p) {
    p = fetchCatalogue(tag)!
      .then((c) => {
        registerCatalogue(lang, c);
        return true;
      })
      .catch(() => {
        // A later call (the next page) may try again.
        pending.delete(lang);
        return false;
      });
    pending.set(lang, p);
  }
  return p;
}

/** Whether a locale tag's catalogue is here, so a translator for it can be made now. */
export function catalogueReady(tag: string): boolean {
  return hasCatalogue(languageOf(tag) ?? DEFAULT_LANGUAGE);
}
