// Exports of the caller's usage: the history buckets or the raw events as CSV or JSON, or a PDF report.
import { supportedTag } from '../domain/i18n/locale.js';
import { Readable } from 'node:stream';
import type { HistoryQuery } from '../domain/history-query.js';
import { DateTime } from 'luxon';
import type { ExportQuery } from '../contracts/exports.js';
import type { Call, ServiceContext } from './context.js';
import { AppError } from './errors.js';
import { exportFilename } from './export-filename.js';
import { getHistory } from './get-history.js';
import { streamEvents } from './list-events.js';
import type { Documents } from './providers.js';
import { rangeOrInvalid } from './range.js';
import { forReading } from './read-replica.js';
import { reportData } from './report-data.js';
import { userZone } from './user-zone.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Readable | string | Buffer;
}

// Files are rendered by the context's documents provider; JSON needs none.
function documentsOf(ctx: ServiceContext): Documents {
  if (!ctx.documents) throw new AppError('unavailable', 'file exports are not configured');
  return ctx.documents;
}

/** Exports history buckets (or raw events with raw=true) as CSV or JSON, streamed where it can be large. */
export async function exportUsage({
  ctx,
  input,
}: Call<{ userId: string; query: ExportQuery }>): Promise<ExportFile> {
  const { userId, query: q } = input;
  const query: HistoryQuery = q;
  if (q.raw && q.format === 'pdf') {
    throw new AppError('invalid_input', 'raw events export as csv or json', [
      { field: 'format', reason: 'raw=true needs format csv or json' },
    ]);
  }
  // Raw events and PDFs read from the replica when it is caught up for this user (history decides itself).
  if (q.client !== undefined && q.format === 'pdf') {
    throw new AppError('invalid_input', 'a client export is csv or json', [
      { field: 'client', reason: 'the PDF report covers every client; use format csv or json' },
    ]);
  }
  if (q.raw) return exportRaw(await forReading(ctx, userId), userId, q);
  if (q.format === 'pdf') return exportPdf(await forReading(ctx, userId), userId, q);
  const h = await getHistory({ ctx, input: { userId, query } });
  const name = exportFilename(userId, h.period.from, h.period.to, q.groupBy, q.format);
  if (q.format === 'json')
    return { filename: name, contentType: 'application/json', body: JSON.stringify(h, null, 2) };
  const columns = [
    'start',
    'end',
    ...h.metrics,
    ...(h.metrics.includes('storage_mb') ? ['storage_mb_peak'] : []),
  ];
  const csv = documentsOf(ctx).csvWriter(columns);
  const rows = Readable.from(h.buckets).pipe(csv);
  return { filename: name, contentType: 'text/csv; charset=utf-8', body: rows };
}

async function exportPdf(ctx: ServiceContext, userId: string, q: ExportQuery): Promise<ExportFile> {
  const tz = q.tz ?? (await userZone({ ctx, input: { userId } }));
  const range = rangeOrInvalid(
    { period: q.period, from: q.from, to: q.to, groupBy: 'day', tz },
    ctx.now(),
  );
  const label =
    range.fromDate.slice(0, 7) === range.toDate.slice(0, 7) && range.fromDate.endsWith('-01')
      ? DateTime.fromISO(range.fromDate).toFormat('LLLL yyyy')
      : `${range.fromDate} to ${range.toDate}`;
  const period = {
    key: `${range.fromDate}_${range.toDate}`,
    from: range.fromDate,
    to: range.toDate,
    label,
    dueAt: range.end,
  };
  const locale = supportedTag(q.lang) ?? undefined;
  const data = await reportData({ ctx, input: { userId, period, ...(locale ? { locale } : {}) } });
  const pdf = await documentsOf(ctx).reportPdf(data);
  return {
    filename: exportFilename(userId, range.fromDate, range.toDate, 'report', 'pdf'),
    contentType: 'application/pdf',
    body: pdf,
  };
}

async function exportRaw(ctx: ServiceContext, userId: string, q: ExportQuery): Promise<ExportFile> {
  const tz = q.tz ?? (await userZone({ ctx, input: { userId } }));
  const range = rangeOrInvalid(
    { period: q.period, from: q.from, to: q.to, groupBy: 'day', tz },
    ctx.now(),
  );
  const pages = streamEvents({ ctx, input: { userId, from: range.start, to: range.end } });
  const name = exportFilename(userId, range.fromDate, range.toDate, 'events', q.format);
  const columns = ['occurred_at', 'event_id', 'type', 'value', 'client_id'];
  // Checked before the first byte: a missing renderer is a 503, not a cut-off download.
  const csv = q.format === 'json' ? null : documentsOf(ctx);
  // A page at a time (5,000 rows): constant memory, and far fewer stream hops than a row at a time.
  const source = Readable.from(
    (async function* () {
      if (q.format === 'json') {
        yield `{"user":${JSON.stringify(userId)},"from":"${range.fromDate}","to":"${range.toDate}","tz":${JSON.stringify(tz)},"events":[`;
      } else yield csv!.csvRows([], columns, true);
      let first = true;
      for await (const all of pages) {
        // One client's events only, when asked: filtered page by page, memory stays constant.
        const page = q.client === undefined ? all : all.filter((e) => e.clientId === q.client);
        if (page.length === 0) continue;
        if (q.format === 'json') {
          yield (first ? '\n' : ',\n') + page.map((e) => JSON.stringify(e)).join(',\n');
          first = false;
        } else {
          yield csv!.csvRows(
            page.map((e) => [e.occurredAt, e.id, e.type, e.value, e.clientId ?? '']),
            columns,
            false,
          );
        }
      }
      if (q.format === 'json') yield '\n]}\n';
    })(),
    { objectMode: false },
  );
  const contentType = q.format === 'json' ? 'application/json' : 'text/csv; charset=utf-8';
  return { filename: name, contentType, body: source };
}
