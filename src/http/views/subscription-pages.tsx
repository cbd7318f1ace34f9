// The pages a browser sees when it follows a link from an email (confirm, unsubscribe), built from
// React components so a token in a form action is escaped like any other attribute.
// They speak the email's language: its links carry `lang=` (absent: English).
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { supportedTag, translator } from '../../domain/i18n/index.js';

function Page(props: { title: string; children: ReactNode; lang: string }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charSet="utf-8" />
        <title>{props.title}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body>{props.children}</body>
    </html>
  );
}

const html = (node: ReactNode) => `<!doctype html>${renderToStaticMarkup(node)}`;

/** The page's language: a supported `lang=`, else English. */
function language(lang?: string): { tag: string; t: TFunction; query: string } {
  const tag = supportedTag(lang) ?? 'en';
  return { tag, t: translator(tag), query: tag === 'en' ? '' : `&lang=${encodeURIComponent(tag)}` };
}

/** Asks before confirming (a form that posts to the same link), so a mail scanner confirms nothing. */
export function confirmPage(token: string, lang?: string): string {
  const { tag, t, query } = language(lang);
  const action = `/api/subscribe/confirm?token=${encodeURIComponent(token)}${query}`;
  return html(
    <Page title={t('subscriptionPages.confirmTitle')} lang={tag}>
      <h1>{t('subscriptionPages.confirmHeading')}</h1>
      <form method="post" action={action}>
        <button type="submit">{t('subscriptionPages.confirm')}</button>
      </form>
      <p>{t('subscriptionPages.confirmIgnore')}</p>
    </Page>,
  );
}

/** After the confirmation went through. */
export function confirmedPage(lang?: string): string {
  const { tag, t } = language(lang);
  return html(
    <Page title={t('subscriptionPages.confirmed')} lang={tag}>
      <h1>{t('subscriptionPages.confirmed')}</h1>
      <p>{t('subscriptionPages.confirmedBody')}</p>
    </Page>,
  );
}

/** Asks before unsubscribing a browser that followed the link. */
export function unsubscribePage(token: string, lang?: string): string {
  const { tag, t, query } = language(lang);
  const action = `/api/unsubscribe?token=${encodeURIComponent(token)}${query}`;
  return html(
    <Page title={t('subscriptionPages.unsubscribe')} lang={tag}>
      <h1>{t('subscriptionPages.unsubscribeHeading')}</h1>
      <form method="post" action={action}>
        <button type="submit">{t('subscriptionPages.unsubscribe')}</button>
      </form>
    </Page>,
  );
}

/** After the one-click unsubscribe (RFC 8058) or the page's button. */
export function unsubscribedPage(lang?: string): string {
  const { tag, t } = language(lang);
  return html(
    <Page title={t('subscriptionPages.unsubscribed')} lang={tag}>
      <h1>{t('subscriptionPages.unsubscribed')}</h1>
      <p>{t('subscriptionPages.unsubscribedBody')}</p>
    </Page>,
  );
}
