// The full analysis of a user, computed by the analytics core once per data version and served
// from memory (this process) or the shared cache table (every process) until new usage arrives.
import { ANALYTICS_REVISION, AnalyticsInputError, type UsageAnalysis } from '../analytics/index.js';
import { localDate } from '../domain/calendar.js';
import { canonicalZone } from '../domain/zones.js';
import { hasAnalysis } from '../store/queries/analysis/has-analysis.js';
import { readAnalysis } from '../store/queries/analysis/read-analysis.js';
import { writeAnalysis } from '../store/queries/analysis/write-analysis.js';
import { dataVersion } from '../store/queries/plans/data-version.js';
import { analyzeInput } from './analyze-input.js';
import type { Settle } from './versioned-cache.js';
import type { Call, ServiceContext } from './context.js';
import { invalid } from './errors.js';
import { usageInput } from './usage-input.js';
import { forReading } from './read-replica.js';

/**
 * What an analysis that must be computed costs in the per-user rate limit, in cached reads: it
 * takes about 0.65 s of CPU where a cached read takes a few milliseconds.
 */
export const UNCACHED_ANALYSIS_COST = 30;

/**
 * How long an analysis stands in for newer data of the same local day and settings: a fit takes
 * about 0.65 s of CPU, and a user whose events arrive every second would otherwise refit on every
 * request. A new local day, a zone or plan change, or an idle quarter of an hour refits.
 */
export const ANALYSIS_SETTLE_MS = 15 * 60_000;

interface Slot {
  key: string;
  version: string;
  settle: Settle;
  /** The asked zone when it is not the user's own, else ''. */
  zoneKey: string;
}

// Where an analysis is kept: per user and zone, valid for one data version and one local day of
// the zone it is computed in (forecasts and "month to date" move at that zone's midnight), and one
// revision of the analytics code (a deploy that changes its answers recomputes).
async function slotOf(ctx: ServiceContext, userId: string, tz?: string): Promise<Slot> {
  const data = await dataVersion(ctx.db, userId);
  const userZone = canonicalZone(data.timeZone ?? 'UTC') ?? 'UTC';
  const asked = tz === undefined ? userZone : (canonicalZone(tz) ?? tz);
  const zoneKey = asked === userZone ? '' : asked;
  const day = `${localDate(ctx.now(), asked)}|${zoneKey}`;
  const settle = { key: `${data.userStamp}|${day}`, now: ctx.now(), maxAgeMs: ANALYSIS_SETTLE_MS };
  return {
    key: `${userId}\u0000${zoneKey}`,
    version: `${data.version}|${day}|r${ANALYTICS_REVISION}`,
    zoneKey,
    settle,
  };
}

/** What serving the caller's analysis costs in the rate limit: 1 when it is kept (memory or the shared table), UNCACHED_ANALYSIS_COST when it must be computed. */
export async function analysisCost({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<number> {
  // No need to read the version: a flood of new zones costs no query here.
  if (nothingKept(ctx, input.userId, input.tz)) return UNCACHED_ANALYSIS_COST;
  const slot = await slotOf(ctx, input.userId, input.tz);
  if (ctx.caches?.analysis.has(slot.key, slot.version, slot.settle)) return 1;
  const stored = slot.zoneKey === '' && (await hasAnalysis(ctx.db, input.userId, slot.version));
  return stored ? 1 : UNCACHED_ANALYSIS_COST;
}

// Nothing is kept in memory for the asked zone nor for the user's own, so this request will
// almost surely compute (only the user's own zone asked by name and kept only in the shared table
// is treated as a computation by mistake).
function nothingKept(ctx: ServiceContext, userId: string, tz: string | undefined): boolean {
  const memory = ctx.caches?.analysis;
  const asked = tz === undefined ? undefined : (canonicalZone(tz) ?? tz);
  const mine = `${userId}\u0000`;
  return !!memory && !!asked && !memory.holds(mine + asked) && !memory.holds(mine);
}

/** The user's analysis for its data now, or for its data of at most ANALYSIS_SETTLE_MS ago on the same local day with the same zone and plan. */
export async function getAnalysis(
  call: Call<{ userId: string; tz?: string }>,
): Promise<UsageAnalysis> {
  const { ctx, input } = call;
  // A request that will compute waits in the runner's queue before it reads anything.
  if (ctx.analyses && nothingKept(ctx, input.userId, input.tz))
    return ctx.analyses.admit(() => analysisNow(call));
  return analysisNow(call);
}

async function analysisNow({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<UsageAnalysis> {
  const slot = await slotOf(ctx, input.userId, input.tz);
  const compute = async () => {
    if (!slot.zoneKey) {
      const stored = await readAnalysis(ctx.db, input.userId, slot.version);
      if (stored) return stored as UsageAnalysis;
    }
    const analysis = await computeAnalysis(ctx, input.userId, slot.zoneKey || undefined);
    if (!slot.zoneKey) await writeAnalysis(ctx.db, input.userId, slot.version, analysis);
    return analysis;
  };
  return ctx.caches
    ? ctx.caches.analysis.get(slot.key, slot.version, compute, slot.settle)
    : compute();
}

async function computeAnalysis(
  ctx: ServiceContext,
  userId: string,
  tz: string | undefined,
): Promise<UsageAnalysis> {
  // Reads from the replica when it holds this user's data as the primary does; the result is written to the primary.
  const load = async () =>
    usageInput({ ctx: await forReading(ctx, userId), input: { userId, tz } });
  try {
    // The context's runner keeps the work off the request thread and under a global cap.
    return ctx.analyses ? await ctx.analyses.run(load) : analyzeInput(await load());
  } catch (err) {
    if (err instanceof AnalyticsInputError) throw invalid('(data)', err.message);
    throw err;
  }
}
