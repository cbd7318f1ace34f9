// What every service function receives besides its input: the database and the clock.
import type { Db } from '../store/db.js';

export interface ServiceContext {
  db: Db;
  /** The current instant in epoch ms; tests pass a fixed clock. */
  now: () => number;
}

export interface Call<I> {
  ctx: ServiceContext;
  input: I;
}
