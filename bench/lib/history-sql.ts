// Set-based SQL that fills usage_history the way the ingestion and rollup path would have:
// hourly rows with a weekday and business-hour rhythm, then daily and monthly rows derived from
// them by the rules of src/store/queries/rollup-days.ts (sums add, the storage gauge is the latest
// non-null value, peaks take the max, distinct clients come from usage_client_days).

const METRICS = `sessions_created, audio_minutes_processed, transcriptions_completed, exports_generated,
  storage_used_mb, storage_peak_mb, unique_clients, api_calls_made, concurrent_sessions_peak, event_count`;

// Time zones are assigned round-robin: DST zones, a southern-hemisphere one, and two whose local
// hours are not UTC hours (Asia/Kolkata +05:30, Asia/Kathmandu +05:45). None switches at midnight.
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Europe/London',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Asia/Kathmandu',
];

/** $1 = number of users, $2 = zones. Plans: 40% free, 25% starter, 20% pro, 10% business, 5% enterprise. */
export const INSERT_USERS = `
  INSERT INTO users (user_id, email, time_zone, plan_name)
  SELECT id, id || '@bench.example.com', ($2::text[])[1 + (i - 1) % cardinality($2::text[])],
    CASE WHEN r < 8 THEN 'free' WHEN r < 13 THEN 'starter' WHEN r < 17 THEN 'pro'
         WHEN r < 19 THEN 'business' ELSE 'enterprise' END
  FROM generate_series(1, $1::int) AS i,
    LATERAL (SELECT 'bench-' || lpad(i::text, 6, '0') AS id) n,
    LATERAL (SELECT (hashtext(n.id || ':plan')::bigint & 2147483647) % 20 AS r) p`;

export const INSERT_PLAN_HISTORY = `
  INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits)
  SELECT u.user_id, '-infinity', u.plan_name, p.limits FROM users u JOIN plans p ON p.name = u.plan_name`;

// How many distinct clients a user has on a local day: 1..kmax, the same in every statement.
const KMAX = (plan: string) =>
  `(CASE ${plan} WHEN 'free' THEN 2 WHEN 'starter' THEN 3 WHEN 'pro' THEN 5 WHEN 'business' THEN 8 ELSE 12 END)`;
const CLIENTS_OF_DAY = (user: string, localDate: string, plan: string) =>
  `(1 + (hashtext(${user} || ':' || ${localDate}::text)::bigint & 2147483647) % ${KMAX(plan)})`;

/**
 * Hourly rows of the users $1 (text[]) for the UTC hours $2..$3 (inclusive); $4 = the first hour of
 * the whole load and $5 = its length in hours (for growth). Local hours of +05:30/+05:45 zones
 * start at :30/:45 UTC, as the rollup makes them. Every hour has at least one event (api calls).
 */
export const INSERT_HOURLY = `
  INSERT INTO usage_history (user_id, period_type, period_start, period_end, ${METRICS})
  SELECT user_id, 'hourly', ps, ps + interval '1 hour', sessions, audio, transcriptions, exports,
    storage, peak, clients, api_calls, concurrent,
    2 * sessions + transcriptions + exports + api_calls + (storage IS NOT NULL)::int + (concurrent > 0)::int
  FROM (
    SELECT user_id, ps, plan_name, plan_limits, sessions, storage, api_calls, clients,
      round((sessions * (1.5 + 3 * random()))::numeric, 2) AS audio,
      floor(sessions * 0.85 + random())::bigint AS transcriptions,
      floor(sessions * 0.08 + random())::bigint AS exports,
      CASE WHEN storage IS NULL THEN NULL ELSE round(storage * (1 + 0.02 * random())::numeric, 2) END AS peak,
      CASE WHEN sessions > 0 THEN 1 + floor(sessions * 0.3 * random())::int ELSE 0 END AS concurrent
    FROM (
      SELECT user_id, ps, plan_name, plan_limits,
        floor(sess_rate * act + random())::bigint AS sessions,
        CASE WHEN random() < 0.1 THEN NULL
          ELSE round((storage_base * (0.6 + 0.5 * growth)
            * (1 + 0.08 * sin(2 * pi() * extract(epoch FROM ps) / (45 * 86400) + r1 * 6)))::numeric, 2)
        END AS storage,
        1 + floor(sess_rate * 12 * act + 3 * random())::bigint AS api_calls,
        least(k_day, 1 + floor(act * k_day * 1.5 * random())::int) AS clients
      FROM (
        SELECT u.user_id, ph.plan_name, ph.plan_limits, t.ps, k.r1, pr.sess_rate, pr.storage_base,
          ${CLIENTS_OF_DAY('u.user_id', '(t.lt)::date', 'ph.plan_name')} AS k_day,
          extract(epoch FROM t.ps - $4::timestamptz) / ($5::int * 3600.0) AS growth,
          (CASE WHEN extract(hour FROM t.lt) BETWEEN 9 AND 17 THEN 1.0
                WHEN extract(hour FROM t.lt) IN (7, 8, 18, 19, 20, 21) THEN 0.5 ELSE 0.1 END)
          * (CASE WHEN extract(isodow FROM t.lt) >= 6 THEN 0.35 ELSE 1 END)
          * (CASE extract(month FROM t.lt) WHEN 7 THEN 0.75 WHEN 8 THEN 0.7 WHEN 12 THEN 1.3 ELSE 1 END)
          * (0.7 + 0.6 * extract(epoch FROM t.ps - $4::timestamptz) / ($5::int * 3600.0))
          * (0.6 + 0.8 * random())
          * (CASE WHEN random() < 0.002 THEN 5 ELSE 1 END) AS act
        FROM users u
        JOIN user_plan_history ph ON ph.user_id = u.user_id AND ph.valid_from = '-infinity'
        CROSS JOIN LATERAL (SELECT (hashtext(u.user_id)::bigint & 1023) / 1023.0 AS r1,
                                   (hashtext(u.user_id || ':s')::bigint & 1023) / 1023.0 AS r2) k
        CROSS JOIN LATERAL (SELECT
            coalesce((ph.plan_limits ->> 'sessions')::numeric, 20000) * (0.1 + k.r1) / 730 / 0.44 AS sess_rate,
            coalesce((ph.plan_limits ->> 'storage_mb')::numeric, 400000) * (0.15 + 0.6 * k.r2) AS storage_base) pr
        CROSS JOIN LATERAL generate_series($2::timestamptz, $3::timestamptz, interval '1 hour') AS g(t)
        CROSS JOIN LATERAL (SELECT g.t + make_interval(mins =>
            (60 - extract(minute FROM g.t AT TIME ZONE u.time_zone)::int) % 60) AS ps) s
        CROSS JOIN LATERAL (SELECT s.ps, s.ps AT TIME ZONE u.time_zone AS lt) t
        WHERE u.user_id = ANY($1::text[])
      ) a
    ) b
  ) c`;

// Each local day of a user that has hourly rows gets its clients, as the rollup would record them.
export const INSERT_CLIENT_DAYS = `
  INSERT INTO usage_client_days (user_id, day_start, client_id)
  SELECT d.user_id, d.ld AT TIME ZONE d.tz, 'client-' || ((d.off + i) % (2 * ${KMAX('d.plan_name')}))
  FROM (
    SELECT DISTINCT h.user_id, u.time_zone AS tz, u.plan_name,
      date_trunc('day', h.period_start AT TIME ZONE u.time_zone) AS ld,
      (hashtext(h.user_id || ':off')::bigint & 1023) AS off
    FROM usage_history h JOIN users u ON u.user_id = h.user_id
    WHERE h.user_id = ANY($1::text[]) AND h.period_type = 'hourly'
  ) d
  CROSS JOIN LATERAL generate_series(1, ${CLIENTS_OF_DAY('d.user_id', 'd.ld::date', 'd.plan_name')}::int) AS i`;

/** Daily ('day') or monthly ('month') rows of the users $1 from the level below, in each user's zone. */
export const ROLL_UP = (unit: 'day' | 'month') => {
  const [from, to] = unit === 'day' ? ['hourly', 'daily'] : ['daily', 'monthly'];
  const clients =
    unit === 'day'
      ? `SELECT c.user_id, c.day_start AS period_start, count(DISTINCT c.client_id) AS n
         FROM usage_client_days c WHERE c.user_id = ANY($1::text[]) GROUP BY 1, 2`
      : `SELECT c.user_id, date_trunc('month', c.day_start AT TIME ZONE u.time_zone) AT TIME ZONE u.time_zone
           AS period_start, count(DISTINCT c.client_id) AS n
         FROM usage_client_days c JOIN users u ON u.user_id = c.user_id
         WHERE c.user_id = ANY($1::text[]) GROUP BY 1, 2`;
  return `
  INSERT INTO usage_history (user_id, period_type, period_start, period_end, ${METRICS})
  SELECT x.user_id, '${to}', x.period_start, x.period_end, x.sessions, x.audio, x.transcriptions, x.exports,
    x.storage, x.storage_peak, coalesce(cl.n, 0), x.api_calls, x.concurrent, x.events
  FROM (
    SELECT h.user_id, l.s AT TIME ZONE u.time_zone AS period_start,
      (l.s + interval '1 ${unit}') AT TIME ZONE u.time_zone AS period_end,
      sum(h.sessions_created) AS sessions, sum(h.audio_minutes_processed) AS audio,
      sum(h.transcriptions_completed) AS transcriptions, sum(h.exports_generated) AS exports,
      (array_agg(h.storage_used_mb ORDER BY h.period_start DESC)
        FILTER (WHERE h.storage_used_mb IS NOT NULL))[1] AS storage,
      max(h.storage_peak_mb) AS storage_peak, sum(h.api_calls_made) AS api_calls,
      max(h.concurrent_sessions_peak) AS concurrent, sum(h.event_count) AS events
    FROM usage_history h JOIN users u ON u.user_id = h.user_id
    CROSS JOIN LATERAL (SELECT date_trunc('${unit}', h.period_start AT TIME ZONE u.time_zone) AS s) l
    WHERE h.user_id = ANY($1::text[]) AND h.period_type = '${from}'
    GROUP BY h.user_id, u.time_zone, l.s
  ) x
  LEFT JOIN (${clients}) cl ON cl.user_id = x.user_id AND cl.period_start = x.period_start`;
};

/** Per level: rows and totals, to check monthly = sum of daily = sum of hourly. */
export const LEVEL_TOTALS = `
  SELECT period_type, count(*)::bigint AS n, sum(sessions_created)::bigint AS sessions,
    sum(event_count)::bigint AS events, round(sum(audio_minutes_processed), 2)::float8 AS audio
  FROM usage_history GROUP BY period_type ORDER BY period_type`;
