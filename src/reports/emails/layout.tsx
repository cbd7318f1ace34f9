// The frame every email shares: one column, system fonts, a quiet footer. Inline styles only,
// because mail clients drop style sheets.
import type { CSSProperties, ReactNode } from 'react';

export const styles = {
  body: {
    fontFamily: 'Arial, Helvetica, sans-serif',
    color: '#222',
    maxWidth: 680,
    margin: '0 auto',
    padding: '0 12px',
    lineHeight: 1.45,
  },
  h1: { fontSize: 20, margin: '20px 0 4px' },
  h2: { fontSize: 16, margin: '24px 0 8px' },
  muted: { color: '#666' },
  footer: { color: '#888', fontSize: 12, borderTop: '1px solid #eee', paddingTop: 12 },
  button: {
    display: 'inline-block',
    background: '#2563eb',
    color: '#fff',
    padding: '8px 16px',
    borderRadius: 4,
    textDecoration: 'none',
  },
} satisfies Record<string, CSSProperties>;

/** An email document: title in the head, content, then the footer. */
export function EmailLayout(props: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  /** The recipient's locale tag (default English). */
  lang?: string;
}) {
  return (
    <html lang={props.lang ?? 'en'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
      </head>
      <body style={styles.body}>
        {props.children}
        <p style={styles.footer}>{props.footer}</p>
      </body>
    </html>
  );
}
