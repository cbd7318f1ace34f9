// Wires the telemetry queue to the page: visible time (visibilitychange), sections seen
// (IntersectionObserver on [data-chart]), the first chart drawn, controls used inside panels,
// and batches sent with fetch keepalive (sendBeacon cannot carry the bearer token).
import { TELEMETRY_EVENTS, TELEMETRY_SECTIONS } from '../../domain/telemetry-names.js';
import type { TelemetryEventName, TelemetrySection } from '../../domain/telemetry-names.js';
import type { TelemetryResult } from '../../contracts/telemetry.js';
import { loadToken } from '../lib/auth.js';
import { TelemetryQueue } from './queue.js';

const FLUSH_MS = 15_000;
/** A long visible stretch is reported in pieces, so a tab closed abruptly loses at most this. */
const VISIBLE_CHUNK_MS = 5 * 60_000;

let active: TelemetryQueue | null = null;

/** Records an event if telemetry runs on this page (a no-op otherwise). */
export function track(
  name: TelemetryEventName,
  extra: { section?: TelemetrySection; detail?: string; value?: number } = {},
): void {
  active?.track(name, extra);
}

/** What the browser says about tracking: DNT or Global Privacy Control set means none. */
export function browserOptedOut(nav: Navigator & { globalPrivacyControl?: boolean }): boolean {
  const w = window as Window & { doNotTrack?: string };
  return nav.doNotTrack === '1' || w.doNotTrack === '1' || nav.globalPrivacyControl === true;
}

/** An operator's read-only view of a user (the token says so) is not that user's use. */
function isOperatorView(token: string | null): boolean {
  try {
    const p = JSON.parse(atob((token?.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')));
    return (p as { view?: unknown }).view === 'operator';
  } catch {
    return false;
  }
}

const isSection = (s: string | undefined): s is TelemetrySection =>
  !!s && (TELEMETRY_SECTIONS as readonly string[]).includes(s);

async function post(body: string, token: string, final: boolean) {
  if (isOperatorView(token)) return 'stop' as const;
  try {
    const res = await fetch('/api/telemetry', {
      method: 'POST',
      keepalive: final,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    if (res.status === 401 || res.status === 403) return 'stop' as const;
    return res.ok ? ((await res.json()) as TelemetryResult) : null;
  } catch {
    return null;
  }
}

/** Starts telemetry for this page load, unless the browser opted out. */
export function installTelemetry(): TelemetryQueue | null {
  if (browserOptedOut(navigator)) return null;
  const id = crypto.randomUUID().replace(/-/g, '');
  const q = new TelemetryQueue({ now: Date.now, token: () => loadToken(sessionStorage), post }, id);
  active = q;
  q.track('page.view');
  let visibleSince = document.visibilityState === 'visible' ? performance.now() : null;
  const reportVisible = () => {
    if (visibleSince === null) return;
    const t = performance.now();
    q.track('page.visible', { value: t - visibleSince });
    visibleSince = t;
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      reportVisible();
      visibleSince = null;
      void q.flush(true);
    } else visibleSince = performance.now();
  });
  window.addEventListener('pagehide', () => {
    reportVisible();
    void q.flush(true);
  });
  setInterval(() => {
    if (visibleSince !== null && performance.now() - visibleSince >= VISIBLE_CHUNK_MS)
      reportVisible();
    void q.flush();
  }, FLUSH_MS);
  watchSections(q);
  // Controls used inside a panel, and elements that name their event (data-telemetry). Capture
  // phase: the element is read before React handles the click and re-renders it (the plan table's
  // button drops its data-telemetry once the table is open).
  let lastClick = 0;
  document.addEventListener(
    'click',
    (e) => {
      const el = e.target instanceof Element ? e.target : null;
      const named = el?.closest<HTMLElement>('[data-telemetry]');
      const name = named?.dataset.telemetry as TelemetryEventName | undefined;
      if (name && (TELEMETRY_EVENTS as readonly string[]).includes(name)) {
        q.track(name, { detail: named?.dataset.telemetryDetail });
        return;
      }
      const section = el?.closest<HTMLElement>('[data-chart]')?.dataset.chart;
      if (!isSection(section) || !el?.closest('button, a, select, input, [role="tab"]')) return;
      if (Date.now() - lastClick < 1000) return;
      lastClick = Date.now();
      q.track('chart.interaction', { section });
    },
    true,
  );
  return q;
}

function watchSections(q: TelemetryQueue) {
  const seen = new Set<string>();
  const timers = new Map<Element, number>();
  let firstChart = false;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const section = (e.target as HTMLElement).dataset.chart;
        if (!isSection(section) || seen.has(section)) continue;
        if (e.isIntersecting) {
          // Seen means half on screen for a second, not scrolled past.
          timers.set(
            e.target,
            window.setTimeout(() => {
              seen.add(section);
              q.track('section.view', { section });
            }, 1000),
          );
        } else window.clearTimeout(timers.get(e.target));
      }
    },
    { threshold: 0.5 },
  );
  const observed = new WeakSet<Element>();
  const scan = () => {
    document.querySelectorAll('[data-chart]').forEach((el) => {
      if (!observed.has(el)) {
        observed.add(el);
        io.observe(el);
      }
    });
    if (!firstChart && document.querySelector('.echart[data-ready="true"]')) {
      firstChart = true;
      q.track('perf.first_chart', { value: performance.now() });
    }
  };
  new MutationObserver(scan).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
  scan();
}
