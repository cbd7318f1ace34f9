// The full analysis of a user, computed by the analytics core once per data version and served
// from memory (this process) or the shared cache table (every process) until new usage arrives.
import { analyzeUsage, AnalyticsInputError, type UsageAnalysis } from '../analytics/index.js';
import { localDate } from '../domain/calendar.js';
import { readAnalysis, writeAnalysis } from '../store/queries/analysis-cache.js';
import { dataVersion } from '../store/queries/plan-history.js';
import type { Call } from './context.js';
import { invalid } from './errors.js';
import { usageInput } from './usage-input.js';

const MAX_ENTRIES = 500;
const memory = new Map<string, { version: string; analysis: UsageAnalysis }>();

function remember(key: string, version: string, analysis: UsageAnalysis) {
  memory.delete(key);
  memory.set(key, { version, analysis });
  if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value!);
}

/** The user's analysis for its data now; recomputed only when usage, rollups, zone, plan or the day changed. */
export async function getAnalysis({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<UsageAnalysis> {
  const zoneKey = input.tz ?? '';
  // The day matters too: forecasts and "month to date" move at midnight even without new usage.
  const version = `${(await dataVersion(ctx.db, input.userId)).version}|${localDate(ctx.now(), input.tz ?? 'UTC')}|${zoneKey}`;
  const key = `${input.userId}\u0000${zoneKey}`;
  const hit = memory.get(key);
  if (hit?.version === version) return hit.analysis;
  if (!input.tz) {
    const stored = (await readAnalysis(ctx.db, input.userId, version)) as UsageAnalysis | null;
    if (stored) {
      remember(key, version, stored);
      return stored;
    }
  }
  let analysis: UsageAnalysis;
  try {
    analysis = analyzeUsage(await usageInput({ ctx, input }), { seed: 42 });
  } catch (err) {
    if (err instanceof AnalyticsInputError) throw invalid('(data)', err.message);
    throw err;
  }
  remember(key, version, analysis);
  if (!input.tz) await writeAnalysis(ctx.db, input.userId, version, analysis);
  return analysis;
}

/** Forgets every in-memory analysis (tests). */
export function clearAnalysisMemory() {
  memory.clear();
}
