// The plan catalogue lives in an editable JSON file and is loaded into the plans table on start.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { METRICS } from '../domain/metrics.js';
import { DEFAULT_CURRENCY } from '../domain/money.js';
import type { Plan } from '../domain/plans.js';
import type { Db, Queryable } from './db.js';

export const DEFAULT_PLANS_FILE = fileURLToPath(
  new URL('../../config/plans.json', import.meta.url),
);

const limitsSchema = z.partialRecord(z.enum(METRICS), z.number().nonnegative().nullable());
const planSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_-]{0,19}$/),
  displayName: z.string().min(1),
  priceUsd: z.number().nonnegative().nullable(),
  limits: limitsSchema,
  overage: z.partialRecord(z.enum(METRICS), z.number().nonnegative()),
  sortOrder: z.number().int(),
});
// One currency for the catalogue (ISO 4217): every price and overage rate is in it.
const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .refine((c) => Intl.supportedValuesOf('currency').includes(c), 'not an ISO 4217 currency');
const fileSchema = z.strictObject({
  currency: currencySchema.default(DEFAULT_CURRENCY),
  plans: z.array(planSchema).min(1),
});

/** Reads and validates a plans file; throws with the file name and the bad field. */
export function readPlansFile(path: string = DEFAULT_PLANS_FILE): Plan[] {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const names = parsed.data.plans.map((p) => p.name);
  if (!names.includes('free')) throw new Error(`${path}: a plan named "free" is required`);
  return parsed.data.plans.map((p) => ({ ...p, currency: parsed.data.currency })) as Plan[];
}

/** Upserts the catalogue into the plans table (plans no longer listed stay for history). */
export async function loadPlans(db: Db, path?: string): Promise<Plan[]> {
  const plans = readPlansFile(path);
  await db.transaction(async (tx) => {
    for (const p of plans) {
      await tx.query(
        `INSERT INTO plans (name, display_name, price_usd, limits, overage, sort_order, currency)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (name) DO UPDATE SET display_name = EXCLUDED.display_name,
           price_usd = EXCLUDED.price_usd, limits = EXCLUDED.limits,
           overage = EXCLUDED.overage, sort_order = EXCLUDED.sort_order,
           currency = EXCLUDED.currency, updated_at = EXCLUDED.updated_at`,
        [
          p.name,
          p.displayName,
          p.priceUsd,
          JSON.stringify(p.limits),
          JSON.stringify(p.overage),
          p.sortOrder,
          p.currency ?? DEFAULT_CURRENCY,
        ],
      );
    }
  });
  return plans;
}

/** A plans row as selected by PLAN_COLUMNS. */
export interface PlanRow {
  name: string;
  display_name: string;
  price_usd: number | null;
  limits: Plan['limits'];
  overage: Plan['overage'];
  sort_order: number;
  currency?: string;
}
export const PLAN_COLUMNS = 'name, display_name, price_usd, limits, overage, sort_order, currency';

/** Converts a row selected with PLAN_COLUMNS into a Plan. */
export const toPlan = (r: PlanRow): Plan => ({
  name: r.name,
  displayName: r.display_name,
  priceUsd: r.price_usd,
  limits: r.limits,
  overage: r.overage,
  sortOrder: r.sort_order,
  currency: r.currency ?? DEFAULT_CURRENCY,
});

/** Every plan in the catalogue, cheapest first. */
export async function listPlans(q: Queryable): Promise<Plan[]> {
  const rows = await q.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM plans ORDER BY sort_order`);
  return rows.map(toPlan);
}
