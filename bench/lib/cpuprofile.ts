// Summarises a V8 .cpuprofile (node --cpu-prof): self time by package/source file and by function.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, a project file, or a V8 pseudo-frame. */
function origin(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native/V8 builtins)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node: core';
  const m = /\/(src|bench)\/(.*)$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : url;
}

export interface ProfileSummary {
  busyMs: number;
  byOrigin: [string, number][];
  byFunction: [string, number][];
}

/**
 * Reads the main-thread .cpuprofile of a folder (the largest: tsx's loader thread writes a small
 * one too) and sums self time, idle excluded.
 */
export function summarizeProfile(dir: string, top = 12): ProfileSummary {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ f, size: statSync(join(dir, f)).size }))
    .sort((a, b) => b.size - a.size)[0]?.f;
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const origins = new Map<string, number>();
  const fns = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const n = byId.get(id);
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    if (!n || n.callFrame.functionName === '(idle)') return;
    busy += dt;
    const o = origin(n.callFrame.url, n.callFrame.functionName);
    origins.set(o, (origins.get(o) ?? 0) + dt);
    const f = `${n.callFrame.functionName || '(anonymous)'} (${o}:${n.callFrame.lineNumber + 1})`;
    fns.set(f, (fns.get(f) ?? 0) + dt);
  });
  const sorted = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { busyMs: busy, byOrigin: sorted(origins), byFunction: sorted(fns) };
}

/** The summary of a folder's profile as lines: self ms by origin, then by function. */
export function profileLines(dir: string, top = 25): string[] {
  const p = summarizeProfile(dir, top);
  return [
    `Server CPU profile (whole run, ${(p.busyMs / 1000).toFixed(1)} s busy; kept in ${dir}), self ms:`,
    ...[...p.byOrigin, ...p.byFunction].map(([k, ms]) => `  ${ms.toFixed(0)}  ${k}`),
  ];
}
