// The instants the API accepts: 1970-01-01 up to the end of 9999 (UTC). Outside them JavaScript
// dates print as +010000-..., PostgreSQL refuses them, and no usage event can be there anyway.

/** The first instant accepted (epoch ms). */
export const EARLIEST_MS = 0;
/** The last instant accepted (epoch ms): the end of 9999-12-31 UTC. */
export const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** The reason given when an instant is outside the bounds. */
export const OUT_OF_BOUNDS = 'must be between 1970-01-01 and 9999-12-31';
/** The last local date a range may end on: a day later still ends inside 9999 in every zone. */
export const LATEST_DATE = '9999-12-30';

/** True for a finite instant within [EARLIEST_MS, LATEST_MS]. */
export const withinTimeBounds = (ms: number) =>
  Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS;
