// The report email: subject with the period, HTML and text parts, key numbers with changes, the
// usage chart as an inline PNG, top insights and forecast, and one-click unsubscribe (RFC 8058).
import { reportUsageOption } from '../../domain/charts/report-charts.js';
import { HEADLINE_METRICS, METRIC_DEFS, REPORT_METRICS } from '../../domain/metrics.js';
import type { EmailContent } from '../../services/providers.js';
import type { ReportData } from '../../services/report-data.js';
import { renderSvg, svgToPng } from '../chart-render.js';
import { costLines } from '../cost-lines.js';
import { forecastLine, formatChange, formatDay, formatValue } from '../format.js';
import { ComparisonSection, comparisonTextLines } from './comparison-section.js';
import { EmailLayout, styles } from './layout.js';
import { emailHtml } from './render.js';

export interface EmailLinks {
  unsubscribeUrl: string;
}

interface Row {
  label: string;
  value: string;
  change: string;
}

/** What the email says, in the words both parts use. */
function content(d: ReportData) {
  const h = d.history;
  const rows: Row[] = REPORT_METRICS.map((m) => ({
    label: METRIC_DEFS[m].label,
    value: formatValue(m, h.totals[m] as number | null),
    change: formatChange(
      h.change[m],
      h.previousTotals[m] as number | null,
      h.totals[m] as number | null,
    ),
  }));
  const forecasts = d.forecast.flatMap((f) => (f.available ? [forecastLine(f)] : []));
  return { rows, forecasts, cost: d.cost ? costLines(d.cost) : [] };
}

const cell = { padding: '6px 12px', borderBottom: '1px solid #eee' };
const num = { ...cell, textAlign: 'right' as const, whiteSpace: 'nowrap' as const };

function ReportEmail({ d, links }: { d: ReportData; links: EmailLinks }) {
  const h = d.history;
  const { rows, forecasts, cost } = content(d);
  return (
    <EmailLayout
      title={`Usage report for ${d.period.label}`}
      footer={
        <>
          You receive this because you subscribed to usage reports.{' '}
          <a href={links.unsubscribeUrl}>Unsubscribe</a>
        </>
      }
    >
      <h1 style={styles.h1}>Usage report for {d.period.label}</h1>
      <p style={styles.muted}>
        {formatDay(h.period.from)} – {formatDay(h.period.to)} ({d.zone}), plan {h.limits.planName}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th align="left" style={cell}>
              Metric
            </th>
            <th align="right" style={num}>
              Total
            </th>
            <th align="right" style={num}>
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <td style={cell}>{r.label}</td>
              <td align="right" style={num}>
                {r.value}
              </td>
              <td align="right" style={num}>
                {r.change}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <img
          src="cid:usage-chart"
          alt={`Daily sessions, audio minutes and transcriptions in ${d.period.label}`}
          width={640}
          style={{ maxWidth: '100%' }}
        />
      </p>
      <h2 style={styles.h2}>Forecast for this billing month</h2>
      <ul>
        {forecasts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <ComparisonSection c={d.comparisons} />
      {cost.length ? (
        <>
          <h2 style={styles.h2}>Cost</h2>
          <ul>
            {cost.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 style={styles.h2}>Insights</h2>
      <ul>
        {d.insights.map((i, n) => (
          <li key={n}>
            <strong>{i.title}</strong>: {i.message}
          </li>
        ))}
      </ul>
      <p>
        <a href={d.dashboardUrl} style={styles.button}>
          Open your dashboard
        </a>
      </p>
    </EmailLayout>
  );
}

/** The report email's subject, parts, unsubscribe headers and inline chart; the caller sets recipient and Message-ID. */
export function reportEmail(d: ReportData, links: EmailLinks): EmailContent {
  const h = d.history;
  const { rows, forecasts, cost } = content(d);
  const chart = svgToPng(
    renderSvg(
      reportUsageOption(
        h.buckets.map((b) => ({ start: b.start, values: b })),
        HEADLINE_METRICS,
        `Daily usage, ${d.period.label}`,
      ),
      640,
      260,
    ),
  );
  const text = [
    `Usage report for ${d.period.label} (${formatDay(h.period.from)} – ${formatDay(h.period.to)}, ${d.zone})`,
    '',
    ...rows.map((r) => `${r.label}: ${r.value} (${r.change} vs the period before)`),
    '',
    'Forecast for this billing month:',
    ...forecasts.map((f) => `- ${f}`),
    '',
    ...comparisonTextLines(d.comparisons),
    '',
    ...(cost.length ? ['Cost:', ...cost.map((c) => `- ${c}`), ''] : []),
    'Insights:',
    ...d.insights.map((i) => `- ${i.title}: ${i.message}`),
    '',
    `Open your dashboard: ${d.dashboardUrl}`,
    `Unsubscribe: ${links.unsubscribeUrl}`,
  ].join('\n');
  return {
    subject: `Your usage report for ${d.period.label}`,
    text,
    html: emailHtml(<ReportEmail d={d} links={links} />),
    headers: {
      'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    attachments: [
      { filename: 'usage-chart.png', content: chart, contentType: 'image/png', cid: 'usage-chart' },
    ],
  };
}
