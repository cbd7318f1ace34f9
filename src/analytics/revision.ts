// The revision of the analytics core's answers. A stored analysis is keyed by the data it was
// computed from; a deploy that changes what the core answers for the same data must not keep
// serving answers of the old code, so the revision is part of the key.

/** Bump when a change makes the core answer differently for the same data. */
export const ANALYTICS_REVISION = 10;
