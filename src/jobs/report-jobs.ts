// Scheduled reports: a sweep finds due (subscription, period) pairs and enqueues one job each,
// keyed by them, so every process together sends each report once.
import { z } from 'zod';
import { latestDuePeriod } from '../domain/report-periods.js';
import { sendReport } from '../services/send-report.js';
import { dueReports, sweepInterrupted } from '../services/report-ledger.js';
import { userZone } from '../services/user-zone.js';
import type { ServiceContext } from '../services/context.js';
import { defineJob, defineQueue } from './definition.js';
import type { Periodic } from './worker.js';

/** Where report sends are queued: one job per (subscription, period). */
export const sendReportQueue = defineQueue({
  name: 'send-report',
  payload: z.object({
    userId: z.string(),
    subscriptionId: z.string(),
    frequency: z.enum(['weekly', 'monthly']),
    periodKey: z.string(),
  }),
  maxAttempts: 6,
});

/** Sends one subscription's report for one period; SMTP failures are retried with backoff. */
export const sendReportJob = defineJob({
  ...sendReportQueue,
  timeoutMs: 120_000,
  transactional: false,
  async handler(p, ctx) {
    const period = latestDuePeriod(
      p.frequency,
      await userZone({ ctx, input: { userId: p.userId } }),
      ctx.now(),
    );
    // The job is for the period it was enqueued for; a later period is another job.
    if (period.key !== p.periodKey) return;
    await sendReport({
      ctx,
      input: { userId: p.userId, subscriptionId: p.subscriptionId, period },
    });
  },
});

/** Every minute: enqueue due reports; every ten: mark sends cut off by a crash as unknown. */
export function reportPeriodics(ctx: Partial<ServiceContext>): Periodic[] {
  return [
    {
      name: 'reports-due',
      everyMs: 60_000,
      async run(db, now) {
        const c = { ...ctx, db, now: () => now } as ServiceContext;
        for (const due of await dueReports({ ctx: c, input: {} })) {
          const s = due.subscription;
          await sendReportQueue.enqueue(
            db,
            {
              userId: s.userId,
              subscriptionId: s.id,
              frequency: s.frequency,
              periodKey: due.period.key,
            },
            { key: `${s.userId}:${s.id}:${due.period.key}` },
          );
        }
      },
    },
    {
      name: 'sends-sweep',
      everyMs: 600_000,
      run: async (db, now) =>
        void (await sweepInterrupted({
          ctx: { ...ctx, db, now: () => now } as ServiceContext,
          input: {},
        })),
    },
  ];
}
