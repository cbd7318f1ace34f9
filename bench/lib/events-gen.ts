// Realistic ingestion batches: a mix of event types over many users, stamped within the last
// hours (so none is refused as too old), with unique ids per run.
import type { UsageEvent } from '../../src/domain/events.js';
import { seededUniform } from '../../src/domain/rng.js';
import type { EventType } from '../../src/domain/metrics.js';

// Share of each event type in a batch (api calls dominate, as on a real platform).
const MIX: [EventType, number][] = [
  ['api.call', 0.5],
  ['session.created', 0.12],
  ['audio.processed', 0.12],
  ['transcription.completed', 0.1],
  ['export.generated', 0.03],
  ['storage.measured', 0.05],
  ['session.concurrency', 0.08],
];

/** A small deterministic PRNG (mulberry32) so runs are repeatable. */
export const rng = seededUniform;

function pickType(r: number): EventType {
  let acc = 0;
  for (const [type, share] of MIX) {
    acc += share;
    if (r < acc) return type;
  }
  return 'api.call';
}

const MEASURED = new Set<EventType>(['audio.processed', 'storage.measured', 'session.concurrency']);

function valueOf(type: EventType, rand: () => number): number | undefined {
  switch (type) {
    case 'audio.processed':
      return Math.round((0.5 + rand() * 30) * 100) / 100;
    case 'storage.measured':
      return Math.round((100 + rand() * 20_000) * 100) / 100;
    case 'session.concurrency':
      return 1 + Math.floor(rand() * 20);
    default:
      return undefined;
  }
}

export interface BatchOptions {
  prefix: string;
  batches: number;
  batchSize: number;
  users: number;
  now: number;
  /** Events are spread over this many hours before now. */
  spreadHours: number;
  seed: number;
}

/** Batches of validated-shape events (what the service's insert receives). */
export function makeBatches(o: BatchOptions): UsageEvent[][] {
  const rand = rng(o.seed);
  const out: UsageEvent[][] = [];
  for (let b = 0; b < o.batches; b++) {
    const batch: UsageEvent[] = [];
    for (let i = 0; i < o.batchSize; i++) {
      const type = pickType(rand());
      const value = valueOf(type, rand);
      const user = 1 + Math.floor(rand() * o.users);
      batch.push({
        id: `${o.prefix}-${b}-${i}`,
        userId: `ingest-${String(user).padStart(5, '0')}`,
        type,
        occurredAt: Math.floor(o.now - rand() * o.spreadHours * 3_600_000),
        value: value ?? 1,
        clientId: rand() < 0.7 ? `client-${user % 7}-${Math.floor(rand() * 3)}` : null,
      });
    }
    out.push(batch);
  }
  return out;
}

/** The same events as the JSON body of POST /api/usage/events (counted types send no value). */
export function toBody(batch: UsageEvent[]): string {
  return JSON.stringify({
    events: batch.map((e) => ({
      id: e.id,
      userId: e.userId,
      type: e.type,
      occurredAt: new Date(e.occurredAt).toISOString(),
      ...(MEASURED.has(e.type) ? { value: e.value } : {}),
      ...(e.clientId ? { clientId: e.clientId } : {}),
    })),
  });
}
