// Every route's contract: the one place request and response shapes are declared.
import { accountContracts } from './account.js';
import { clientContracts } from './clients.js';
import { reportContracts } from './reports.js';
import { analyticsContracts } from './analytics.js';
import { comparisonContracts } from './comparisons.js';
import { costContracts } from './cost.js';
import { exportContracts } from './exports.js';
import { operatorContracts } from './operator.js';
import { telemetryContracts } from './telemetry.js';
import { adminContracts } from './admin.js';
import type { Contract } from './route.js';
import { usageContracts } from './usage.js';

export const CONTRACTS = {
  ...usageContracts,
  ...clientContracts,
  ...analyticsContracts,
  ...comparisonContracts,
  ...exportContracts,
  ...accountContracts,
  ...reportContracts,
  ...operatorContracts,
  ...telemetryContracts,
  ...adminContracts,
  ...costContracts,
} satisfies Record<string, Contract>;

export type { Contract } from './route.js';
