// Every route's contract: the one place request and response shapes are declared.
import { accountContracts } from './account.js';
import { reportContracts } from './reports.js';
import { analyticsContracts } from './analytics.js';
import { costContracts } from './cost.js';
import { exportContracts } from './exports.js';
import { operatorContracts } from './operator.js';
import type { Contract } from './route.js';
import { usageContracts } from './usage.js';

export const CONTRACTS = {
  ...usageContracts,
  ...analyticsContracts,
  ...exportContracts,
  ...accountContracts,
  ...reportContracts,
  ...operatorContracts,
  ...costContracts,
} satisfies Record<string, Contract>;

export type { Contract } from './route.js';
