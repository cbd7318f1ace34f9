// The analytics core as the services run it, on the request thread or on a worker thread alike.
import { analyzeUsage, type UsageAnalysis, type UsageInput } from '../analytics/index.js';

// A fixed seed: the same data gives the same forecast, on any thread and in any process.
const SEED = 42;

/** The full analysis of an analytics input; pure, so it can run on any thread. */
export function analyzeInput(input: UsageInput): UsageAnalysis {
  return analyzeUsage(input, { seed: SEED });
}
