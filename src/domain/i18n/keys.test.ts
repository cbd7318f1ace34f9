// The missing-key guard is the type checker: i18next's keys are typed from the English catalogue
// (catalogue.ts), so a key that is not there fails `npm run check` in whatever form it is written.
// Each `@ts-expect-error` below is itself checked: if the guard stopped rejecting that line, tsc
// would fail with "unused @ts-expect-error". The runtime lines show what the guard prevents: an
// unknown key reaches the reader as the key itself, in every language.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from './catalogue.js';
import { de } from './de.js';
import { createI18n, translator } from './index.js';
import { reason } from './reasons.js';
import { EN_WORDS } from './words.js';

describe('typed catalogue keys', () => {
  const t = translator('de');

  it('accepts the keys English has, in any form', () => {
    const held = 'metrics.sessions' as const;
    const metric = 'exports' as 'sessions' | 'exports';
    expect(t('app.loading')).toBe('Wird geladen…');
    expect(t(held)).toBe('Sitzungen');
    expect(t(`metrics.${metric}`)).toBe('Exporte');
    expect(t('units.sessions', { count: 1 })).toBe('Sitzung');
  });

  it('rejects an unknown key, literal, held in a variable or built from a template', () => {
    // @ts-expect-error not in the English catalogue
    expect(t('app.noSuchKey')).toBe('app.noSuchKey');

    const held = 'cards.noSuchKey';
    // @ts-expect-error a key held in a variable is checked like a literal
    expect(t(held)).toBe('cards.noSuchKey');

    const group = 'noSuchMetric' as 'sessions' | 'noSuchMetric';
    // @ts-expect-error a template key needs every member of its union in the catalogue
    expect(t(`metrics.${group}`)).toBe('metrics.noSuchMetric');

    const anyText: string = 'metrics.sessions';
    // @ts-expect-error an untyped string could be anything: the caller must type it
    t(anyText);

    // @ts-expect-error the sentences' translator (Words.t) is the same typed function
    expect(EN_WORDS.t('insightText.noSuchKey')).toBe('insightText.noSuchKey');

    // @ts-expect-error an instance's t too
    createI18n('en').t('noSuchGroup.key');

    // @ts-expect-error reasons take only the catalogue's unavailable.* names
    reason('noSuchReason');
  });

  it('rejects a German catalogue that lacks an English key', () => {
    const { loading: _dropped, ...app } = de.app;
    // @ts-expect-error app.loading is missing: not a Catalogue
    const partial: Catalogue = { ...de, app };
    expect(createI18n('en').t('app.loading')).toBe('Loading…');
    expect(Object.keys(partial.app)).not.toContain('loading');
  });
});
