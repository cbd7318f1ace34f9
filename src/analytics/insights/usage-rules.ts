// Insights read from the usage itself: peak day and hour, growth or decline, feature use and
// storage habits. Each rule states its minimum data and a test, and stays silent below them.
import { DateTime } from 'luxon';
import type { Metric } from '../../domain/metrics.js';
import { dayOfWeekProfile, hourOfDayProfile } from '../patterns/profiles.js';
import { valueOf } from '../series.js';
import { mean, pctChange, round, welchT } from '../stats.js';
import { addDays, isoWeekday, todayOf } from '../time.js';
import type { Clock, DailyPoint, HourlyPoint, Insight, IsoDate } from '../types.js';
import { describeChange } from '../../domain/quantity.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';

/** A busiest weekday must be this much above the average weekday, and significantly so. */
const PEAK_RATIO = 1.2;
const RUNNER_UP_RATIO = 1.1;
const SIGNIFICANT_T = 2;
/** A change over four weeks smaller than this is not called growth or decline. */
const TREND_PCT = 20;

function complete(daily: readonly DailyPoint[], today: IsoDate, days: number): DailyPoint[] {
  return daily.filter((d) => d.date < today && d.date >= addDays(today, -days));
}

/** Busiest weekday of sessions over the last 8 weeks: 4 full weeks, 20% above average, 10% above the next day, significant. */
export function peakDayInsight(
  daily: readonly DailyPoint[],
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
  const today = todayOf(clock);
  const days = complete(daily, today, 56);
  if (days.length < 28) return [];
  const p = dayOfWeekProfile(days, 'sessions');
  const avg = mean(p.slots.map((s) => s.mean));
  if (!p.peak || avg <= 0 || p.peak.mean < PEAK_RATIO * avg) return [];
  const peak = p.peak;
  // Monday to Friday alike is a working week, not a peak day: the busiest must stand out from the next.
  const runnerUp = Math.max(...p.slots.filter((s) => s.slot !== peak.slot).map((s) => s.mean));
  if (peak.mean < RUNNER_UP_RATIO * runnerUp) return [];
  const on = days
    .filter((d) => isoWeekday(d.date) === peak.slot)
    .map((d) => valueOf(d.values, 'sessions'));
  const off = days
    .filter((d) => isoWeekday(d.date) !== peak.slot)
    .map((d) => valueOf(d.values, 'sessions'));
  if (welchT(off, on) < SIGNIFICANT_T) return [];
  const offMean = round(mean(off), 1);
  return [
    {
      id: `pattern:peak-day:${peak.slot}`,
      type: 'pattern',
      severity: 'info',
      title: w.t('insightText.peakDay.title'),
      message: w.t('insightText.peakDay.message', {
        weekday: w.weekday(peak.slot),
        peak: w.rate(peak.mean, 'day'),
        other: w.rate(offMean, 'day'),
      }),
      suggestion: w.t('insightText.peakDay.suggestion', { weekday: w.weekday(peak.slot) }),
      evidence: {
        weekday: peak.label,
        meanOnPeakDay: peak.mean,
        meanOtherDays: offMean,
        weeks: Math.floor(days.length / 7),
      },
      range: { from: (days[0] as DailyPoint).date, to: addDays(today, -1) },
    },
  ];
}

/** Busiest local hour of sessions over the last 4 weeks: needs 20 sessions and twice the average hour. */
export function peakHourInsight(
  hourly: readonly HourlyPoint[],
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
  const today = todayOf(clock);
  const from = addDays(today, -28);
  const lo = DateTime.fromISO(from, { zone: clock.zone }).toMillis();
  const hi = DateTime.fromISO(today, { zone: clock.zone }).toMillis();
  const hours = hourly.filter((h) => Date.parse(h.start) >= lo && Date.parse(h.start) < hi);
  const total = hours.reduce((s, h) => s + valueOf(h.values, 'sessions'), 0);
  if (hours.length < 24 * 14 || total < 20) return [];
  const p = hourOfDayProfile(hours, 'sessions', clock.zone);
  const avg = mean(p.slots.map((s) => s.mean));
  if (!p.peak || p.peak.mean < 2 * avg) return [];
  const h = p.peak.slot;
  const span = `${String(h).padStart(2, '0')}:00-${String((h + 1) % 24).padStart(2, '0')}:00`;
  return [
    {
      id: `pattern:peak-hour:${h}`,
      type: 'pattern',
      severity: 'info',
      title: w.t('insightText.peakHour.title'),
      message: w.t('insightText.peakHour.message', {
        span,
        zone: clock.zone,
        peak: w.rate(p.peak.mean, 'hour'),
        all: w.rate(avg, 'hour'),
      }),
      suggestion: w.t('insightText.peakHour.suggestion'),
      evidence: { hour: h, meanAtPeak: p.peak.mean, meanAllHours: round(avg, 2), sessions: total },
      range: { from, to: addDays(today, -1) },
    },
  ];
}

/** Growth or decline of sessions and audio minutes: last 4 complete weeks against the 4 before, 20% and significant. */
export function trendInsights(
  daily: readonly DailyPoint[],
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
  const today = todayOf(clock);
  const recent = complete(daily, today, 28);
  const before = daily.filter((d) => d.date < addDays(today, -28) && d.date >= addDays(today, -56));
  if (recent.length < 28 || before.length < 28) return [];
  const out: Insight[] = [];
  for (const metric of ['sessions', 'audio_minutes'] as Metric[]) {
    const a = before.map((d) => valueOf(d.values, metric));
    const b = recent.map((d) => valueOf(d.values, metric));
    const sa = a.reduce((s, v) => s + v, 0);
    const sb = b.reduce((s, v) => s + v, 0);
    // A percentage only against a meaningful base (domain/quantity): else no growth is claimed.
    const change = describeChange(sb, sa);
    const pct = change.kind === 'percent' ? change.pct : null;
    if (pct === null || Math.abs(pct) < TREND_PCT || Math.abs(welchT(a, b)) < SIGNIFICANT_T)
      continue;
    const up = pct > 0;
    out.push({
      id: `trend:${metric}:${up ? 'up' : 'down'}`,
      type: 'trend',
      severity: 'info',
      title: up
        ? w.t('insightText.trend.upTitle', { metric: w.label(metric) })
        : w.t('insightText.trend.downTitle', { Metric: w.Label(metric) }),
      message: w.t(up ? 'insightText.trend.upMessage' : 'insightText.trend.downMessage', {
        metric: w.label(metric),
        pct: w.num(Math.abs(pct)),
        recent: w.qty(round(sb, 1), metric),
        before: w.qty(round(sa, 1), metric),
      }),
      suggestion: w.t(up ? 'insightText.trend.upSuggestion' : 'insightText.trend.downSuggestion'),
      evidence: { metric, last4Weeks: round(sb, 1), previous4Weeks: round(sa, 1), changePct: pct },
      range: { from: addDays(today, -56), to: addDays(today, -1) },
    });
  }
  return out;
}

/** Feature use over the last 30 complete days: few transcriptions or exports for the sessions recorded. */
export function featureInsights(
  daily: readonly DailyPoint[],
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
  const today = todayOf(clock);
  const days = complete(daily, today, 30);
  if (days.length < 14) return [];
  const total = (m: Metric): number => days.reduce((s, d) => s + valueOf(d.values, m), 0);
  const [sessions, transcriptions, exports] = [
    total('sessions'),
    total('transcriptions'),
    total('exports'),
  ];
  const range = { from: (days[0] as DailyPoint).date, to: addDays(today, -1) };
  const out: Insight[] = [];
  if (sessions >= 10 && transcriptions < 0.5 * sessions) {
    out.push({
      id: 'feature:transcriptions',
      type: 'feature',
      severity: 'info',
      title: w.t('insightText.transcriptions.title'),
      message: w.t('insightText.feature.message', {
        used: w.qty(transcriptions, 'transcriptions'),
        sessions: w.qty(sessions, 'sessions'),
        days: days.length,
      }),
      // Only what the numbers show: the service cannot see whether a product setting transcribes.
      suggestion: w.t('insightText.transcriptions.suggestion'),
      evidence: { sessions, transcriptions, days: days.length },
      range,
    });
  }
  if (sessions >= 20 && exports < 0.05 * sessions) {
    out.push({
      id: 'feature:exports',
      type: 'feature',
      severity: 'info',
      title: w.t('insightText.exports.title'),
      message: w.t('insightText.feature.message', {
        used: w.qty(exports, 'exports'),
        sessions: w.qty(sessions, 'sessions'),
        days: days.length,
      }),
      suggestion: w.t('insightText.exports.suggestion'),
      evidence: { sessions, exports, days: days.length },
      range,
    });
  }
  return out;
}

/** Storage best practice: storage grew by 20% or more over the last 30 days. */
export function storageInsight(
  daily: readonly DailyPoint[],
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
  const today = todayOf(clock);
  const days = daily.filter((d) => d.date <= today && d.date >= addDays(today, -30));
  if (days.length < 30) return [];
  const first = valueOf((days[0] as DailyPoint).values, 'storage_mb');
  const last = valueOf((days[days.length - 1] as DailyPoint).values, 'storage_mb');
  const pct = pctChange(first, last);
  if (pct === null || pct < 20) return [];
  return [
    {
      id: 'best-practice:storage-growth',
      type: 'best-practice',
      severity: 'info',
      title: w.t('insightText.storage.title'),
      message: w.t('insightText.storage.message', {
        pct: w.num(pct),
        from: w.qty(first, 'storage_mb'),
        to: w.qty(last, 'storage_mb'),
      }),
      suggestion: w.t('insightText.storage.suggestion'),
      evidence: { storageMbStart: first, storageMbNow: last, changePct: pct },
      range: { from: (days[0] as DailyPoint).date, to: today },
    },
  ];
}
