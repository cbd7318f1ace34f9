// The PDF report a person hands to their manager: title, user, period, summary with changes,
// the usage and forecast charts as vector graphics (ECharts SVG), limits, insights, plan costs
// and page numbers. pdfkit lays it out; svg-to-pdfkit draws the charts.
import { adviceReason } from '../analytics/index.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { reportForecastOption, reportUsageOption } from '../domain/charts/report-charts.js';
import { HEADLINE_METRICS, REPORT_METRICS } from '../domain/metrics.js';
import { renderSvg } from './chart-render.js';
import { costLines } from './cost-lines.js';
import { forecastLine, formatChange, formatDay, formatUsd, formatValue } from './format.js';
import { periodLabel, reportLocale } from './locale.js';
import { comparisonPages } from './pdf-comparisons.js';
import { chart, heading, M, row, W } from './pdf-layout.js';
import type { ReportData } from '../services/report-data.js';
import { localizeReason } from '../domain/i18n/reasons.js';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

/** Renders the report as a PDF document. */
export async function reportPdf(d: ReportData): Promise<Buffer> {
  const loc = reportLocale(d.locale);
  const { t } = loc;
  const period = periodLabel(d.period, loc);
  const doc = new PDFDocument({
    size: 'A4',
    margin: M,
    bufferPages: true,
    info: { Title: t('report.pdfInfoTitle', { period }), Author: 'Usage Insights' },
    lang: loc.tag,
  });
  doc.registerFont('body', join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fontDir, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  const h = d.history;

  doc.font('bold').fontSize(20).fillColor('#111').text(t('report.pdfTitle', { period }));
  doc
    .font('body')
    .fontSize(10)
    .fillColor('#555')
    .text(
      t('report.pdfWho', {
        user: d.userId,
        plan: h.limits.planName,
        from: formatDay(h.period.from, loc),
        to: formatDay(h.period.to, loc),
        zone: d.zone,
      }),
    )
    .text(
      t('report.generated', {
        date: formatDay(new Date(d.generatedAt).toISOString(), loc),
        time: new Date(d.generatedAt).toISOString().slice(11, 16),
      }),
    );
  doc.moveDown();

  heading(doc, t('report.summary'));
  const cols = [M, M + 120, M + 270, M + 420];
  row(
    doc,
    cols,
    [t('report.metric'), t('report.total'), t('report.previous'), t('report.change')],
    true,
  );
  for (const m of REPORT_METRICS) {
    row(doc, cols, [
      t(`metrics.${m}`),
      formatValue(m, h.totals[m] as number | null, loc),
      formatValue(m, h.previousTotals[m] as number | null, loc),
      formatChange(
        h.change[m],
        h.previousTotals[m] as number | null,
        h.totals[m] as number | null,
        loc,
      ),
    ]);
  }
  doc.moveDown();

  heading(doc, t('report.dailyUsage'));
  chart(
    doc,
    (w, ht) =>
      renderSvg(
        reportUsageOption(
          h.buckets.map((b) => ({ start: b.start, values: b })),
          HEADLINE_METRICS,
          t('report.chartTitle', { period }),
          loc.words,
        ),
        w,
        ht,
      ),
    250,
  );

  doc.addPage();
  heading(doc, t('report.forecastLimits'));
  for (const f of d.forecast) {
    doc
      .font('body')
      .fontSize(10)
      .fillColor('#222')
      .text(
        f.available
          ? forecastLine(f, loc)
          : `${t(`metrics.${f.metric}`)}: ${localizeReason(f.reason, loc.words)}`,
      );
  }
  const main =
    d.forecast.find((f) => f.available && f.metric === 'audio_minutes') ??
    d.forecast.find((f) => f.available);
  if (main?.available) {
    doc.moveDown(0.5);
    let cum = 0;
    const today = main.daily[0]?.date ?? main.period.to;
    const hist = d.current.buckets
      .filter((b) => b.start.slice(0, 10) < today)
      .map((b) => ({
        date: b.start.slice(0, 10),
        value: (cum += (b[main.metric] as number) ?? 0),
      }));
    // The band of a running total: what is used so far plus each day's forecast range.
    let acc = cum;
    const fc = main.daily
      .filter((x) => x.date <= main.period.to)
      .map((x) => {
        const base = acc;
        acc += x.point;
        return { date: x.date, point: acc, lower80: base + x.lower80, upper80: base + x.upper80 };
      });
    chart(
      doc,
      (w, ht) =>
        renderSvg(
          reportForecastOption(
            main.metric,
            hist,
            fc,
            main.limit,
            loc.words,
            'stoppedBy' in main.limitReach ? main.limitReach.stoppedBy : undefined,
          ),
          w,
          ht,
        ),
      220,
    );
  }
  if (d.cost) {
    heading(doc, t('report.cost'));
    for (const line of costLines(d.cost, loc))
      doc
        .font('body')
        .fontSize(10)
        .fillColor('#333')
        .text(line, M, undefined, { width: W - 2 * M });
    doc.moveDown();
  }
  heading(doc, t('report.insights'));
  for (const i of d.insights) {
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#111')
      .text(i.title, { continued: true })
      .font('body')
      .fillColor('#333')
      .text(`  ${i.message}`);
    if (i.suggestion) doc.fontSize(9).fillColor('#666').text(i.suggestion);
    doc.moveDown(0.3);
  }
  doc.moveDown();
  heading(doc, t('report.plansCompared'));
  const advice = d.advice;
  if (advice.available) {
    const pc = [M, M + 150, M + 250, M + 360];
    row(
      doc,
      pc,
      [t('report.plan'), t('report.price'), t('report.expectedCost'), t('report.covers')],
      true,
    );
    for (const p of advice.plans) {
      const marks = [
        p.plan === advice.currentPlan ? t('report.current') : '',
        p.plan === advice.recommended ? t('report.recommended') : '',
      ].filter(Boolean);
      const mark = marks.length ? ` (${marks.join(', ')})` : '';
      row(doc, pc, [
        p.displayName + mark,
        p.priceUsd === null ? t('report.contract') : formatUsd(p.priceUsd, loc),
        p.expectedCostUsd === null ? t('report.contract') : formatUsd(p.expectedCostUsd, loc),
        p.covers ? t('report.yes') : t('report.no'),
      ]);
    }
  }
  doc
    .font('body')
    .fontSize(9)
    .fillColor('#666')
    .text(adviceReason(advice, loc.words), M, undefined, { width: W - 2 * M });

  comparisonPages(doc, d, { heading, row, chart, margin: M, width: W });

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Footer text sits in the bottom margin: lift the margin so pdfkit does not start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8)
      .fillColor('#888')
      .text(t('report.page', { page: i + 1, pages: range.count }), M, 841.89 - 32, {
        width: W - 2 * M,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
