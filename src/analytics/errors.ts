// The one error the analytics core throws: the input broke its contract (bad date, zone, plan).
// The service layer maps it to a 400; anything else escaping the core is a bug.

/** Thrown when an input breaks the documented contract; the message says which part. */
export class AnalyticsInputError extends Error {
  override readonly name = 'AnalyticsInputError';
}
