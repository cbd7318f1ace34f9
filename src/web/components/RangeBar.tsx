// Range presets, a custom range, granularity (only the valid ones) and the time zone in use.
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatDateRange } from '../lib/format.js';
import { PERIODS } from '../../domain/periods.js';
import { rangeDays, validGroupBys, zoomOut } from '../lib/ranges.js';
import type { History } from '../lib/types.js';
import { withRange, type ViewState } from '../lib/url-state.js';

const CustomRangeDialog = lazy(() => import('./CustomRangeDialog.js'));

// The preset a keyboard user just chose. If the page re-renders under it while the new range
// loads (and the browser drops focus to the body), focus goes back to that preset.
let refocusPeriod: string | null = null;

export interface RangeBarProps {
  view: ViewState;
  onChange: (next: ViewState) => void;
  /** The range the server resolved (dates and zone), once known. */
  resolved: History['period'] | null;
  accountZone: string | null;
  today: string | null;
  /** Actions on the range (client filter, downloads), on their own line under the dates. */
  children?: ReactNode;
}

export function RangeBar({
  view,
  onChange,
  resolved,
  accountZone,
  today,
  children,
}: RangeBarProps) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const customButton = useRef<HTMLButtonElement>(null);
  // The dialog leaves the page when it closes: give focus back to the button that opened it.
  const closePicker = () => {
    setPicking(false);
    requestAnimationFrame(() => customButton.current?.focus());
  };
  const days = rangeDays(view.period, view.from, view.to);
  const up = zoomOut(view.period, view.from, view.to, today ?? undefined);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = resolved?.tz ?? view.tz ?? accountZone;
  useEffect(() => {
    if (!refocusPeriod) return;
    // The document, or the shadow root of an embedded dashboard.
    const root = (customButton.current?.getRootNode() ?? document) as Document | ShadowRoot;
    const target = root.querySelector<HTMLButtonElement>(`[data-period="${refocusPeriod}"]`);
    if (target && (root.activeElement === document.body || root.activeElement === null))
      target.focus();
    if (root.activeElement === target) refocusPeriod = null;
  });

  return (
    <div className="range-bar">
      <div className="range-row">
        <div className="segmented" role="group" aria-label={t('range.range')}>
          {PERIODS.map((p) => (
            <button
              key={p}
              type="button"
              className="seg"
              ref={p === 'custom' ? customButton : undefined}
              aria-pressed={view.period === p}
              data-period={p}
              onClick={() => {
                if (p === 'custom') return setPicking(true);
                refocusPeriod = p;
                onChange(withRange(view, p));
              }}
            >
              {p === 'custom' ? t('range.custom') : t(`periods.${p}`)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t('range.granularity')}>
          {validGroupBys(days).map((g) => (
            <button
              key={g}
              type="button"
              className="seg"
              aria-pressed={view.groupBy === g}
              onClick={() => onChange({ ...view, groupBy: g })}
            >
              {t(`groupBy.${g}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="range-row range-info">
        <p className="range-dates" aria-live="polite">
          <span className="range-text">
            {resolved ? formatDateRange(resolved.from, resolved.to) : '\u00a0'}
          </span>
          {up ? (
            <button
              type="button"
              className="link-btn"
              onClick={() =>
                onChange(
                  up.period === '12m'
                    ? withRange(view, '12m', undefined, undefined, up.groupBy)
                    : withRange(view, 'custom', up.from, up.to, up.groupBy),
                )
              }
            >
              {up.period === '12m' ? t('range.show12m') : t('range.showMonth')}
            </button>
          ) : null}
        </p>
        <p className="zone">
          <Trans
            i18nKey="range.timesIn"
            values={{ zone: zone ?? '…' }}
            components={{ strong: <strong /> }}
          />
          {accountZone && zone === accountZone ? t('range.accountZone') : null}
          {accountZone && browserZone !== accountZone ? (
            <button
              type="button"
              className="link-btn"
              onClick={() => {
                const { tz: _tz, ...rest } = view;
                onChange(view.tz ? rest : { ...view, tz: browserZone });
              }}
            >
              {view.tz
                ? t('range.useZone', { zone: accountZone })
                : t('range.useDeviceZone', { zone: browserZone })}
            </button>
          ) : null}
        </p>
      </div>
      {/* The downloads and the client filter on a line of their own: beside the dates and the zone,
          whose words arrive with the data, they would wrap to a new line late (a layout shift). */}
      {children ? <div className="range-row range-tools">{children}</div> : null}
      {picking ? (
        <Suspense fallback={null}>
          <CustomRangeDialog
            initialFrom={view.from ?? resolved?.from}
            initialTo={view.to ?? resolved?.to}
            today={today}
            onCancel={closePicker}
            onApply={(from, to) => {
              closePicker();
              onChange(withRange(view, 'custom', from, to));
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
