// The pages a browser sees when it follows a link from an email (confirm, unsubscribe), built from
// React components so a token in a form action is escaped like any other attribute.
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';

function Page(props: { title: string; children: ReactNode }) {
  return (
    <html lang="en">
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

/** Asks before confirming (a form that posts to the same link), so a mail scanner confirms nothing. */
export function confirmPage(token: string): string {
  const action = `/api/subscribe/confirm?token=${encodeURIComponent(token)}`;
  return html(
    <Page title="Confirm usage reports">
      <h1>Receive usage reports at this address?</h1>
      <form method="post" action={action}>
        <button type="submit">Confirm</button>
      </form>
      <p>If you did not expect this, close this page: nothing will be sent.</p>
    </Page>,
  );
}

/** After the confirmation went through. */
export function confirmedPage(): string {
  return html(
    <Page title="Confirmed">
      <h1>Confirmed</h1>
      <p>Usage reports will come to this address.</p>
    </Page>,
  );
}

/** Asks before unsubscribing a browser that followed the link. */
export function unsubscribePage(token: string): string {
  const action = `/api/unsubscribe?token=${encodeURIComponent(token)}`;
  return html(
    <Page title="Unsubscribe">
      <h1>Unsubscribe from usage reports?</h1>
      <form method="post" action={action}>
        <button type="submit">Unsubscribe</button>
      </form>
    </Page>,
  );
}

/** After the one-click unsubscribe (RFC 8058) or the page's button. */
export function unsubscribedPage(): string {
  return html(
    <Page title="Unsubscribed">
      <h1>Unsubscribed</h1>
      <p>You will receive no more of these reports.</p>
    </Page>,
  );
}
