// The comparisons pages of the PDF report (issue 17 §3): the period against the same weekdays a
// year earlier with its chart, annual totals, month over month, seasonal variation and the weekly
// trend, in the dashboard's wording.
import {
  reportSeasonalOption,
  reportWeeklyOption,
  reportYearOverYearOption,
} from '../domain/charts/comparison-charts.js';
import { signedPct } from '../domain/comparison-text.js';
import type { ReportData } from '../services/report-data.js';
import { renderSvg } from './chart-render.js';
import { chartMetric, comparisonLines } from './comparison-lines.js';
import { formatValue } from './format.js';
import { reportLocale } from './locale.js';

/** The layout helpers of pdf-report.ts the section draws with. */
export interface PdfLayout {
  heading: (doc: PDFKit.PDFDocument, text: string) => void;
  row: (doc: PDFKit.PDFDocument, x: number[], cells: string[], head?: boolean) => void;
  chart: (
    doc: PDFKit.PDFDocument,
    svg: (width: number, height: number) => string,
    height: number,
  ) => void;
  margin: number;
  width: number;
}

function lines(doc: PDFKit.PDFDocument, L: PdfLayout, texts: string[]) {
  for (const t of texts) {
    doc
      .font('body')
      .fontSize(9.5)
      .fillColor('#222')
      .text(t, L.margin, undefined, { width: L.width - 2 * L.margin });
    doc.moveDown(0.25);
  }
  doc.moveDown(0.5);
}

/** Draws the comparisons on a new page. */
export function comparisonPages(doc: PDFKit.PDFDocument, d: ReportData, L: PdfLayout) {
  const c = d.comparisons;
  const loc = reportLocale(d.locale);
  const { t, words: w } = loc;
  const text = comparisonLines(c, w);
  const M = L.margin;
  doc.addPage();
  L.heading(doc, t('reportComparisons.pdfYoy'));
  const cols = [M, M + 110, M + 230, M + 390];
  const head = [
    t('report.metric'),
    t('reportComparisons.thisPeriod'),
    t('reportComparisons.yearEarlier'),
    t('report.change'),
  ];
  L.row(doc, cols, head, true);
  for (const m of c.metrics) {
    const y = m.yearOverYear.comparison;
    L.row(
      doc,
      cols,
      y.available
        ? [
            w.Label(m.metric),
            w.qty(y.current.value, m.metric),
            t('reportComparisons.fromDate', {
              value: w.qty(y.previous.value, m.metric),
              date: w.shortDay(y.previous.from),
            }),
            y.changePct === null
              ? t(y.current.value ? 'format.new' : 'report.noChange')
              : signedPct(y.changePct, w),
          ]
        : [
            w.Label(m.metric),
            formatValue(m.metric, d.history.totals[m.metric] ?? null, loc),
            t('reportComparisons.noData'),
            '–',
          ],
    );
  }
  doc.moveDown(0.3);
  lines(doc, L, text.yearOverYear.slice(0, 1));
  const metric = chartMetric(c);
  const main = c.metrics.find((m) => m.metric === metric);
  if (main && main.yearOverYear.buckets.length) {
    L.chart(
      doc,
      (w, h) =>
        renderSvg(
          reportYearOverYearOption(main.metric, main.yearOverYear.buckets, loc.words),
          w,
          h,
        ),
      170,
    );
  }
  L.heading(doc, t('reportComparisons.annual'));
  lines(doc, L, text.annual.length ? text.annual : [t('reportComparisons.noUsage')]);
  L.heading(doc, t('reportComparisons.monthOverMonth'));
  lines(doc, L, text.monthOverMonth);
  L.heading(doc, t('reportComparisons.seasonal'));
  lines(doc, L, text.seasonal);
  if (main?.seasonal.available) {
    const months = main.seasonal.months;
    L.chart(
      doc,
      (w, h) => renderSvg(reportSeasonalOption(main.metric, months, loc.words), w, h),
      150,
    );
  }
  L.heading(doc, t('reportComparisons.weekly'));
  lines(doc, L, text.weekly);
  if (main && main.weekly.weeks.length) {
    L.chart(
      doc,
      (w, h) => renderSvg(reportWeeklyOption(main.metric, main.weekly.weeks, loc.words), w, h),
      150,
    );
  }
}
