import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { userIdSchema } from '../../domain/events.js';
import type { Mailer } from '../../reports/mailer.js';
import { subscribeAndConfirm } from '../../reports/confirm-subscription.js';
import { sendReportNow } from '../../reports/send-report.js';
import type { ServiceContext } from '../../services/context.js';
import {
  cancelSubscription,
  confirmSubscription,
  listSubscriptions,
  subscribeBodySchema,
  unsubscribeWithToken,
} from '../../services/subscriptions.js';
import { AppError } from '../../services/errors.js';
import { callerId } from '../auth.js';
import { parse } from '../parse.js';

const idParams = z.strictObject({ id: z.string().max(64) });
const tokenQuery = z.strictObject({ token: z.string().min(10).max(1000) });
const adminSendBody = z.strictObject({
  userId: userIdSchema,
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM')
    .optional(),
});

const PAGE = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${body}</body></html>`;

/** Report subscriptions, "send me one now", and one-click unsubscribe (RFC 8058). */
export function reportRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  mailer: Mailer | undefined,
) {
  app.post('/api/usage/subscribe', { config: { scope: 'read' } }, async (req, reply) =>
    reply
      .status(201)
      .send(
        await subscribeAndConfirm(
          ctx,
          mailer,
          callerId(req),
          parse(subscribeBodySchema, req.body, 'body'),
        ),
      ),
  );
  app.get('/api/usage/subscribe', { config: { scope: 'read' } }, async (req) => {
    parse(z.strictObject({}), req.query, 'query');
    return listSubscriptions({ ctx, input: { userId: callerId(req) } });
  });
  app.delete('/api/usage/subscribe/:id', { config: { scope: 'read' } }, async (req, reply) => {
    await cancelSubscription({
      ctx,
      input: { userId: callerId(req), id: parse(idParams, req.params, 'path').id },
    });
    return reply.status(204).send();
  });
  app.post('/api/usage/subscribe/test', { config: { scope: 'read' } }, async (req) => {
    parse(z.strictObject({}), req.body ?? {}, 'body');
    if (!mailer) throw new AppError('unavailable', 'email delivery is not configured');
    return sendReportNow(ctx, mailer, callerId(req), undefined, { limited: true });
  });
  app.post('/api/admin/reports/send', { config: { scope: 'ingest' } }, async (req) => {
    const b = parse(adminSendBody, req.body, 'body');
    if (!mailer) throw new AppError('unavailable', 'email delivery is not configured');
    return sendReportNow(ctx, mailer, b.userId, b.period);
  });
  // One click from the mail client (POST, RFC 8058) or a confirmation page for a browser (GET).
  app.post('/api/unsubscribe', async (req, reply) => {
    await unsubscribeWithToken({
      ctx,
      input: { token: parse(tokenQuery, req.query, 'query').token },
    });
    return reply
      .type('text/html; charset=utf-8')
      .send(
        PAGE(
          'Unsubscribed',
          '<h1>Unsubscribed</h1><p>You will receive no more of these reports.</p>',
        ),
      );
  });
  // The link in a confirmation message: a page with a button (GET), which confirms (POST), so a
  // mail scanner that opens links confirms nothing.
  app.get('/api/subscribe/confirm', async (req, reply) => {
    const { token } = parse(tokenQuery, req.query, 'query');
    const action = `/api/subscribe/confirm?token=${encodeURIComponent(token)}`;
    return reply
      .type('text/html; charset=utf-8')
      .send(
        PAGE(
          'Confirm usage reports',
          `<h1>Receive usage reports at this address?</h1><form method="post" action="${action}"><button type="submit">Confirm</button></form><p>If you did not expect this, close this page: nothing will be sent.</p>`,
        ),
      );
  });
  app.post('/api/subscribe/confirm', async (req, reply) => {
    await confirmSubscription({
      ctx,
      input: { token: parse(tokenQuery, req.query, 'query').token },
    });
    return reply
      .type('text/html; charset=utf-8')
      .send(PAGE('Confirmed', '<h1>Confirmed</h1><p>Usage reports will come to this address.</p>'));
  });
  app.get('/api/unsubscribe', async (req, reply) => {
    const { token } = parse(tokenQuery, req.query, 'query');
    const action = `/api/unsubscribe?token=${encodeURIComponent(token)}`;
    return reply
      .type('text/html; charset=utf-8')
      .send(
        PAGE(
          'Unsubscribe',
          `<h1>Unsubscribe from usage reports?</h1><form method="post" action="${action}"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
  });
}
