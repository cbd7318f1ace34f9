// The PDF report a person hands to their manager: title, user, period, summary with changes,
// the usage and forecast charts as vector graphics (ECharts SVG), limits, insights, plan costs
// and page numbers. pdfkit lays it out; svg-to-pdfkit draws the charts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { reportForecastOption, reportUsageOption } from '../domain/charts/report-charts.js';
import { HEADLINE_METRICS, METRIC_DEFS, REPORT_METRICS } from '../domain/metrics.js';
import { renderSvg } from './chart-render.js';
import { costLines } from './cost-lines.js';
import { forecastLine, formatChange, formatDay, formatUsd, formatValue } from './format.js';
import { comparisonPages } from './pdf-comparisons.js';
import type { ReportData } from '../services/report-data.js';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const W = 595.28;
const M = 48;

/** Renders the report as a PDF document. */
export async function reportPdf(d: ReportData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: M,
    bufferPages: true,
    info: { Title: `Usage report ${d.period.label}`, Author: 'Usage Insights' },
  });
  doc.registerFont('body', join(fontDir, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fontDir, 'DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  const h = d.history;

  doc.font('bold').fontSize(20).fillColor('#111').text(`Usage report: ${d.period.label}`);
  doc
    .font('body')
    .fontSize(10)
    .fillColor('#555')
    .text(
      `${d.userId} · plan ${h.limits.planName} · ${formatDay(h.period.from)} – ${formatDay(h.period.to)} (${d.zone})`,
    )
    .text(
      `Generated ${formatDay(new Date(d.generatedAt).toISOString())}, ${new Date(d.generatedAt).toISOString().slice(11, 16)} UTC`,
    );
  doc.moveDown();

  heading(doc, 'Summary');
  const cols = [M, M + 120, M + 270, M + 420];
  row(doc, cols, ['Metric', 'Total', 'Previous period', 'Change'], true);
  for (const m of REPORT_METRICS) {
    row(doc, cols, [
      METRIC_DEFS[m].label,
      formatValue(m, h.totals[m] as number | null),
      formatValue(m, h.previousTotals[m] as number | null),
      formatChange(h.change[m], h.previousTotals[m] as number | null, h.totals[m] as number | null),
    ]);
  }
  doc.moveDown();

  heading(doc, 'Daily usage');
  chart(
    doc,
    (w, ht) =>
      renderSvg(
        reportUsageOption(
          h.buckets.map((b) => ({ start: b.start, values: b })),
          HEADLINE_METRICS,
          `Daily usage, ${d.period.label}`,
        ),
        w,
        ht,
      ),
    250,
  );

  doc.addPage();
  heading(doc, 'Forecast and limits (current billing month)');
  for (const f of d.forecast) {
    doc
      .font('body')
      .fontSize(10)
      .fillColor('#222')
      .text(f.available ? forecastLine(f) : `${METRIC_DEFS[f.metric].label}: ${f.reason}`);
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
      (w, ht) => renderSvg(reportForecastOption(main.metric, hist, fc, main.limit), w, ht),
      220,
    );
  }
  if (d.cost) {
    heading(doc, 'Cost');
    for (const line of costLines(d.cost))
      doc
        .font('body')
        .fontSize(10)
        .fillColor('#333')
        .text(line, M, undefined, { width: W - 2 * M });
    doc.moveDown();
  }
  heading(doc, 'Insights');
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
  heading(doc, 'Plans compared (expected cost of the next 30 days)');
  const advice = d.advice;
  if (advice.available) {
    const pc = [M, M + 150, M + 250, M + 360];
    row(doc, pc, ['Plan', 'Price', 'Expected cost', 'Covers forecast'], true);
    for (const p of advice.plans) {
      const marks = [
        p.plan === advice.currentPlan ? 'current' : '',
        p.plan === advice.recommended ? 'recommended' : '',
      ].filter(Boolean);
      const mark = marks.length ? ` (${marks.join(', ')})` : '';
      row(doc, pc, [
        p.displayName + mark,
        p.priceUsd === null ? 'contract' : formatUsd(p.priceUsd),
        p.expectedCostUsd === null ? 'contract' : formatUsd(p.expectedCostUsd),
        p.covers ? 'yes' : 'no',
      ]);
    }
  }
  doc
    .font('body')
    .fontSize(9)
    .fillColor('#666')
    .text(advice.reason, M, undefined, { width: W - 2 * M });

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
      .text(`Page ${i + 1} of ${range.count}`, M, 841.89 - 32, {
        width: W - 2 * M,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.font('bold').fontSize(13).fillColor('#111').text(text, M);
  doc.moveDown(0.3);
}

function row(doc: PDFKit.PDFDocument, x: number[], cells: string[], head = false) {
  const y = doc.y;
  doc
    .font(head ? 'bold' : 'body')
    .fontSize(10)
    .fillColor(head ? '#111' : '#333');
  cells.forEach((c, i) =>
    doc.text(c, x[i], y, { width: (x[i + 1] ?? W - M) - (x[i] ?? M) - 8, lineBreak: false }),
  );
  doc.x = M;
  doc.y = y + 16;
  doc
    .moveTo(M, doc.y - 3)
    .lineTo(W - M, doc.y - 3)
    .strokeColor('#e5e5e5')
    .lineWidth(0.5)
    .stroke();
}

// Charts are rendered at the page's own size (1 SVG px = 1 pt), so nothing is scaled or clipped.
function chart(
  doc: PDFKit.PDFDocument,
  svg: (width: number, height: number) => string,
  height: number,
) {
  if (doc.y + height > 841.89 - M) doc.addPage();
  const width = Math.floor(W - 2 * M);
  SVGtoPDF(doc, svg(width, height), M, doc.y, {
    width,
    height,
    assumePt: true,
    fontCallback: (_f, bold) => (bold ? 'bold' : 'body'),
  });
  doc.y += height + 8;
  doc.x = M;
}
