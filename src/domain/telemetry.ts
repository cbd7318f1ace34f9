// The dashboard's own-use telemetry: which events exist, what each may carry, and the bounds that
// keep a batch small. Enumerated, so nothing free-form (no URLs, no text typed) can be recorded.
import { z } from 'zod';

export * from './telemetry-names.js';
import { TELEMETRY_EVENTS, TELEMETRY_SECTIONS } from './telemetry-names.js';

/** The real-user timings kept as daily histograms. */
export const PERF_METRICS = ['perf.first_chart', 'perf.api'] as const;
export type PerfMetric = (typeof PERF_METRICS)[number];

export const MAX_TELEMETRY_BATCH = 50;
/** Events one user may record per rolling 24 hours; more are refused (429), the dashboard sends far fewer. */
export const TELEMETRY_EVENTS_PER_DAY = 2000;
/** Longest duration accepted (a visible stretch is reported at least every 5 minutes). */
export const MAX_TELEMETRY_VALUE_MS = 3_600_000;
/** Events may be reported late (a tab asleep) by up to a day, and not ahead of the server's clock. */
export const MAX_TELEMETRY_AGE_MS = 86_400_000;
export const TELEMETRY_RETENTION_DAYS = 90;

export const telemetryEventSchema = z.strictObject({
  name: z.enum(TELEMETRY_EVENTS),
  at: z.iso.datetime({ offset: true }).meta({ description: 'When it happened (ISO-8601)' }),
  section: z.enum(TELEMETRY_SECTIONS).optional(),
  detail: z
    .string()
    .regex(/^[a-z0-9_-]{1,24}$/, 'must be 1 to 24 of a-z, 0-9, _ and -')
    .optional()
    .meta({ description: 'A short enumerated qualifier: a period, a format, an endpoint' }),
  value: z
    .number()
    .min(0)
    .max(MAX_TELEMETRY_VALUE_MS)
    .optional()
    .meta({ description: 'Milliseconds, for page.visible and perf.* events' }),
});
export type TelemetryEvent = z.output<typeof telemetryEventSchema>;

export const telemetryBatchSchema = z.strictObject({
  sessionId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, _ or -')
    .meta({ description: 'A random id for this page load, made by the browser' }),
  events: z.array(telemetryEventSchema).min(1).max(MAX_TELEMETRY_BATCH),
});
export type TelemetryBatch = z.output<typeof telemetryBatchSchema>;

/** Events that need a value, and events that must not have one. */
export function telemetryIssues(
  batch: TelemetryBatch,
  now: number,
): { index: number; field: string; reason: string }[] {
  const issues: { index: number; field: string; reason: string }[] = [];
  batch.events.forEach((e, index) => {
    const timed = e.name === 'page.visible' || e.name.startsWith('perf.');
    if (timed && e.value === undefined) issues.push({ index, field: 'value', reason: 'required' });
    if (!timed && e.value !== undefined)
      issues.push({ index, field: 'value', reason: `not allowed for ${e.name}` });
    const at = Date.parse(e.at);
    if (at > now + 60_000) issues.push({ index, field: 'at', reason: 'is in the future' });
    if (at < now - MAX_TELEMETRY_AGE_MS)
      issues.push({ index, field: 'at', reason: 'is more than a day old' });
  });
  return issues;
}

/** Whether a request asks not to be tracked: Do Not Track (`DNT: 1`) or Global Privacy Control (`Sec-GPC: 1`). */
export function optedOut(headers: Record<string, string | string[] | undefined>): boolean {
  const one = (v: string | string[] | undefined) => [v].flat().some((x) => x?.trim() === '1');
  return one(headers['dnt']) || one(headers['sec-gpc']);
}
