// The API responses the dashboard reads: the server's wire contracts (src/contracts), imported as
// types only, so a change to an answer the dashboard does not follow fails to compile.
import type { Metric } from '../../domain/metrics.js';
import type { Period } from '../../domain/periods.js';

export type { Metric, Period };
export type { Current, DemoUser, GroupBy, History, Trend } from '../../contracts/types.js';
export type HistoryBucket = import('../../contracts/types.js').History['buckets'][number];
export type {
  ClientHoursResponse as ClientHours,
  TopClientsResponse as TopClients,
} from '../../contracts/clients.js';
