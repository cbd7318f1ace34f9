// The signed-in dashboard: range in the URL, cards, charts and the analytics panels that exist.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrent, useHistory, useMonthly, useOptionalApi } from '../hooks/queries.js';
import { useAfterFirstChart } from '../hooks/useAfterFirstChart.js';
import { REDUCED_MOTION, useMedia, usePhone } from '../hooks/useMedia.js';
import { useOnline } from '../hooks/useOnline.js';
import { useHost } from '../hooks/useHost.js';
import type { Session } from '../hooks/useSession.js';
import type { Theme } from '../hooks/useTheme.js';
import { useViewState } from '../hooks/useViewState.js';
import { ApiError } from '../lib/api.js';
import { todayIn } from '../lib/dates.js';
import { formatDateRange } from '../lib/format.js';
import type { DrillTarget } from '../lib/ranges.js';
import type { History, Metric } from '../lib/types.js';
import type { Anomalies } from '../lib/analytics-types.js';
import { historyQuery, withRange } from '../lib/url-state.js';
import { AnalyticsPanels } from '../panels/analytics.js';
import { ComparisonPanels } from '../panels/ComparisonPanels.js';
import { ExportMenu } from '../panels/ExportMenu.js';
import type { PanelEnv } from '../panels/common.js';
import { MonthlyPanel } from '../panels/MonthlyPanel.js';
import { OverTimePanel } from '../panels/OverTimePanel.js';
import { StackedPanel } from '../panels/StackedPanel.js';
import { UtilizationPanel } from '../panels/UtilizationPanel.js';
import { ClientFilter } from '../panels/ClientFilter.js';
import { ClientFilterNotice } from '../panels/ClientFilterNotice.js';
import { ClientsPanel } from '../panels/ClientsPanel.js';
import { BillingStrip } from './BillingStrip.js';
import { ChartDeck } from './ChartDeck.js';
import { NoUsageYet } from './NoUsageYet.js';
import { LoadErrors } from './LoadErrors.js';
import { Header } from './Header.js';
import { RangeBar } from './RangeBar.js';
import { StaleNotice } from './StaleNotice.js';
import { SummaryCards } from './SummaryCards.js';

export function Dashboard({
  session,
  theme,
  onToggleTheme,
}: {
  session: Session;
  theme: Theme;
  onToggleTheme: () => void;
}) {
  const [view, navigate] = useViewState();
  const { t } = useTranslation();
  const host = useHost();
  const phone = usePhone();
  const reducedMotion = useMedia(REDUCED_MOTION);
  const token = session.token!;
  const user = session.userId ?? 'me';
  const history = useHistory(token, user, view);
  const current = useCurrent(token, user);
  const monthly = useMonthly(
    token,
    user,
    current.data?.period.from,
    current.data?.period.to,
    view.tz,
    view.client,
  );
  // Unusual days are marked on the daily view, asked for once the history is in.
  const anomalies = useOptionalApi<Anomalies>(
    token,
    user,
    `/api/usage/analytics?type=anomalies&${historyQuery(view)}`,
    !!history.data && view.groupBy === 'day' && !view.client,
  );
  const zone = history.data?.period.tz ?? view.tz ?? current.data?.period.tz ?? null;
  const today = zone ? todayIn(zone) : null;

  const { expire } = session;
  useEffect(() => {
    const errors = [history.error, current.error, monthly.error];
    if (errors.some((e) => e instanceof ApiError && e.status === 401)) expire();
  }, [history.error, current.error, monthly.error, expire]);

  useEffect(() => {
    if (!host.ownsPage) return;
    const p = history.data?.period;
    const what =
      view.period === 'custom' && p ? formatDateRange(p.from, p.to) : t(`periods.${view.period}`);
    document.title = t('dashboard.title', { what });
  }, [view.period, history.data, host.ownsPage, t]);

  const drill = useCallback(
    (d: DrillTarget) => navigate(withRange(view, 'custom', d.from, d.to, d.groupBy)),
    [navigate, view],
  );
  const setClient = useCallback(
    (client: string | undefined) => {
      const { client: _, ...rest } = view;
      navigate(client ? { ...rest, client } : rest);
    },
    [navigate, view],
  );
  const setMetrics = useCallback(
    (metrics: Metric[]) => navigate({ ...view, metrics }),
    [navigate, view],
  );
  const env: PanelEnv = useMemo(
    () => ({
      view,
      palette: host.palettes[theme],
      compact: phone,
      animation: !reducedMotion,
      today,
      drill,
      setMetrics,
    }),
    [view, host.palettes, theme, phone, reducedMotion, today, drill, setMetrics],
  );
  // The last answer that matched what was asked stays on screen when a later one fails, marked stale.
  const lastGood = useRef<{ data: History; at: number } | null>(null);
  if (history.data && !history.isPlaceholderData) {
    lastGood.current = { data: history.data, at: history.dataUpdatedAt };
  }
  const online = useOnline();
  const failed = !!history.error && !!lastGood.current;
  const shownHistory = history.data ?? (failed ? lastGood.current!.data : undefined);
  const stale = !!shownHistory && (!online || failed);
  const h = {
    data: shownHistory,
    updating: history.isPlaceholderData && history.isFetching,
  };
  const m = { data: monthly.data, updating: monthly.isPlaceholderData && monthly.isFetching };
  const rest = useAfterFirstChart(!!history.data);

  return (
    <>
      {/* Embedded, #main would be the host page's fragment. */}
      {host.ownsPage ? (
        <a className="skip" href="#main">
          {t('dashboard.skip')}
        </a>
      ) : null}
      <Header
        userId={session.userId}
        planName={current.data?.plan.displayName ?? null}
        demo={session.demo}
        onSwitchUser={session.switchUser}
        switching={session.switching}
        theme={theme}
        onToggleTheme={onToggleTheme}
      />
      <main id="main" tabIndex={-1}>
        {current.data?.usageSince === null ? (
          <>
            <NoUsageYet userId={session.userId} planName={current.data.plan.displayName} />
            <AnalyticsPanels
              token={token}
              user={user}
              env={env}
              place="charts"
              only={['account']}
            />
          </>
        ) : (
          <>
            <BillingStrip token={token} user={user} current={current.data} today={today} />
            <RangeBar
              view={view}
              onChange={navigate}
              resolved={history.data?.period ?? null}
              accountZone={current.data?.period.tz ?? null}
              today={today}
            >
              <ClientFilter token={token} user={user} view={view} onChange={setClient} />
              <ExportMenu token={token} view={view} />
            </RangeBar>
            <p className="sr-only" aria-live="polite">
              {h.updating ? t('dashboard.updating') : ''}
            </p>
            <LoadErrors history={history} current={current} monthly={monthly} />
            <StaleNotice
              offline={!online && !!shownHistory}
              failed={failed}
              shown={shownHistory?.period ?? null}
              at={lastGood.current?.at ?? Date.now()}
            />
            {view.client ? (
              <ClientFilterNotice client={view.client} onClear={() => setClient(undefined)} />
            ) : null}
            <SummaryCards history={shownHistory} updating={h.updating || stale} />
            <ChartDeck phone={phone}>
              <OverTimePanel
                env={env}
                history={h}
                anomalies={
                  anomalies.data && !anomalies.data.absent && !history.isPlaceholderData
                    ? anomalies.data.data
                    : null
                }
              />
              {/* Everything below the first chart comes once it has drawn: analytics are heavier
              to compute, and every panel's rendering and requests would delay that chart. Placed
              below it, their arrival does not move it. */}
              {rest ? (
                <>
                  <AnalyticsPanels token={token} user={user} env={env} place="lead" />
                  <MonthlyPanel
                    env={env}
                    monthly={m}
                    currentMonthStart={current.data?.period.from}
                  />
                  <UtilizationPanel env={env} monthly={m} />
                  <StackedPanel env={env} history={h} />
                  <ComparisonPanels token={token} user={user} env={env} />
                  <ClientsPanel token={token} user={user} env={env} onFilter={setClient} />
                  <AnalyticsPanels token={token} user={user} env={env} place="charts" />
                </>
              ) : null}
            </ChartDeck>
          </>
        )}
      </main>
    </>
  );
}
