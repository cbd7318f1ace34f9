// Layer boundaries are enforced here rather than by hope: see docs/adr/0001-layers.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The server's layers that only the entry points (app, cli) may import all of.
const serverLayers = [
  'domain',
  'contracts',
  'analytics',
  'store',
  'services',
  'jobs',
  'reports',
  'http',
  'config',
];

// Which layers each layer may import (besides itself): the one table the rules below are built
// from. Imports point inward only.
const allowed = {
  domain: [],
  contracts: ['domain'],
  analytics: ['domain'],
  store: ['domain'],
  services: ['domain', 'contracts', 'analytics', 'store'],
  jobs: ['domain', 'services', 'store'],
  reports: ['domain', 'contracts', 'analytics', 'services'],
  http: ['domain', 'contracts', 'services', 'reports', 'config'],
  app: serverLayers,
  cli: [...serverLayers, 'app'],
  config: ['domain'],
  web: ['domain'],
};

const layers = Object.keys(allowed);

// Layers a layer may import types from, and nothing else: the dashboard compiles against the
// wire contracts without bundling zod or the server's schemas.
const typesOnly = {
  web: ['contracts'],
};

const ioModules = [
  'node:*',
  'fs',
  'path',
  'http',
  'pg',
  '@electric-sql/pglite',
  'fastify',
  'nodemailer',
];

/** The layer table, for the README test (src/readme-layers.test.ts). */
export const LAYER_IMPORTS = allowed;
export const TYPE_ONLY_IMPORTS = typesOnly;

function layerRules(layer) {
  const types = typesOnly[layer] ?? [];
  const forbidden = layers.filter(
    (l) => l !== layer && !allowed[layer].includes(l) && !types.includes(l),
  );
  const patterns = [
    {
      group: forbidden.map((l) => `**/${l}/**`),
      message: `The ${layer} layer may not import that layer.`,
    },
  ];
  if (types.length) {
    patterns.push({
      group: types.map((l) => `**/${l}/**`),
      allowTypeImports: true,
      message: `The ${layer} layer may import only types from that layer (import type).`,
    });
  }
  if (layer === 'domain' || layer === 'analytics') {
    patterns.push({ group: ioModules, message: 'The pure core does no I/O.' });
  }
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
  };
}

const pureCore = {
  files: ['src/domain/**/*.ts', 'src/analytics/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'No clock in the pure core: pass time in.',
      },
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'No clock in the pure core: pass time in.',
      },
      {
        selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']",
        message: 'No clock in the pure core: pass time in.',
      },
      {
        selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
        message: 'No hidden randomness in the pure core: pass a seed.',
      },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'process', property: 'env', message: 'No env in the pure core.' },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'data',
      'dist',
      'coverage',
      'src/web/dist',
      'bench/results',
      'examples/*/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // An error, not a warning: a file past this size holds more than one thing (README, rule 3).
      'max-lines': ['error', { max: 220, skipBlankLines: true, skipComments: true }],
    },
  },
  ...layers.map(layerRules),
  pureCore,
  // Tests compose layers (a service test may drive the job worker); the layer rules bind production code.
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off', 'max-lines': 'off' },
  },
);
