// The demo users' clients: named apps with unequal shares (the first few carry most of the usage,
// as on a real account), so the clients panel has a story to tell.

const NAMES = [
  'web-app',
  'ios-app',
  'android-app',
  'backend-worker',
  'zapier-integration',
  'cli',
  'slack-bot',
  'partner-api',
  'staging',
  'chrome-extension',
  'data-pipeline',
  'desktop-mac',
  'desktop-windows',
  'qa-runner',
];

/** The name of a user's k-th client (0-based). */
export function demoClientName(k: number): string {
  return NAMES[k] ?? `client-${k + 1}`;
}

/** Picks one of `count` clients for a uniform draw u in [0, 1): weights 1/(k+1)^1.3. */
export function pickDemoClient(count: number, u: number): string {
  const weights = Array.from({ length: count }, (_, k) => 1 / (k + 1) ** 1.3);
  let x = u * weights.reduce((s, w) => s + w, 0);
  for (let k = 0; k < count; k++) {
    x -= weights[k]!;
    if (x < 0) return demoClientName(k);
  }
  return demoClientName(count - 1);
}
