const HOUR = 3_600_000;

/** A stale UTC hour of a user (its start, epoch ms) and the marker's version. */
export interface DirtyHour {
  utcHour: number;
  version: number;
}

/** The UTC hour [start, end) of a marker. */
export const hourOf = (m: DirtyHour) => ({ start: m.utcHour, end: m.utcHour + HOUR });
