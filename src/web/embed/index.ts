// The library entry (`usage-insights/react`): the embeddable dashboard and its types.
export { UsageHistory, type UsageHistoryProps } from './UsageHistory.js';
export type { UsageHistoryTheme } from './theme.js';
export type { Fetcher } from '../lib/transport.js';
