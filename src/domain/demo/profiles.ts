// The demo users: every plan, several zones, and two with a story (one about to pass a limit,
// one using a fraction of its plan).

export interface DemoProfile {
  userId: string;
  plan: string;
  timeZone: string;
  email: string;
  /** Share of the plan's monthly limits used in a typical month at the end of the history. */
  utilization: number;
  /** Growth over the whole history, e.g. 0.5 = +50%. */
  growth: number;
  clients: number;
  /** Usage of transcriptions and exports relative to sessions (feature utilisation). */
  transcribeShare: number;
  exportShare: number;
  /** One batch of events a day: the many users that make peer cohorts of 10 or more. */
  light?: boolean;
}

/** Fully detailed demo users; the rest (up to DEMO_USERS) are light cohort members. */
export const DETAILED_USERS = 25;
export const DEMO_USERS = 60;

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'UTC',
  'Asia/Kolkata',
  'America/Los_Angeles',
  'Australia/Sydney',
  'Europe/London',
  'Asia/Tokyo',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
];
const PLANS = [
  'pro',
  'starter',
  'free',
  'business',
  'business',
  'starter',
  'pro',
  'free',
  'starter',
  'pro',
  'enterprise',
];

/** The id of a demo user: demo-01 .. demo-99. */
export const DEMO_ID = /^demo-\d{2}$/;

/** The demo users demo-01 .. demo-NN, deterministic. */
export function demoProfiles(count = DEMO_USERS): DemoProfile[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const id = `demo-${String(n).padStart(2, '0')}`;
    const base: DemoProfile = {
      userId: id,
      plan: PLANS[i % PLANS.length]!,
      timeZone: ZONES[i % ZONES.length]!,
      email: `${id}@example.com`,
      utilization: 0.35 + ((i * 37) % 50) / 100,
      growth: ((i * 13) % 70) / 100,
      clients: 3 + ((i * 7) % 12),
      transcribeShare: i % 6 === 2 ? 0.05 : 0.6 + ((i * 11) % 35) / 100,
      exportShare: i % 5 === 3 ? 0.01 : 0.1 + ((i * 3) % 15) / 100,
      ...(n > DETAILED_USERS ? { light: true } : {}),
    };
    // demo-01 is on course to pass its audio-minute limit this month.
    if (n === 1) return { ...base, utilization: 0.75, growth: 0.8, transcribeShare: 0.9 };
    // demo-05 pays for business and uses a tenth of it.
    if (n === 5) return { ...base, utilization: 0.1, growth: -0.1 };
    return base;
  });
}
