// The charts: a grid on desktop and tablet; on phones a deck of full-width cards that swipe
// (scroll snapping inside the deck, so the page itself never scrolls sideways), with buttons
// above the deck (the deck is as tall as its tallest card).
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function ChartDeck({ phone, children }: { phone: boolean; children: ReactNode }) {
  const deck = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState(0);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const el = deck.current;
    if (!el || !phone) return;
    // The active card is the one whose left edge is nearest the deck's scroll position.
    const update = () => {
      const cards = Array.from(el.querySelectorAll<HTMLElement>(':scope > section'));
      setCount(cards.length);
      let best = 0;
      cards.forEach((c, i) => {
        const d = Math.abs(c.offsetLeft - el.offsetLeft - el.scrollLeft);
        if (d < Math.abs(cards[best]!.offsetLeft - el.offsetLeft - el.scrollLeft)) best = i;
      });
      setActive(best);
    };
    update();
    const mo = new MutationObserver(update);
    mo.observe(el, { childList: true });
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      mo.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, [phone]);

  const go = (i: number) => {
    const el = deck.current;
    if (!el) return;
    const target = Math.max(0, Math.min(count - 1, i));
    const card = el.querySelectorAll<HTMLElement>(':scope > section')[target];
    if (card) el.scrollTo({ left: card.offsetLeft - el.offsetLeft, behavior: 'smooth' });
    setActive(target);
  };

  return (
    <div className="deck-wrap">
      {phone && count > 1 ? (
        <nav className="deck-nav" aria-label="Charts">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => go(active - 1)}
            disabled={active === 0}
            aria-label="Previous chart"
          >
            ‹
          </button>
          <span aria-live="polite">
            Chart {active + 1} of {count}
          </span>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => go(active + 1)}
            disabled={active >= count - 1}
            aria-label="Next chart"
          >
            ›
          </button>
        </nav>
      ) : null}
      <div ref={deck} className={phone ? 'deck' : 'charts'}>
        {children}
      </div>
    </div>
  );
}
