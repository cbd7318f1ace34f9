// The top clients of a range from two parts: the closed days' sums per client, kept sorted between
// requests, and the open part's (today and days with stale hours), read on every request. A client
// that is only in the closed part keeps its closed sum, so the top N is among the open part's
// clients and the first N closed-only clients in closed order: O(N + open clients) per request,
// whatever the number of closed clients.

/** Each client's positive sum over the closed days, largest first (ties by client id, code points). */
export interface SortedSums {
  clients: string[];
  values: number[];
  /** client → sum, for the open part's clients. */
  byClient: Map<string, number>;
  total: number;
}

export interface MergedTop {
  top: { client: string; value: number }[];
  total: number;
  clients: number;
}

// Sums of values with 4 decimals (numeric(16, 4)) in floating point: rounded to 1e-6 so that a
// sum made of two parts prints like the one made in a single pass.
const tidy = (v: number) => (Math.abs(v) < 1e9 ? Math.round(v * 1e6) / 1e6 : v);

/** Largest first, ties by client id in code-point order (as ORDER BY v DESC, client_id COLLATE "C"). */
export function byValueThenClient(
  a: { client: string; value: number },
  b: { client: string; value: number },
): number {
  if (a.value !== b.value) return b.value - a.value;
  return a.client < b.client ? -1 : a.client > b.client ? 1 : 0;
}

/** Closed sums in top order (largest first, ties by id), indexed by client; sorted here unless they already are. */
export function sortedSums(clients: string[], values: number[]): SortedSums {
  let inOrder = true;
  for (let i = 1; i < clients.length && inOrder; i++)
    inOrder =
      byValueThenClient(
        { client: clients[i - 1]!, value: values[i - 1]! },
        { client: clients[i]!, value: values[i]! },
      ) <= 0;
  if (!inOrder) {
    const rows = clients
      .map((client, i) => ({ client, value: values[i]! }))
      .sort(byValueThenClient);
    clients = rows.map((r) => r.client);
    values = rows.map((r) => r.value);
  }
  const byClient = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < clients.length; i++) {
    byClient.set(clients[i]!, values[i]!);
    total += values[i]!;
  }
  return { clients, values, byClient, total: tidy(total) };
}

/** The approximate bytes a SortedSums holds in memory (strings, arrays and the map's entries). */
export function sortedSumsBytes(s: SortedSums): number {
  let chars = 0;
  for (const c of s.clients) chars += c.length;
  return 2 * chars + s.clients.length * 120 + 256;
}

/**
 * The `limit` clients with the largest closed + open sums (largest first, ties by id), the total
 * over both parts and the number of clients with a positive sum; exact for non-negative parts.
 */
export function topOfSums(
  closed: SortedSums,
  open: { clients: string[]; values: number[] },
  limit: number,
): MergedTop {
  const openSum = new Map<string, number>();
  let openTotal = 0;
  for (let i = 0; i < open.clients.length; i++) {
    const c = open.clients[i]!;
    openSum.set(c, (openSum.get(c) ?? 0) + open.values[i]!);
    openTotal += open.values[i]!;
  }
  const candidates: { client: string; value: number }[] = [];
  let onlyOpen = 0;
  for (const [client, v] of openSum) {
    const before = closed.byClient.get(client);
    if (before === undefined) onlyOpen++;
    const value = tidy((before ?? 0) + v);
    if (value > 0) candidates.push({ client, value });
  }
  let taken = 0;
  for (let i = 0; i < closed.clients.length && taken < limit; i++) {
    const client = closed.clients[i]!;
    if (openSum.has(client)) continue;
    candidates.push({ client, value: closed.values[i]! });
    taken++;
  }
  candidates.sort(byValueThenClient);
  return {
    top: candidates.slice(0, limit),
    total: tidy(closed.total + openTotal),
    clients: closed.clients.length + onlyOpen,
  };
}
