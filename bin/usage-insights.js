#!/usr/bin/env node
// From a checkout the TypeScript CLI runs through tsx, so `npx usage-insights` needs no build step;
// a release installed without dev dependencies (no tsx) runs the build in dist/ (`npm run build`).
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch {
  tsx = null;
}
if (tsx) {
  tsx.register();
  await import('../src/cli/main.ts');
} else {
  await import('../dist/cli/main.js');
}
