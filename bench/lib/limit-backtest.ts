// Scoring of limit dates: a forecast gives the earliest, central and latest date a limit is
// reached (10%, 50% and 90% of simulated paths crossed) or says it is only possible or not
// expected; the backtest compares that with the day the realised usage actually crossed.

export type Verdict =
  | { status: 'expected'; earliest: number; latest: number | null }
  | { status: 'possible' | 'notExpected'; probability: number };

export interface Tally {
  expected: number;
  /** Of the expected: crossed between the earliest and latest date (latest null: any day from the earliest, or never). */
  inRange: number;
  early: number;
  late: number;
  never: number;
  possible: number;
  possibleReached: number;
  possibleProbability: number;
  notExpected: number;
  notExpectedReached: number;
}

export const emptyTally = (): Tally => ({
  expected: 0,
  inRange: 0,
  early: 0,
  late: 0,
  never: 0,
  possible: 0,
  possibleReached: 0,
  possibleProbability: 0,
  notExpected: 0,
  notExpectedReached: 0,
});

/** Adds one forecast's verdict against the actual crossing step (null: not reached in the period). */
export function score(t: Tally, v: Verdict, actual: number | null): void {
  if (v.status === 'expected') {
    t.expected++;
    // latest null: over 10% of paths never cross, so the range runs past the period's end and
    // "not reached" is inside it.
    if (actual === null && v.latest !== null) t.never++;
    else if (actual === null) t.inRange++;
    else if (actual < v.earliest) t.early++;
    else if (v.latest !== null && actual > v.latest) t.late++;
    else t.inRange++;
  } else if (v.status === 'possible') {
    t.possible++;
    t.possibleProbability += v.probability;
    if (actual !== null) t.possibleReached++;
  } else {
    t.notExpected++;
    if (actual !== null) t.notExpectedReached++;
  }
}

/** Verdict from crossing steps of simulated paths (-1: never), with limitReach's 10/50/90% rule. */
export function verdictOf(crossings: readonly number[], steps: number): Verdict {
  const by = new Array<number>(steps).fill(0);
  for (const c of crossings) if (c >= 0) by[c]!++;
  let cum = 0;
  const frac = by.map((c) => (cum += c) / crossings.length);
  const at = (share: number): number | null => {
    const i = frac.findIndex((f) => f >= share);
    return i < 0 ? null : i;
  };
  const probability = frac[steps - 1] ?? 0;
  const central = at(0.5);
  const earliest = at(0.1);
  if (central !== null && earliest !== null)
    return { status: 'expected', earliest, latest: at(0.9) };
  return { status: earliest !== null ? 'possible' : 'notExpected', probability };
}

/** Markdown row of a tally. */
export function tallyRow(label: string, t: Tally): string {
  const pct = (a: number, b: number): string => (b ? `${Math.round((100 * a) / b)}%` : 'n/a');
  return `| ${label} | ${t.expected} | ${pct(t.inRange, t.expected)} (${t.inRange}) | ${t.early} / ${t.late} / ${t.never} | ${t.possible} | ${pct(t.possibleReached, t.possible)} vs ${pct(t.possibleProbability, t.possible)} | ${t.notExpected} | ${pct(t.notExpectedReached, t.notExpected)} |`;
}

export const TALLY_HEADER =
  '| cases | limit expected | reached between earliest and latest (or never, when latest is open) | early / late / never | possible | possible: reached vs stated probability | not expected | not expected but reached |\n|---|---|---|---|---|---|---|---|';
