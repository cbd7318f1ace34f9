// Best practices read from the usage the service records, each with the numbers it rests on.
// A rule stays silent below its minimum data, and no tip assumes a product setting the service
// cannot see: every suggestion is something the numbers themselves show can be done differently.
import { DateTime } from 'luxon';
import type { Metric } from '../../domain/metrics.js';
import { limitOf, type Plan } from '../../domain/plans.js';
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { valueOf } from '../series.js';
import { round } from '../stats.js';
import { addDays, monthStart, shiftMonth, todayOf } from '../time.js';
import type { Clock, DailyPoint, HourlyPoint, Insight } from '../types.js';
import { accountPractices, type AccountFacts } from './practices-account.js';
import { practice } from './practice.js';

export interface PracticeInput extends Clock, AccountFacts {
  /** Zero-filled daily series covering at least the last complete month and 30 days. */
  daily: readonly DailyPoint[];
  /** The last 28 days by hour (off-hours API use). */
  hourly?: readonly HourlyPoint[];
  plan: Pick<Plan, 'limits' | 'priceUsd' | 'overage' | 'displayName'>;
  /** The language of titles, messages and suggestions (English when absent). */
  words?: Words;
}

/** The last 30 complete days: totals of the flows and the range. */
function last30(input: PracticeInput) {
  const today = todayOf(input);
  const from = addDays(today, -30);
  const days = input.daily.filter((d) => d.date >= from && d.date < today);
  const sum = (m: Metric) =>
    round(
      days.reduce((s, d) => s + valueOf(d.values, m), 0),
      1,
    );
  return { days, sum, range: { from, to: addDays(today, -1) } };
}

/** Sessions averaging under 2 audio minutes while sessions are limited: 20+ sessions in 30 complete days. */
export function shortSessions(input: PracticeInput): Insight[] {
  const { days, sum, range } = last30(input);
  const sessions = sum('sessions');
  const minutes = sum('audio_minutes');
  const limit = limitOf(input.plan, 'sessions');
  if (days.length < 30 || sessions < 20 || limit === null) return [];
  const perSession = round(minutes / sessions, 2);
  if (perSession >= 2) return [];
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'short-sessions',
      'shortSessions',
      {
        sessions: w.qty(sessions, 'sessions'),
        perSession: w.num(perSession),
        minutes: w.qty(minutes, 'audio_minutes'),
        limit: w.qty(limit, 'sessions'),
        plan: input.plan.displayName,
      },
      { sessions, audioMinutes: minutes, minutesPerSession: perSession, sessionLimit: limit },
      range,
    ),
  ];
}

/** More transcriptions than sessions (1.2x or more over 30 days, 10+ sessions): sessions transcribed again. */
export function repeatTranscriptions(input: PracticeInput): Insight[] {
  const { days, sum, range } = last30(input);
  const sessions = sum('sessions');
  const transcriptions = sum('transcriptions');
  if (days.length < 30 || sessions < 10 || transcriptions < 1.2 * sessions) return [];
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'repeat-transcriptions',
      'repeatTranscriptions',
      {
        transcriptions: w.qty(transcriptions, 'transcriptions'),
        sessions: w.qty(sessions, 'sessions'),
        per: w.num(round(transcriptions / sessions, 2)),
      },
      { sessions, transcriptions, transcriptionsPerSession: round(transcriptions / sessions, 2) },
      range,
    ),
  ];
}

/** More exports than sessions (10+ exports in 30 days): sessions exported one by one, or again. */
export function exportsPerSession(input: PracticeInput): Insight[] {
  const { days, sum, range } = last30(input);
  const sessions = sum('sessions');
  const exports = sum('exports');
  if (days.length < 30 || exports < 10 || exports <= sessions) return [];
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'exports-per-session',
      'exportsPerSession',
      { exports: w.qty(exports, 'exports'), sessions: w.qty(sessions, 'sessions') },
      { sessions, exports, exportsPerSession: sessions ? round(exports / sessions, 2) : null },
      range,
    ),
  ];
}

/** Over 200 API calls per session (1,000+ calls in 30 days): a client polling for changes. */
export function apiPerSession(input: PracticeInput): Insight[] {
  const { days, sum, range } = last30(input);
  const calls = sum('api_calls');
  const sessions = sum('sessions');
  if (days.length < 30 || calls < 1000 || sessions < 1 || calls / sessions <= 200) return [];
  const per = round(calls / sessions);
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'api-per-session',
      'apiPerSession',
      { calls: w.qty(calls, 'api_calls'), sessions: w.qty(sessions, 'sessions'), per: w.num(per) },
      { apiCalls: calls, sessions, callsPerSession: per },
      range,
    ),
  ];
}

/** A quarter of API calls between 00:00 and 06:00 local while under 5% of sessions are: automated polling at night (28 days, 500+ calls, 20+ sessions). */
export function offHoursApi(input: PracticeInput): Insight[] {
  if (!input.hourly || input.hourly.length < 24 * 14) return [];
  let calls = 0;
  let nightCalls = 0;
  let sessions = 0;
  let nightSessions = 0;
  for (const h of input.hourly) {
    const night = DateTime.fromISO(h.start, { zone: input.zone }).hour < 6;
    const c = valueOf(h.values, 'api_calls');
    const s = valueOf(h.values, 'sessions');
    calls += c;
    sessions += s;
    if (night) {
      nightCalls += c;
      nightSessions += s;
    }
  }
  if (calls < 500 || sessions < 20) return [];
  const callShare = round((nightCalls / calls) * 100, 1);
  const sessionShare = round((nightSessions / sessions) * 100, 1);
  if (callShare < 25 || sessionShare > 5) return [];
  const today = todayOf(input);
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'api-off-hours',
      'apiOffHours',
      { callShare: w.num(callShare), zone: input.zone, sessionShare: w.num(sessionShare) },
      { apiCalls: calls, nightApiCallsPct: callShare, sessions, nightSessionsPct: sessionShare },
      { from: addDays(today, -28), to: addDays(today, -1) },
    ),
  ];
}

/** Storage growing toward its limit: at the last 30 days' pace the limit is reached within 90 days. */
export function storageHeadroom(input: PracticeInput): Insight[] {
  const today = todayOf(input);
  const limit = limitOf(input.plan, 'storage_mb');
  const at = (d: string) => input.daily.find((x) => x.date === d);
  const now = at(today);
  const then = at(addDays(today, -30));
  if (limit === null || !now || !then) return [];
  const level = valueOf(now.values, 'storage_mb');
  const growth = (level - valueOf(then.values, 'storage_mb')) / 30;
  if (growth <= 0 || level >= limit) return [];
  const days = Math.floor((limit - level) / growth);
  if (days > 90) return [];
  const w = input.words ?? EN_WORDS;
  return [
    practice(
      w,
      'storage-headroom',
      'storageHeadroom',
      {
        growth: w.qty(round(growth, 1), 'storage_mb'),
        limit: w.qty(limit, 'storage_mb'),
        days,
        level: w.qty(level, 'storage_mb'),
      },
      { storageMb: level, limitMb: limit, growthMbPerDay: round(growth, 1), daysToLimit: days },
      { from: addDays(today, -30), to: today },
      days <= 30 ? 'warning' : 'info',
    ),
  ];
}

/** The last complete month used 80%+ of a limit and 40%+ of it came in its last 7 days. */
export function monthEndRush(input: PracticeInput): Insight[] {
  const start = shiftMonth(monthStart(todayOf(input)), -1);
  const end = addDays(monthStart(todayOf(input)), -1);
  const days = input.daily.filter((d) => d.date >= start && d.date <= end);
  if (days.length < 28 || days[0]?.date !== start) return [];
  const out: Insight[] = [];
  for (const m of ['sessions', 'audio_minutes'] as const) {
    const limit = limitOf(input.plan, m);
    const total = days.reduce((s, d) => s + valueOf(d.values, m), 0);
    if (limit === null || limit <= 0 || total < 0.8 * limit) continue;
    const lastWeek = days.slice(-7).reduce((s, d) => s + valueOf(d.values, m), 0);
    const sharePct = round((lastWeek / total) * 100, 1);
    if (sharePct < 40) continue;
    const w = input.words ?? EN_WORDS;
    out.push(
      practice(
        w,
        `month-end-rush:${m}`,
        'monthEndRush',
        {
          share: w.num(sharePct),
          metric: w.label(m),
          total: w.qty(round(total, 1), m),
          pct: w.num(round((total / limit) * 100)),
        },
        { metric: m, monthTotal: round(total, 1), limit, lastWeekSharePct: sharePct },
        { from: start, to: end },
      ),
    );
  }
  return out;
}

/** Every best practice the data supports, usage rules first, then the account's (budget, alerts). */
export function bestPractices(input: PracticeInput): Insight[] {
  return [
    ...shortSessions(input),
    ...repeatTranscriptions(input),
    ...exportsPerSession(input),
    ...apiPerSession(input),
    ...offHoursApi(input),
    ...storageHeadroom(input),
    ...monthEndRush(input),
    ...accountPractices(input),
  ];
}
