// What every service function receives besides its input: the database and the clock.
import type { Db } from '../store/db.js';
import type { ExportSlots } from './export-slots.js';

export interface ServiceContext {
  db: Db;
  /** The current instant in epoch ms; tests pass a fixed clock. */
  now: () => number;
  /** Signs links that act without a sign-in (unsubscribe); absent where nothing needs it. */
  signingKey?: string;
  /** Where users reach the app, for links in emails and reports. */
  publicUrl?: string;
  /** Exports in flight per user in this process (the server's; tests make their own). */
  exportSlots?: ExportSlots;
}

export interface Call<I> {
  ctx: ServiceContext;
  input: I;
}
