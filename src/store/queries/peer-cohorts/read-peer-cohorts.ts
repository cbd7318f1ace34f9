import type { Queryable } from '../../db.js';

export interface CohortRow {
  metric: string;
  n: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/** The cohorts of one plan and month (aggregates only). */
export async function readPeerCohorts(
  q: Queryable,
  plan: string,
  month: string,
): Promise<CohortRow[]> {
  return q.query<CohortRow>(
    'SELECT metric, n, p25, p50, p75, p90 FROM peer_cohorts WHERE plan_name = $1 AND month = $2 ORDER BY metric',
    [plan, month],
  );
}
