// The outside world a use case talks to, as interfaces: email, webhooks, and the documents a use
// case hands out (emails' bodies, PDF, CSV). Implementations live in reports/ and arrive on the
// context, so services stay testable with real providers of any kind.
import type { Transform } from 'node:stream';
import type { UsageEvent } from '../domain/events.js';
import type { ReportData } from './report-data.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer | string; contentType: string; cid?: string }[];
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(msg: MailMessage): Promise<void>;
}

/** A delivery failure: permanent when the server refused for good (5xx), else worth retrying. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** A webhook URL the service will not call: not http(s), or not a public address. */
export class WebhookTargetError extends Error {}

export interface WebhookAttempt {
  ok: boolean;
  /** The HTTP status the target answered, or null when no answer came. */
  status: number | null;
  /** Why it failed, in words safe to show the user. */
  error: string | null;
  durationMs: number;
}

export interface WebhookSender {
  /** Throws WebhookTargetError when the URL may not be called; resolves its name to check it. */
  check(url: string): Promise<void>;
  /** Posts a signed JSON body once; never throws for the target's own failures. */
  post(input: {
    url: string;
    secret: string;
    body: string;
    deliveryId: string;
    now: number;
  }): Promise<WebhookAttempt>;
}

/** What an email says; the use case adds the recipient and Message-ID. */
export type EmailContent = Pick<
  MailMessage,
  'subject' | 'text' | 'html' | 'headers' | 'attachments'
>;

/** Alerts raised together, as the email about them shows them. */
export interface AlertEmailContent {
  subject: string;
  /** One line per alert, as the user reads it. */
  lines: string[];
  dashboardUrl: string;
  /** The email's language, a locale tag; absent: English. */
  locale?: string;
}

/** Renders what use cases send or hand out: email bodies (HTML and text), the PDF report, CSV. */
export interface Documents {
  reportEmail(d: ReportData, links: { unsubscribeUrl: string }): EmailContent;
  confirmationEmail(c: { link: string; frequency: string; locale?: string }): EmailContent;
  alertEmail(a: AlertEmailContent): EmailContent;
  reportPdf(d: ReportData): Promise<Buffer>;
  /** A streaming CSV writer (objects in, text out) with a header row and formula-safe text cells. */
  csvWriter(columns: string[]): Transform;
  /** Rows (arrays in column order, or objects) as CSV text; formula-safe. */
  csvRows(rows: unknown[][] | object[], columns: string[], header: boolean): string;
}

/**
 * A durable stream in front of the database (NATS JetStream): ingestion acknowledges a batch once
 * the stream has stored it, and the stream's consumer writes it to the database.
 */
export interface EventStream {
  /** Resolves once the stream has persisted the batch; rejects when it could not. */
  publish(events: UsageEvent[]): Promise<void>;
}
