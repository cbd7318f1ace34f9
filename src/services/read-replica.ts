// Reads that may go to a streaming replica (history, analytics, exports) go there only when the
// replica already holds the caller's data as the primary has it now: the user's data version is
// read on both, and any difference (the replica behind) sends the read to the primary. A caller
// therefore never sees less than it saw or was acknowledged before the request began.
import { dataVersion } from '../store/queries/plans/data-version.js';
import type { ServiceContext } from './context.js';

/** The context to read userId's usage with: the replica when it is caught up for that user, else the primary. */
export async function forReading(ctx: ServiceContext, userId: string): Promise<ServiceContext> {
  const replica = ctx.replica;
  if (!replica) return ctx;
  const primaryCtx = { ...ctx, replica: undefined };
  // The primary's version is read first: whatever the replica shows after it includes it.
  const primary = await dataVersion(ctx.db, userId);
  const there = await dataVersion(replica, userId).catch(() => null);
  // An unreachable or lagging replica costs the primary a read, never the caller an answer.
  if (!there || there.version !== primary.version || there.timeZone !== primary.timeZone) {
    ctx.meter?.replicaRead?.(false);
    return primaryCtx;
  }
  ctx.meter?.replicaRead?.(true);
  return { ...primaryCtx, db: replica };
}
