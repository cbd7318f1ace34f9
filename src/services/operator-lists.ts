// The upgrade and risk lists for the operator (across users, from rollups), as rows or as CSV.
import {
  decliningUsers,
  downgradeCandidates,
  upgradeCandidates,
  type DeclineRow,
  type DowngradeRow,
  type UpgradeRow,
} from '../analytics/operator/lists.js';
import { listPlans } from '../store/plans-catalog.js';
import { readUsageWindows } from '../store/queries/operator/usage-windows.js';
import type { Call } from './context.js';

const DAY = 86_400_000;

export interface OperatorLists {
  /** The UTC month the projection covers, and how far into it. */
  month: string;
  daysElapsed: number;
  daysInMonth: number;
  upgrade: UpgradeRow[];
  downgrade: DowngradeRow[];
  declining: DeclineRow[];
}

export const LIST_COLUMNS = {
  upgrade: [
    'userId',
    'plan',
    'metric',
    'monthToDate',
    'projected',
    'limit',
    'projectedPct',
    'expectedOverageUsd',
    'blockedUnits',
    'suggestedPlan',
  ],
  downgrade: [
    'userId',
    'plan',
    'priceUsd',
    'peakUtilizationPct',
    'cheaperPlan',
    'cheaperPriceUsd',
    'savingUsd',
    'fullMonths',
  ],
  declining: ['userId', 'plan', 'metric', 'previous30', 'last30', 'changePct'],
} as const;
export type ListName = keyof typeof LIST_COLUMNS;

/** Users heading past a limit this month, paying for much more than they use, and whose usage fell sharply. */
export async function getOperatorLists({ ctx }: Call<object>): Promise<OperatorLists> {
  const now = ctx.now();
  const d = new Date(now);
  const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  const iso = (t: number) => new Date(t).toISOString();
  const [users, plans] = await Promise.all([
    readUsageWindows(ctx.db, {
      monthStart: iso(monthStart),
      now: iso(now),
      last30: iso(now - 30 * DAY),
      previous30: iso(now - 60 * DAY),
      threeMonths: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 3, 1)),
    }),
    listPlans(ctx.db),
  ]);
  const daysElapsed = Math.round(((now - monthStart) / DAY) * 100) / 100;
  const daysInMonth = Math.round((monthEnd - monthStart) / DAY);
  return {
    month: iso(monthStart).slice(0, 7),
    daysElapsed,
    daysInMonth,
    upgrade: upgradeCandidates(users, plans, daysElapsed, daysInMonth),
    downgrade: downgradeCandidates(users, plans),
    declining: decliningUsers(users),
  };
}

/** One list as CSV with a header row and the numbers behind each row (formula-safe cells). */
export async function operatorListCsv({ ctx, input }: Call<{ list: ListName }>): Promise<string> {
  const lists = await getOperatorLists({ ctx, input: {} });
  if (!ctx.documents) throw new Error('CSV needs the documents provider');
  const columns = [...LIST_COLUMNS[input.list]];
  return ctx.documents.csvRows(lists[input.list] as object[], columns, true);
}
