// The telemetry vocabulary without zod, so the dashboard's bundle can use it as it is.

/** Every event the dashboard may report, and what it means. */
export const TELEMETRY_EVENT_DEFS = {
  'page.view': 'the dashboard was opened (one per page load)',
  'section.view': 'a section (chart or panel) was at least half on screen for a second',
  'page.visible': 'visible time since the last report, in ms (tab hidden or closed ends it)',
  'range.change': 'another range was chosen (detail: the period)',
  'chart.interaction': 'a control inside a chart or panel was used (section: which)',
  export: 'a file was downloaded (detail: csv, json, pdf, raw, png, svg)',
  'subscription.create': 'an emailed report was subscribed to',
  'key.create': 'a personal API key was created',
  'plan.compare': 'a plan comparison or plan recommendation was opened',
  'perf.first_chart': 'ms from navigation start to the first chart drawn',
  'perf.api': 'ms an API call took as the browser saw it (detail: which endpoint)',
} as const;
export type TelemetryEventName = keyof typeof TELEMETRY_EVENT_DEFS;
export const TELEMETRY_EVENTS = Object.keys(TELEMETRY_EVENT_DEFS) as [
  TelemetryEventName,
  ...TelemetryEventName[],
];

/** Sections of the dashboard a view or interaction may name (its panels' data-chart names). */
export const TELEMETRY_SECTIONS = [
  'summary',
  'over-time',
  'monthly',
  'stacked',
  'utilization',
  'plan',
  'forecast',
  'insights',
  'peers',
  'weekday-hour',
  'calendar',
  'hour-of-day',
  'day-of-week',
  'seasonal',
  'comparisons',
  'anomalies',
  'cost',
  'account',
] as const;
export type TelemetrySection = (typeof TELEMETRY_SECTIONS)[number];
