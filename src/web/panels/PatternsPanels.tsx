// Usage patterns from GET /api/usage/analytics?type=patterns: mean usage per weekday and hour, and
// every day of the last twelve months as a calendar, each for a metric the viewer picks.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarOption, weekHourOption } from '../charts/options-patterns.js';
import { ChartPanel } from '../components/ChartPanel.js';
import type { Patterns } from '../lib/analytics-types.js';
import {
  calendarSummary,
  calendarTable,
  heatmapSummary,
  heatmapTable,
} from '../lib/pattern-data.js';
import type { Metric } from '../lib/types.js';
import type { AnalyticsPanelProps } from './analytics.js';
import { MetricSelect } from './MetricSelect.js';

function usePatternMetric(data: unknown, has: 'heatmap' | 'calendar') {
  const list = ((data as Patterns | null)?.patterns ?? []).filter((p) => p[has]);
  const [chosen, setChosen] = useState<Metric | null>(null);
  const current = list.find((p) => p.metric === chosen) ?? list[0];
  return { list, current, setChosen };
}

export function WeekHourPanel({ data, env }: AnalyticsPanelProps) {
  const { t } = useTranslation();
  const { list, current, setChosen } = usePatternMetric(data, 'heatmap');
  const h = current?.heatmap;
  const summary = h ? heatmapSummary(h) : '';
  const option = useMemo(
    () =>
      h
        ? weekHourOption(h, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [h, env.palette, env.compact, env.animation, summary],
  );
  const table = useMemo(() => (h ? heatmapTable(h) : null), [h]);
  if (!h || !current) return null;
  const today = (data as { today?: string }).today ?? 'now';
  return (
    <ChartPanel
      name="weekday-hour"
      title={t('patterns.weekHour')}
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 300 : 320}
      range={{ from: today, to: today }}
      background={env.palette.background}
      controls={
        <MetricSelect
          metrics={list.map((p) => p.metric)}
          value={current.metric}
          onChange={setChosen}
        />
      }
    />
  );
}

export function CalendarPanel({ data, env }: AnalyticsPanelProps) {
  const { t } = useTranslation();
  const { list, current, setChosen } = usePatternMetric(data, 'calendar');
  const c = current?.calendar;
  const summary = c ? calendarSummary(c) : '';
  const option = useMemo(
    () =>
      c
        ? calendarOption(c, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [c, env.palette, env.compact, env.animation, summary],
  );
  const table = useMemo(() => (c ? calendarTable(c) : null), [c]);
  if (!c || !current) return null;
  return (
    <ChartPanel
      name="calendar"
      title={t('patterns.calendar')}
      wide
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 200 : 185}
      range={c.range}
      background={env.palette.background}
      controls={
        <MetricSelect
          metrics={list.map((p) => p.metric)}
          value={current.metric}
          onChange={setChosen}
        />
      }
    />
  );
}
