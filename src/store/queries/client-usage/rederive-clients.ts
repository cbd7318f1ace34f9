import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { rederiveLevels } from '../rederive-days/rederive-levels.js';
import { CLIENTS_UP } from './roll-up-clients.js';

/**
 * Replaces every daily and monthly client row of a user with rows derived from its hourly client
 * rows for the given local days and months (a zone change, as rederiveFromHourly does the totals);
 * with keepUntil, rows ending by then stay as they are.
 */
export async function rederiveClients(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  months: Bucket[],
  keepUntil: number | null = null,
): Promise<void> {
  const levels = { table: 'usage_client_history', up: CLIENTS_UP } as const;
  await rederiveLevels(tx, levels, userId, days, months, keepUntil);
}
