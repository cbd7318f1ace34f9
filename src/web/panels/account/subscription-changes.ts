// Subscribing and stopping, both optimistic: a new subscription is listed at once (to the address
// given, waiting for its confirmation, or to the account's), gets its real id and status from the
// answer, and goes if the server refuses; a stopped one leaves at once and comes back if refused.
import type { ReportSend as Send, Subscription } from '../../../contracts/types.js';
import { api } from './common.js';
import { useOptimisticChange } from './optimistic.js';

export const PATH = '/api/usage/subscribe';
export type Body = {
  frequency: 'weekly' | 'monthly';
  format: 'none' | 'pdf' | 'csv';
  email?: string;
  /** The subscriber's language for the emails, when not English. */
  locale?: string;
};
type List = { subscriptions: Subscription[]; recentSends: Send[] };
// The placeholder's id until the server names the subscription (one per choice: duplicates are refused).
const pendingId = (b: Body) => `pending-${b.frequency}-${b.format}-${b.email ?? ''}`;

export function useSubscriptionChanges(token: string, user: string) {
  const add = useOptimisticChange<List, Body, Subscription>(
    token,
    user,
    PATH,
    (t, body) => api.send<Subscription>(t, 'POST', PATH, body),
    (d, body) => ({
      ...d,
      subscriptions: [
        ...(d.subscriptions ?? []),
        {
          id: pendingId(body),
          frequency: body.frequency,
          format: body.format,
          email: body.email ?? 'your account’s address',
          createdAt: new Date().toISOString(),
          status: body.email ? 'pending' : 'active',
          stoppedReason: null,
        },
      ],
    }),
    (d, body, created) => ({
      ...d,
      subscriptions: (d.subscriptions ?? []).map((x) => (x.id === pendingId(body) ? created : x)),
    }),
  );
  const stop = useOptimisticChange<List, string, unknown>(
    token,
    user,
    PATH,
    (t, subId) => api.send(t, 'DELETE', `${PATH}/${encodeURIComponent(subId)}`),
    (d, subId) => ({ ...d, subscriptions: (d.subscriptions ?? []).filter((x) => x.id !== subId) }),
  );
  return { add, stop };
}
