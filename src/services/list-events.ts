import { isoInZoneFast } from '../domain/calendar.js';
import { EARLIEST_MS, LATEST_MS, OUT_OF_BOUNDS, withinTimeBounds } from '../domain/time-bounds.js';
import { listEventsPage } from '../store/queries/list-events.js';
import { getUser } from '../store/queries/get-user.js';
import type { Call } from './context.js';
import { invalid } from './errors.js';
import type { EventsQuery } from '../contracts/usage.js';
import { refusal } from '../domain/i18n/reasons.js';
import { hasControlCharacters } from '../domain/events.js';

const DAY = 86_400_000;

export interface EventsPage {
  events: {
    id: string;
    type: string;
    occurredAt: string;
    value: number;
    clientId: string | null;
  }[];
  nextCursor: string | null;
}

const toMs = (s: string) => Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s);

function decodeCursor(cursor: string): { atMicros: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
      unknown,
      unknown,
    ];
    // Microseconds within the accepted times: a larger number overflows the database's timestamp.
    if (
      typeof at === 'string' &&
      /^\d{1,18}$/.test(at) &&
      BigInt(at) <= BigInt(LATEST_MS) * 1000n + 999n &&
      typeof id === 'string' &&
      id.length <= 200 &&
      !hasControlCharacters(id)
    )
      return { atMicros: at, id };
  } catch {
    /* fall through to the error */
  }
  throw invalid('cursor', 'is not a cursor returned by this endpoint');
}

/** The range an events query covers: [from, to), defaulting to the last 30 days, at most 400 days. */
export function eventsRange(
  q: { from?: string; to?: string },
  now: number,
): { from: number; to: number } {
  const to = q.to ? toMs(q.to) : now + 5 * 60_000;
  const from = q.from ? toMs(q.from) : Math.max(EARLIEST_MS, to - 30 * DAY);
  if (!withinTimeBounds(from)) throw invalid('from', OUT_OF_BOUNDS);
  if (!withinTimeBounds(to)) throw invalid('to', OUT_OF_BOUNDS);
  if (from >= to) throw invalid('from', refusal('beforeTo'));
  if (to - from > 400 * DAY) throw invalid('to', 'the range may span at most 400 days');
  return { from, to };
}

/** A page of the caller's raw events, oldest first, with a cursor for the next page. */
export async function listEvents({
  ctx,
  input,
}: Call<{ userId: string; query: EventsQuery }>): Promise<EventsPage> {
  const { from, to } = eventsRange(input.query, ctx.now());
  const after = input.query.cursor ? decodeCursor(input.query.cursor) : null;
  const limit = input.query.limit;
  const tz = (await getUser(ctx.db, input.userId))?.timeZone ?? 'UTC';
  const rows = await listEventsPage(ctx.db, input.userId, from, to, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    events: page.map((e) => ({
      id: e.id,
      type: e.type,
      occurredAt: isoInZoneFast(e.occurredAt.getTime(), tz),
      value: e.value,
      clientId: e.clientId,
    })),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.atMicros, last.id])).toString('base64url')
        : null,
  };
}

/** Every raw event of the caller in [from, to), in pages, so an export of millions runs in constant memory. */
export async function* streamEvents({
  ctx,
  input,
}: Call<{ userId: string; from: number; to: number; pageSize?: number }>): AsyncGenerator<
  EventsPage['events']
> {
  const tz = (await getUser(ctx.db, input.userId))?.timeZone ?? 'UTC';
  let after: { atMicros: string; id: string } | null = null;
  for (;;) {
    const rows = await listEventsPage(
      ctx.db,
      input.userId,
      input.from,
      input.to,
      after,
      input.pageSize ?? 5000,
    );
    if (rows.length === 0) return;
    yield rows.map((e) => ({
      id: e.id,
      type: e.type,
      occurredAt: isoInZoneFast(e.occurredAt.getTime(), tz),
      value: e.value,
      clientId: e.clientId,
    }));
    const last = rows[rows.length - 1]!;
    after = { atMicros: last.atMicros, id: last.id };
  }
}
