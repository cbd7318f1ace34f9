// The report email: subject with the period, HTML and text parts, key numbers with changes, the
// usage chart as an inline PNG, top insights and forecast, and one-click unsubscribe (RFC 8058).
import { reportUsageOption } from '../../domain/charts/report-charts.js';
import { HEADLINE_METRICS, REPORT_METRICS } from '../../domain/metrics.js';
import type { EmailContent } from '../../services/providers.js';
import type { ReportData } from '../../services/report-data.js';
import { renderSvg, svgToPng } from '../chart-render.js';
import { costLines } from '../cost-lines.js';
import { forecastLine, formatChange, formatDay, formatValue } from '../format.js';
import { periodLabel, reportLocale } from '../locale.js';
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
  const loc = reportLocale(d.locale);
  const rows: Row[] = REPORT_METRICS.map((m) => ({
    label: loc.t(`metrics.${m}`),
    value: formatValue(m, h.totals[m] as number | null, loc),
    change: formatChange(
      h.change[m],
      h.previousTotals[m] as number | null,
      h.totals[m] as number | null,
      loc,
    ),
  }));
  const forecasts = d.forecast.flatMap((f) => (f.available ? [forecastLine(f, loc)] : []));
  const period = periodLabel(d.period, loc);
  const from = formatDay(h.period.from, loc);
  const to = formatDay(h.period.to, loc);
  return { rows, forecasts, cost: d.cost ? costLines(d.cost, loc) : [], loc, period, from, to };
}

const cell = { padding: '6px 12px', borderBottom: '1px solid #eee' };
const num = { ...cell, textAlign: 'right' as const, whiteSpace: 'nowrap' as const };

function ReportEmail({ d, links }: { d: ReportData; links: EmailLinks }) {
  const h = d.history;
  const { rows, forecasts, cost, loc, period, from, to } = content(d);
  const { t } = loc;
  return (
    <EmailLayout
      lang={loc.tag}
      title={t('report.title', { period })}
      footer={
        <>
          {t('report.why')} <a href={links.unsubscribeUrl}>{t('report.unsubscribe')}</a>
        </>
      }
    >
      <h1 style={styles.h1}>{t('report.title', { period })}</h1>
      <p style={styles.muted}>
        {t('report.rangeLine', { from, to, zone: d.zone, plan: h.limits.planName })}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th align="left" style={cell}>
              {t('report.metric')}
            </th>
            <th align="right" style={num}>
              {t('report.total')}
            </th>
            <th align="right" style={num}>
              {t('report.change')}
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
          alt={t('report.chartAlt', { period })}
          width={640}
          style={{ maxWidth: '100%' }}
        />
      </p>
      <h2 style={styles.h2}>{t('report.forecastHeading')}</h2>
      <ul>
        {forecasts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <ComparisonSection c={d.comparisons} loc={loc} />
      {cost.length ? (
        <>
          <h2 style={styles.h2}>{t('report.cost')}</h2>
          <ul>
            {cost.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 style={styles.h2}>{t('report.insights')}</h2>
      <ul>
        {d.insights.map((i, n) => (
          <li key={n}>
            <strong>{i.title}</strong>: {i.message}
          </li>
        ))}
      </ul>
      <p>
        <a href={d.dashboardUrl} style={styles.button}>
          {t('report.open')}
        </a>
      </p>
    </EmailLayout>
  );
}

/** The report email's subject, parts, unsubscribe headers and inline chart; the caller sets recipient and Message-ID. */
export function reportEmail(d: ReportData, links: EmailLinks): EmailContent {
  const h = d.history;
  const { rows, forecasts, cost, loc, period, from, to } = content(d);
  const { t } = loc;
  const chart = svgToPng(
    renderSvg(
      reportUsageOption(
        h.buckets.map((b) => ({ start: b.start, values: b })),
        HEADLINE_METRICS,
        t('report.chartTitle', { period }),
        loc.words,
      ),
      640,
      260,
    ),
  );
  const text = [
    t('report.textHead', { period, from, to, zone: d.zone }),
    '',
    ...rows.map((r) => t('report.textRow', { ...r })),
    '',
    t('report.forecastText'),
    ...forecasts.map((f) => `- ${f}`),
    '',
    ...comparisonTextLines(d.comparisons, reportLocale(d.locale)),
    '',
    ...(cost.length ? [t('report.costText'), ...cost.map((c) => `- ${c}`), ''] : []),
    t('report.insightsText'),
    ...d.insights.map((i) => `- ${i.title}: ${i.message}`),
    '',
    t('report.openText', { url: d.dashboardUrl }),
    t('report.unsubscribeText', { url: links.unsubscribeUrl }),
  ].join('\n');
  return {
    subject: t('report.subject', { period }),
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
