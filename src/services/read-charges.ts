// What a read that computes costs in the rate limits (SECURITY.md "Limits"), decided before the
// work from the query alone (one indexed read at most): a request that keeps the server busy for a
// third of a second must not count as one of 600 a minute. The unit is a cached read; an uncached
// analysis (about 0.65 s of CPU) is UNCACHED_ANALYSIS_COST.
import type { ComparisonsQuery } from '../contracts/comparisons.js';
import type { ExportQuery } from '../contracts/exports.js';
import { canonicalZone } from '../domain/zones.js';
import { getUser } from '../store/queries/get-user.js';
import type { Call } from './context.js';
import { UNCACHED_ANALYSIS_COST } from './get-analysis.js';
import { rangeOrInvalid } from './range.js';

/** Days of comparison range per unit of charge: three years of days cost about 0.3 s (27). */
const COMPARISON_DAYS_PER_UNIT = 45;
/** A PDF is rendered afresh each time (about 0.55 s). */
export const PDF_EXPORT_COST = 20;

/** Comparisons compute three years of annual totals and the range's views: 2 plus one per 45 days of range. */
export function comparisonsCharge({ ctx, input }: Call<{ query: ComparisonsQuery }>): number {
  try {
    // The zone changes a range's length by a day at most: UTC stands in for the user's.
    const r = rangeOrInvalid({ ...input.query, tz: input.query.tz ?? 'UTC' }, ctx.now());
    const days = (r.end - r.start) / 86_400_000;
    return 2 + Math.ceil(Math.max(1, days) / COMPARISON_DAYS_PER_UNIT);
  } catch {
    return 1; // refused by validation, which costs nothing
  }
}

/** Feature use reads its histories from the kept days in the user's zone (3), from raw rows in any other (as an uncached analysis). */
export async function featuresCharge({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<number> {
  if (input.tz === undefined) return 3;
  const zone = canonicalZone(input.tz);
  if (zone === null) return 1;
  const user = await getUser(ctx.db, input.userId);
  return user && user.timeZone === zone ? 3 : UNCACHED_ANALYSIS_COST;
}

/** A PDF export is rendered each time; the other formats stream kept rows. */
export function exportCharge({ input }: Call<{ query: Pick<ExportQuery, 'format'> }>): number {
  return input.query.format === 'pdf' ? PDF_EXPORT_COST : 1;
}
