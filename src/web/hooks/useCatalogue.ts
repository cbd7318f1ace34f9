// The embedded dashboard's translator: the host page's language (its <html lang>), made once that
// language's catalogue is loaded; null until then, so nothing renders in the wrong language first.
import type { i18n } from 'i18next';
import { useEffect, useState } from 'react';
import { createI18n } from '../../domain/i18n/instance.js';
import { catalogueReady, loadCatalogue } from '../lib/catalogues.js';
import { documentLocale, pageLocale } from '../lib/locale.js';

/** The host page's translator, or null while its language's catalogue is on its way. */
export function useCatalogue(): i18n | null {
  const [tag] = useState(documentLocale);
  const [instance, setInstance] = useState(() => (catalogueReady(tag) ? createI18n(tag) : null));
  useEffect(() => {
    if (instance) return;
    let live = true;
    // Not fetched: English (pageLocale() says English too, so the formatters agree).
    void loadCatalogue(tag).then(() => {
      if (live) setInstance(createI18n(pageLocale()));
    });
    return () => {
      live = false;
    };
  }, [instance, tag]);
  return instance;
}
