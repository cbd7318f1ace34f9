import type { Bucket } from '../../../domain/calendar.js';
import type { Period } from '../../../domain/period-values.js';
import type { Queryable } from '../../db.js';
import { bounds } from '../period-columns.js';
import {
  CLIENT_PERIOD_SELECT,
  toClientPeriod,
  type ClientPeriodRow,
} from './client-period-columns.js';

/** One client's stored rows of a level starting in [start, end), except inside the excluded ranges, by start. */
export async function readClientPeriods(
  q: Queryable,
  userId: string,
  clientId: string,
  level: 'hourly' | 'daily' | 'monthly',
  start: number,
  end: number,
  exclude: Bucket[] = [],
): Promise<Period[]> {
  const rows = await q.query<ClientPeriodRow>(
    `SELECT ${CLIENT_PERIOD_SELECT} FROM usage_client_history h
     WHERE h.user_id = $1 AND h.client_id = $2 AND h.period_type = $3
       AND h.period_start >= $4 AND h.period_start < $5
       AND NOT EXISTS (SELECT 1 FROM unnest($6::timestamptz[], $7::timestamptz[]) AS x(s, e)
                       WHERE h.period_start >= x.s AND h.period_start < x.e)
     ORDER BY h.period_start`,
    [
      userId,
      clientId,
      level,
      new Date(start).toISOString(),
      new Date(end).toISOString(),
      ...bounds(exclude),
    ],
  );
  return rows.map(toClientPeriod);
}
