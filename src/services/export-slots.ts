// How many exports each user has in flight in this process. It lives on the service context (one
// per server), so two servers or two tests in one process never share counts.
import { AppError } from './errors.js';
import { refusal } from '../domain/i18n/reasons.js';

/** At most perUser exports of a user at a time; a slot is held until its release is called. */
export class ExportSlots {
  private readonly running = new Map<string, number>();
  constructor(readonly perUser = 2) {}

  /** Takes a slot for the user, or throws rate_limited; the returned function frees it, once. */
  take(userId: string): () => void {
    const n = this.running.get(userId) ?? 0;
    if (n >= this.perUser)
      throw new AppError('rate_limited', refusal('exportsAtATime', { max: this.perUser }), [], 5);
    this.running.set(userId, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(userId) ?? 1) - 1;
      if (left <= 0) this.running.delete(userId);
      else this.running.set(userId, left);
    };
  }

  /** Exports of the user in flight now. */
  inFlight(userId: string): number {
    return this.running.get(userId) ?? 0;
  }
}
