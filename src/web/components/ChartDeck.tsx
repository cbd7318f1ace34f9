// The charts: a two-column grid on desktop and tablet, one column of stacked panels on phones
// (no carousel: each panel is as tall as its content). A half-width panel left without a
// neighbour takes the whole row, so no empty cell is left beside it.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { aloneInRow } from '../lib/grid-rows.js';

export function ChartDeck({ phone, children }: { phone: boolean; children: ReactNode }) {
  const grid = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    // Panels come and go as their data arrive: re-pair them on every change of the list.
    const pair = () => {
      const panels = Array.from(el.querySelectorAll<HTMLElement>(':scope > section'));
      // Wide is whatever the style sheet spans over the whole row (.wide, .insights), read with
      // the fill of the last pairing cleared.
      panels.forEach((p) => p.removeAttribute('data-fill-row'));
      const alone = aloneInRow(panels.map((p) => getComputedStyle(p).gridColumnEnd === '-1'));
      panels.forEach((p, i) => p.toggleAttribute('data-fill-row', !phone && alone[i]!));
    };
    pair();
    const mo = new MutationObserver(pair);
    mo.observe(el, { childList: true });
    return () => mo.disconnect();
  }, [phone]);

  return (
    <div ref={grid} className={`charts${phone ? ' stacked' : ''}`}>
      {children}
    </div>
  );
}
