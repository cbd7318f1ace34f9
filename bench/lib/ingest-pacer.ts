// Ingestion at a fixed rate through POST /api/usage/events, open loop: a batch leaves on its
// schedule whether or not the earlier ones have answered (as devices do), so a slow server shows
// up as batch latency and, past a cap of batches in flight, as a rate that was not achieved.
import type { UsageEvent } from '../../src/domain/events.js';
import { makeBatches, toBody } from './events-gen.js';
import { msSince } from './stats.js';

export interface PacerOptions {
  url: string;
  token: string;
  /** Events per second to send. */
  rate: number;
  batchSize: number;
  /** The users events go to (spread uniformly). */
  userIds: string[];
  /** Events are stamped within this many hours before now (some land on yesterday: late events). */
  spreadHours: number;
  /** More batches than this in flight: the next is skipped and counted as behind. */
  maxInFlight: number;
}

export interface PacerWindow {
  seconds: number;
  sent: number;
  accepted: number;
  behind: number;
  errors: string[];
  latencies: number[];
}

/** Starts sending; mark() opens a measured window, stop() ends sending and returns that window. */
export function startPacer(o: PacerOptions) {
  const runId = Date.now().toString(36);
  const everyMs = (1000 * o.batchSize) / o.rate;
  let b = 0;
  let inFlight = 0;
  let win: PacerWindow & { t0: bigint } = blank();
  const pending = new Set<Promise<void>>();
  function blank() {
    return {
      t0: process.hrtime.bigint(),
      seconds: 0,
      sent: 0,
      accepted: 0,
      behind: 0,
      errors: [],
      latencies: [],
    };
  }
  const batchOf = (k: number): UsageEvent[] => {
    const [batch] = makeBatches({
      prefix: `mixed-${runId}-${k}`,
      batches: 1,
      batchSize: o.batchSize,
      users: o.userIds.length,
      now: Date.now(),
      spreadHours: o.spreadHours,
      seed: k + 1,
    });
    // makeBatches names users ingest-00001..; map them onto the loaded users.
    return batch!.map((e) => ({ ...e, userId: o.userIds[Number(e.userId.slice(7)) - 1]! }));
  };
  const send = async (k: number) => {
    const w = win;
    const body = toBody(batchOf(k));
    const t = process.hrtime.bigint();
    inFlight++;
    try {
      const res = await fetch(`${o.url}/api/usage/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
      w.accepted += (JSON.parse(text) as { accepted: number }).accepted;
      w.latencies.push(msSince(t));
    } catch (err) {
      w.errors.push((err as Error).message.slice(0, 200));
    } finally {
      inFlight--;
    }
  };
  const t0 = Date.now();
  const timer = setInterval(
    () => {
      // Catch up on the schedule (timers fire late on a busy machine) without bursting past it.
      const due = Math.floor((Date.now() - t0) / everyMs);
      while (b < due) {
        b++;
        if (inFlight >= o.maxInFlight) {
          win.behind++;
          continue;
        }
        win.sent++;
        const p = send(b);
        pending.add(p);
        void p.finally(() => pending.delete(p));
      }
    },
    Math.max(5, Math.floor(everyMs / 2)),
  );
  return {
    mark() {
      win = blank();
    },
    async stop(): Promise<PacerWindow> {
      clearInterval(timer);
      const w = win;
      w.seconds = msSince(w.t0) / 1000;
      await Promise.all(pending);
      return w;
    },
    /** The window so far, still sending. */
    peek(): PacerWindow {
      return { ...win, seconds: msSince(win.t0) / 1000 };
    },
  };
}
