// The dashboard's own-use telemetry, the part without the DOM: a queue of enumerated events sent
// in batches to our own server (never a third party), and stopped for good when the browser asks
// not to be tracked, the server says telemetry is off, or the page is an operator's read-only view.
import type { TelemetryResult } from '../../contracts/telemetry.js';
import type { TelemetryEventName, TelemetrySection } from '../../domain/telemetry-names.js';

export interface QueuedEvent {
  name: TelemetryEventName;
  at: string;
  section?: TelemetrySection;
  detail?: string;
  value?: number;
}

export interface TelemetryEnv {
  now(): number;
  /** The signed-in user's token, or null (events wait until there is one). */
  token(): string | null;
  /** POSTs a batch; resolves to the server's answer, or null when it failed. */
  post(body: string, token: string, final: boolean): Promise<TelemetryResult | 'stop' | null>;
}

const BATCH = 50;
/** At most this many events in one page load: a tab left open for days stays small. */
const PAGE_CAP = 1000;

export class TelemetryQueue {
  private queue: QueuedEvent[] = [];
  private sent = 0;
  stopped = false;

  constructor(
    private readonly env: TelemetryEnv,
    readonly sessionId: string,
  ) {}

  /** Queues an event unless telemetry is stopped or the page's cap is reached. */
  track(name: TelemetryEventName, extra: Omit<QueuedEvent, 'name' | 'at'> = {}): void {
    if (this.stopped || this.sent + this.queue.length >= PAGE_CAP) return;
    const detail =
      extra.detail && /^[a-z0-9_-]{1,24}$/.test(extra.detail) ? extra.detail : undefined;
    const value =
      extra.value === undefined
        ? undefined
        : Math.min(Math.max(0, Math.round(extra.value)), 3_600_000);
    this.queue.push({
      name,
      at: new Date(this.env.now()).toISOString(),
      ...(extra.section ? { section: extra.section } : {}),
      ...(detail ? { detail } : {}),
      ...(value === undefined ? {} : { value }),
    });
  }

  /** Stops for good and forgets what was queued. */
  stop(): void {
    this.stopped = true;
    this.queue = [];
  }

  pending(): number {
    return this.queue.length;
  }

  /** Sends what is queued, in batches of 50; `final` when the page is going away (keepalive). */
  async flush(final = false): Promise<void> {
    const token = this.env.token();
    while (!this.stopped && token && this.queue.length) {
      const events = this.queue.splice(0, BATCH);
      this.sent += events.length;
      const res = await this.env.post(
        JSON.stringify({ sessionId: this.sessionId, events }),
        token,
        final,
      );
      if (res === 'stop' || (res && res.ignored)) this.stop();
      if (!res) return;
    }
  }
}
