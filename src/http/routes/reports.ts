import type { FastifyInstance } from 'fastify';
import { reportContracts as C } from '../../contracts/reports.js';
import { operatorContracts as O } from '../../contracts/operator.js';
import type { Mailer } from '../../reports/mailer.js';
import { subscribeAndConfirm } from '../../reports/confirm-subscription.js';
import { sendReportNow } from '../../reports/send-report.js';
import type { ServiceContext } from '../../services/context.js';
import {
  cancelSubscription,
  confirmSubscription,
  listSubscriptions,
  unsubscribeWithToken,
} from '../../services/subscriptions.js';
import { AppError } from '../../services/errors.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';

const PAGE = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${body}</body></html>`;

/** Report subscriptions, "send me one now", and one-click unsubscribe (RFC 8058). */
export function reportRoutes(
  app: FastifyInstance,
  ctx: ServiceContext,
  mailer: Mailer | undefined,
) {
  contractRoute(app, C.subscribe, async (req, reply) =>
    reply.status(201).send(await subscribeAndConfirm(ctx, mailer, callerId(req), req.body)),
  );
  contractRoute(app, C.listSubscriptions, async (req) =>
    listSubscriptions({ ctx, input: { userId: callerId(req) } }),
  );
  contractRoute(app, C.cancelSubscription, async (req, reply) => {
    await cancelSubscription({ ctx, input: { userId: callerId(req), id: req.params.id } });
    return reply.status(204).send();
  });
  contractRoute(app, C.sendTestReport, async (req) => {
    if (!mailer) throw new AppError('unavailable', 'email delivery is not configured');
    return sendReportNow(ctx, mailer, callerId(req), undefined, { limited: true });
  });
  contractRoute(app, O.sendReport, async (req) => {
    if (!mailer) throw new AppError('unavailable', 'email delivery is not configured');
    return sendReportNow(ctx, mailer, req.body.userId, req.body.period);
  });
  // One click from the mail client (POST, RFC 8058) or a confirmation page for a browser (GET).
  contractRoute(app, C.unsubscribe, async (req, reply) => {
    await unsubscribeWithToken({ ctx, input: { token: req.query.token } });
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
  contractRoute(app, C.confirmPage, async (req, reply) => {
    const action = `/api/subscribe/confirm?token=${encodeURIComponent(req.query.token)}`;
    return reply
      .type('text/html; charset=utf-8')
      .send(
        PAGE(
          'Confirm usage reports',
          `<h1>Receive usage reports at this address?</h1><form method="post" action="${action}"><button type="submit">Confirm</button></form><p>If you did not expect this, close this page: nothing will be sent.</p>`,
        ),
      );
  });
  contractRoute(app, C.confirm, async (req, reply) => {
    await confirmSubscription({ ctx, input: { token: req.query.token } });
    return reply
      .type('text/html; charset=utf-8')
      .send(PAGE('Confirmed', '<h1>Confirmed</h1><p>Usage reports will come to this address.</p>'));
  });
  contractRoute(app, C.unsubscribePage, async (req, reply) => {
    const action = `/api/unsubscribe?token=${encodeURIComponent(req.query.token)}`;
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
