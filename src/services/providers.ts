// The outside world a use case talks to, as interfaces: email and webhooks. Implementations live in
// reports/ and arrive on the context, so services stay testable with real providers of any kind.

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
