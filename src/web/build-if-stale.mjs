// Builds the dashboard (vite build -> dist/web) unless the build is newer than its sources, so
// `npm start` stays quick after the first time. Usage: node src/web/build-if-stale.mjs [--force]
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = join(repo, 'dist', 'web', 'index.html');
// The app's sources, the build config, and the domain modules the app imports.
const sources = [
  join(repo, 'src', 'web'),
  join(repo, 'src', 'domain'),
  join(repo, 'vite.config.ts'),
  join(repo, 'package-lock.json'),
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const force = process.argv.includes('--force');
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (!force && builtAt > Math.max(...sources.map(newest))) process.exit(0);

console.error(builtAt ? 'Rebuilding the dashboard...' : 'Building the dashboard (first start)...');
const vite = join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
  cwd: repo,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
