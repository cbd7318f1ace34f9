// The dashboard's translators are typed from the English catalogue too (src/domain/i18n/catalogue.ts):
// react-i18next's hook and <Trans>, and pageT() for plain functions. Each `@ts-expect-error` is
// checked by tsc (npm run check); the rendering shows what an unknown key would have shown.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, Trans, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../domain/i18n/instance.js';
import { pageT } from './locale.js';

function Known() {
  const { t } = useTranslation();
  const held = 'app.loading' as const;
  return createElement('p', null, t(held), ' ', createElement(Trans, { i18nKey: 'header.light' }));
}

function Unknown() {
  const { t } = useTranslation();
  const held = 'app.noSuchKey';
  return createElement(
    'p',
    null,
    // @ts-expect-error the hook's t rejects a key English lacks, held in a variable or not
    t(held),
    ' ',
    // @ts-expect-error <Trans i18nKey> is typed the same way
    createElement(Trans, { i18nKey: 'header.noSuchKey' }),
  );
}

const render = (c: () => ReturnType<typeof createElement>) =>
  renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: createI18n('en') }, createElement(c)),
  );

describe('typed keys in the dashboard', () => {
  it('renders known keys and shows an unknown one raw, which tsc rejects', () => {
    expect(render(Known)).toBe('<p>Loading… Light</p>');
    expect(render(Unknown)).toBe('<p>app.noSuchKey header.noSuchKey</p>');
  });

  it('types pageT() for the dashboard’s plain functions', () => {
    expect(pageT()('units.min')).toBe('min');
    // @ts-expect-error pageT() is i18next's typed function
    expect(pageT()('units.noSuchUnit')).toBe('units.noSuchUnit');
  });
});
