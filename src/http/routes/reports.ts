import type { FastifyInstance, FastifyReply } from 'fastify';
import { reportContracts as C } from '../../contracts/reports.js';
import { operatorContracts as O } from '../../contracts/operator.js';
import type { ServiceContext } from '../../services/context.js';
import { sendReportNow } from '../../services/send-report.js';
import { subscribeAndConfirm } from '../../services/subscribe-and-confirm.js';
import {
  cancelSubscription,
  confirmSubscription,
  listSubscriptions,
  unsubscribeWithToken,
} from '../../services/subscriptions.js';
import { callerId } from '../auth.js';
import { contractRoute } from '../contract-route.js';
import {
  confirmedPage,
  confirmPage,
  unsubscribedPage,
  unsubscribePage,
} from '../views/subscription-pages.js';

const page = (reply: FastifyReply, html: string) =>
  reply.type('text/html; charset=utf-8').send(html);

/** Report subscriptions, "send me one now", and one-click unsubscribe (RFC 8058). */
export function reportRoutes(app: FastifyInstance, ctx: ServiceContext) {
  contractRoute(app, C.subscribe, async (req) =>
    subscribeAndConfirm({ ctx, input: { userId: callerId(req), body: req.body } }),
  );
  contractRoute(app, C.listSubscriptions, async (req) =>
    listSubscriptions({ ctx, input: { userId: callerId(req) } }),
  );
  contractRoute(app, C.cancelSubscription, async (req, reply) => {
    await cancelSubscription({ ctx, input: { userId: callerId(req), id: req.params.id } });
    return reply.send();
  });
  contractRoute(app, C.sendTestReport, async (req) =>
    sendReportNow({ ctx, input: { userId: callerId(req), limited: true } }),
  );
  contractRoute(app, O.sendReport, async (req) =>
    sendReportNow({ ctx, input: { userId: req.body.userId, month: req.body.period } }),
  );
  // One click from the mail client (POST, RFC 8058) or a confirmation page for a browser (GET).
  contractRoute(app, C.unsubscribe, async (req, reply) => {
    await unsubscribeWithToken({ ctx, input: { token: req.query.token } });
    return page(reply, unsubscribedPage(req.query.lang));
  });
  // The link in a confirmation message: a page with a button (GET), which confirms (POST), so a
  // mail scanner that opens links confirms nothing.
  contractRoute(app, C.confirmPage, async (req, reply) =>
    page(reply, confirmPage(req.query.token, req.query.lang)),
  );
  contractRoute(app, C.confirm, async (req, reply) => {
    await confirmSubscription({ ctx, input: { token: req.query.token } });
    return page(reply, confirmedPage(req.query.lang));
  });
  contractRoute(app, C.unsubscribePage, async (req, reply) =>
    page(reply, unsubscribePage(req.query.token, req.query.lang)),
  );
}
