// What every service function receives besides its input: the database and the clock.
import type { Db } from '../store/db.js';
import type { ExportSlots } from './export-slots.js';
import type { ChangeFeed } from './change-feed.js';
import type { Mailer, WebhookSender } from './providers.js';

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
  /** Sends email (SMTP, or .eml files in an outbox); absent where nothing is sent. */
  mailer?: Mailer;
  /** Calls users' webhooks, refusing targets inside the network. */
  webhooks?: WebhookSender;
  /** Users whose usage just changed, for the worker's alert checks. */
  changes?: ChangeFeed;
}

export interface Call<I> {
  ctx: ServiceContext;
  input: I;
}
