// The report email: subject with the period, HTML and text parts, key numbers with changes, the
// usage chart as an inline PNG, top insights and forecast, and one-click unsubscribe (RFC 8058).
import { METRIC_DEFS } from '../domain/metrics.js';
import { reportUsageOption } from '../domain/charts/report-charts.js';
import { renderSvg, svgToPng } from './chart-render.js';
import { esc, forecastLine, formatChange, formatValue } from './format.js';
import type { MailMessage } from './mailer.js';
import { REPORT_METRICS, type ReportData } from './report-data.js';

export interface EmailLinks {
  unsubscribeUrl: string;
}

/** Builds the message for a report; the caller sets the recipient and Message-ID. */
export function reportEmail(
  d: ReportData,
  links: EmailLinks,
  to: string,
  messageId: string,
): MailMessage {
  const h = d.history;
  const rows = REPORT_METRICS.map((m) => ({
    label: METRIC_DEFS[m].label,
    value: formatValue(m, h.totals[m] as number | null),
    change: formatChange(
      h.change[m],
      h.previousTotals[m] as number | null,
      h.totals[m] as number | null,
    ),
  }));
  const forecasts = d.forecast.flatMap((f) => (f.available ? [forecastLine(f)] : []));
  const chart = svgToPng(
    renderSvg(
      reportUsageOption(
        h.buckets.map((b) => ({ start: b.start, values: b })),
        ['sessions', 'audio_minutes', 'transcriptions'],
        `Daily usage, ${d.period.label}`,
      ),
      640,
      260,
    ),
  );
  const subject = `Your usage report for ${d.period.label}`;
  const text = [
    `Usage report for ${d.period.label} (${h.period.from} to ${h.period.to}, ${d.zone})`,
    '',
    ...rows.map((r) => `${r.label}: ${r.value} (${r.change} vs the period before)`),
    '',
    'Forecast for this billing month:',
    ...forecasts.map((f) => `- ${f}`),
    '',
    'Insights:',
    ...d.insights.map((i) => `- ${i.title}: ${i.message}`),
    '',
    `Open your dashboard: ${d.dashboardUrl}`,
    `Unsubscribe: ${links.unsubscribeUrl}`,
  ].join('\n');
  const td = 'style="padding:6px 12px;border-bottom:1px solid #eee"';
  const html = `<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:680px;margin:auto">
<h1 style="font-size:20px">Usage report for ${esc(d.period.label)}</h1>
<p style="color:#666">${esc(h.period.from)} to ${esc(h.period.to)} (${esc(d.zone)}), plan ${esc(h.limits.planName)}</p>
<table style="border-collapse:collapse;width:100%"><tr><th align="left" ${td}>Metric</th><th align="right" ${td}>Total</th><th align="right" ${td}>Change</th></tr>
${rows.map((r) => `<tr><td ${td}>${esc(r.label)}</td><td align="right" ${td}>${esc(r.value)}</td><td align="right" ${td}>${esc(r.change)}</td></tr>`).join('\n')}
</table>
<p><img src="cid:usage-chart" alt="Daily sessions, audio minutes and transcriptions in ${esc(d.period.label)}" width="640" style="max-width:100%"></p>
<h2 style="font-size:16px">Forecast for this billing month</h2>
<ul>${forecasts.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>
<h2 style="font-size:16px">Insights</h2>
<ul>${d.insights.map((i) => `<li><strong>${esc(i.title)}</strong>: ${esc(i.message)}</li>`).join('')}</ul>
<p><a href="${esc(d.dashboardUrl)}">Open your dashboard</a></p>
<p style="color:#888;font-size:12px">You receive this because you subscribed to usage reports. <a href="${esc(links.unsubscribeUrl)}">Unsubscribe</a></p>
</body></html>`;
  return {
    to,
    subject,
    text,
    html,
    messageId,
    headers: {
      'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    attachments: [
      { filename: 'usage-chart.png', content: chart, contentType: 'image/png', cid: 'usage-chart' },
    ],
  };
}
