// The panels below the first chart wait for it: rendered and asked for in the same moment as the
// first chart, their rendering, chart set-up and requests (analytics, comparisons, cost...) held
// the first chart back by about half a second on two cores (BENCHMARKS.md, "Dashboard").
import { useEffect, useState } from 'react';

const MARK = 'first-chart-drawn';
const drawn = () => performance.getEntriesByName(MARK, 'mark').length > 0;

/** True once the page's first chart has drawn (its performance mark), or `fallbackMs` after `ready` if it never does (no data, an error). */
export function useAfterFirstChart(ready: boolean, fallbackMs = 1500): boolean {
  const [after, setAfter] = useState(drawn);
  useEffect(() => {
    if (after || !ready) return;
    if (drawn()) return setAfter(true);
    const done = () => setAfter(true);
    const timer = setTimeout(done, fallbackMs);
    const po = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MARK).length) done();
    });
    po.observe({ type: 'mark' });
    return () => {
      clearTimeout(timer);
      po.disconnect();
    };
  }, [after, ready, fallbackMs]);
  return after;
}
