// Classical baselines from R's forecast package (Hyndman et al.), run by the forecast benchmark on
// exactly the splits it scores: automatic ETS (`ets`, or `stlf` with ETS when the period is over
// 24, where `ets` would drop the season) and Theta (`thetaf`). One Rscript process for all tasks.
import { execFileSync } from 'node:child_process';

export interface RTask {
  id: string;
  period: number;
  horizon: number;
  train: readonly number[];
}

export interface RForecast {
  mean: number[];
  lower: number[];
  upper: number[];
}

export type RBaseline = 'R ets' | 'R theta';
export const R_BASELINES: RBaseline[] = ['R ets', 'R theta'];

const SCRIPT = `
suppressMessages(library(forecast))
con <- file("stdin"); lines <- readLines(con); close(con)
out <- function(id, name, f) cat(id, name, paste(as.numeric(f$mean), collapse = ","),
  paste(as.numeric(f$lower), collapse = ","), paste(as.numeric(f$upper), collapse = ","), "\\n", sep = "|")
for (l in lines) {
  p <- strsplit(l, "|", fixed = TRUE)[[1]]
  m <- as.numeric(p[2]); h <- as.integer(p[3])
  y <- ts(as.numeric(strsplit(p[4], ",", fixed = TRUE)[[1]]), frequency = m)
  e <- tryCatch(suppressWarnings(if (m > 24) stlf(y, h = h, method = "ets", level = 80)
    else forecast(ets(y), h = h, level = 80)), error = function(err) NULL)
  if (!is.null(e)) out(p[1], "R ets", e)
  th <- tryCatch(suppressWarnings(thetaf(y, h = h, level = 80)), error = function(err) NULL)
  if (!is.null(th)) out(p[1], "R theta", th)
}
`;

/** Runs the R baselines on every task; null with the reason when Rscript or forecast is missing. */
export function runRBaselines(tasks: readonly RTask[]): {
  results: Map<string, Map<RBaseline, RForecast>>;
  missing: string | null;
} {
  const input = tasks
    .map((t) => `${t.id}|${t.period}|${t.horizon}|${t.train.join(',')}`)
    .join('\n');
  const results = new Map<string, Map<RBaseline, RForecast>>();
  let out: string;
  try {
    out = execFileSync('Rscript', ['--vanilla', '-e', SCRIPT], {
      input,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (err) {
    const why = (err as Error).message.split('\n')[0];
    return { results, missing: `R baselines not run: Rscript or r-cran-forecast missing (${why})` };
  }
  for (const line of out.trim().split('\n')) {
    const [id, name, mean, lower, upper] = line.split('|') as [
      string,
      RBaseline,
      string,
      string,
      string,
    ];
    const nums = (s: string): number[] => s.split(',').map(Number);
    if (!results.has(id)) results.set(id, new Map());
    results.get(id)!.set(name, { mean: nums(mean), lower: nums(lower), upper: nums(upper) });
  }
  return { results, missing: null };
}
