// The plan catalogue of config/plans.json, inlined so that tests of the pure core read no files.
import type { Plan } from '../../domain/plans.js';

export const PLANS: Plan[] = [
  {
    name: 'free',
    displayName: 'Free',
    priceUsd: 0,
    limits: { sessions: 25, audio_minutes: 60, transcriptions: 25, exports: 5, storage_mb: 500 },
    overage: {},
    sortOrder: 1,
  },
  {
    name: 'starter',
    displayName: 'Starter',
    priceUsd: 19,
    limits: {
      sessions: 250,
      audio_minutes: 600,
      transcriptions: 250,
      exports: 50,
      storage_mb: 5000,
    },
    overage: { audio_minutes: 0.03 },
    sortOrder: 2,
  },
  {
    name: 'pro',
    displayName: 'Pro',
    priceUsd: 49,
    limits: {
      sessions: 1000,
      audio_minutes: 3000,
      transcriptions: 1000,
      exports: 250,
      storage_mb: 25000,
    },
    overage: { audio_minutes: 0.02 },
    sortOrder: 3,
  },
  {
    name: 'business',
    displayName: 'Business',
    priceUsd: 199,
    limits: {
      sessions: 5000,
      audio_minutes: 20000,
      transcriptions: 5000,
      exports: 2000,
      storage_mb: 200000,
    },
    overage: { audio_minutes: 0.015 },
    sortOrder: 4,
  },
  {
    name: 'enterprise',
    displayName: 'Enterprise',
    priceUsd: null,
    limits: {
      sessions: null,
      audio_minutes: null,
      transcriptions: null,
      exports: null,
      storage_mb: null,
    },
    overage: {},
    sortOrder: 5,
  },
];
