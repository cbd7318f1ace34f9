// Renders its children into a shadow root of its own element, with the given stylesheet adopted
// there: the host page's CSS does not reach in, and the stylesheet does not reach out. React
// listens for events on a portal's container, so handlers inside work as anywhere else.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

// One parsed sheet per stylesheet text, shared by every instance on the page.
const sheets = new Map<string, CSSStyleSheet>();

function adopt(root: ShadowRoot, css: string) {
  // A constructed sheet needs no inline <style>, so a host CSP without 'unsafe-inline' allows it.
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    return;
  }
  const style = root.querySelector('style[data-usage-insights]') ?? document.createElement('style');
  style.setAttribute('data-usage-insights', '');
  style.textContent = css;
  root.prepend(style);
}

export function ShadowView({ css, children }: { css: string; children: ReactNode }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const el = host.current!;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    adopt(shadow, css);
    setRoot(shadow);
  }, [css]);
  return (
    <div ref={host} data-usage-insights="">
      {root ? createPortal(children, root) : null}
    </div>
  );
}
