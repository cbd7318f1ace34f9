// Ingestion that survives the database: NATS JetStream persists each accepted batch, and a
// consumer in every process writes batches to PostgreSQL. The stream is a work queue (a batch
// leaves it once written); the durable consumer is shared, so each batch goes to one process at
// a time, and a redelivery after a crash is harmless because event ids make writes idempotent.
import { createHash } from 'node:crypto';
import {
  AckPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type Consumer,
  type JsMsg,
} from '@nats-io/jetstream';
import { connect, nanos } from '@nats-io/transport-node';
import type { UsageEvent } from '../domain/events.js';
import type { ServiceContext } from '../services/context.js';
import { AppError } from '../services/errors.js';
import type { EventStream } from '../services/providers.js';
import { parseStreamedBatch, storeStreamedBatch } from '../services/store-streamed-batch.js';

export interface StreamLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface IngestStream extends EventStream {
  /** Writes batches from the stream to the database until stopped; retries while the database is away. */
  startConsumer(ctx: ServiceContext, log: StreamLog): void;
  /** Whether NATS answers now (for readiness). */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

const CONSUMER = 'database-writer';
// How long a batch may be held by a process before the stream offers it to another.
const ACK_WAIT_MS = 30_000;
// Repeats of a whole batch within this window are dropped by the stream itself.
const DUPLICATE_WINDOW_MS = 120_000;

/** Connects to NATS and makes sure the stream and its durable consumer exist. */
export async function openIngestStream(opts: { url: string; name: string }): Promise<IngestStream> {
  const nc = await connect({
    servers: opts.url.split(','),
    name: 'usage-insights',
    // Keep trying for ever: ingestion answers 503 while NATS is away and resumes by itself.
    maxReconnectAttempts: -1,
  });
  const subject = `${opts.name}.batches`;
  await ensureStream(await jetstreamManager(nc), opts.name, subject);
  const js = jetstream(nc);
  let loop: Promise<void> | undefined;
  let stopped = false;

  return {
    async publish(events: UsageEvent[]) {
      const body = JSON.stringify(events);
      try {
        await js.publish(subject, body, {
          msgID: createHash('sha256').update(body).digest('base64url'),
        });
      } catch (err) {
        throw new AppError(
          'unavailable',
          `the ingestion stream did not store the batch (${(err as Error).message})`,
          [],
          5,
        );
      }
    },
    startConsumer(ctx, log) {
      let failing = false;
      const problem = (err: unknown, what: string) => {
        if (!failing) log.error({ reason: (err as Error).message }, what);
        failing = true;
      };
      let consumer: Consumer | undefined;
      loop = (async () => {
        // One message at a time: a process holds at most one batch, so a stop hands nothing back
        // late (a crash leaves one batch for the stream to offer again after ACK_WAIT_MS).
        while (!stopped) {
          let m: JsMsg | null;
          try {
            consumer ??= await js.consumers.get(opts.name, CONSUMER);
            m = await consumer.next({ expires: 2_000 });
          } catch (err) {
            problem(err, 'ingestion stream: cannot read from NATS; retrying');
            await pause(1_000);
            continue;
          }
          if (!m) continue;
          const events = parseStreamedBatch(m.string());
          if (!events) {
            // Not something ingestion published: redelivering it would never help.
            log.error(
              { seq: m.seq },
              'ingestion stream: message is not a batch of events; dropped',
            );
            m.term('not a batch of events');
            continue;
          }
          try {
            await storeStreamedBatch({ ctx, input: { events } });
            await m.ackAck();
            if (failing) log.warn({}, 'ingestion stream: writing to the database again');
            failing = false;
          } catch (err) {
            problem(
              err,
              'ingestion stream: cannot write to the database; batches wait in the stream',
            );
            // Offered again after a pause; meanwhile this process waits too instead of spinning.
            m.nak(2_000);
            await pause(1_000);
          }
        }
      })();
    },
    async reachable() {
      const timeout = new Promise<false>((r) => setTimeout(() => r(false), 1_000).unref());
      return Promise.race([
        nc.rtt().then(
          () => true,
          () => false,
        ),
        timeout,
      ]);
    },
    async close() {
      stopped = true;
      await loop;
      await nc.drain();
    },
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ensureStream(jsm: JetStreamManager, name: string, subject: string) {
  const config = {
    name,
    subjects: [subject],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  };
  await jsm.streams.info(name).then(
    () =>
      jsm.streams.update(name, { subjects: [subject], duplicate_window: config.duplicate_window }),
    () => jsm.streams.add(config),
  );
  await jsm.consumers.info(name, CONSUMER).catch(() =>
    jsm.consumers.add(name, {
      durable_name: CONSUMER,
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(ACK_WAIT_MS),
      max_ack_pending: 256,
    }),
  );
}
