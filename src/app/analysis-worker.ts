// The entry of an analysis worker thread: the pure analytics core, nothing else (no database).
import { AnalyticsInputError, type UsageInput } from '../analytics/index.js';
import { analyzeInput } from '../services/analyze-input.js';

export type WorkerAnswer = { analysis: ReturnType<typeof analyzeInput> } | { invalid: string };

/** Analyses one input; bad data comes back as a value, since error classes do not cross threads. */
export default function analyze(input: UsageInput): WorkerAnswer {
  try {
    return { analysis: analyzeInput(input) };
  } catch (err) {
    if (err instanceof AnalyticsInputError) return { invalid: err.message };
    throw err;
  }
}
