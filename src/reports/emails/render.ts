// Email HTML from React components: React escapes every text and attribute value, so nothing a
// user typed (a metric label, an insight, a URL) can become markup.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** A component rendered as a complete HTML document for an email's HTML part. */
export function emailHtml(element: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(element)}`;
}
