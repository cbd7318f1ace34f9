// Summaries of a V8 CPU profile (Chrome DevTools Protocol's Profiler.stop): self time by script
// and by function, for the samples up to a point (say, the first chart drawn).

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const short = (url: string) =>
  url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '') || '(native)';

/** Self time (ms) by script and by function of the samples within the first untilMs of the profile. */
export function topFunctions(profile: CpuProfile, untilMs: number, top = 12): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const scripts = new Map<string, number>();
  const functions = new Map<string, number>();
  let t = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    t += dt;
    if (t > untilMs) return;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    total += dt;
    const script = short(frame.url);
    scripts.set(script, (scripts.get(script) ?? 0) + dt);
    const fn = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + dt);
  });
  const lines = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(5)} ms  ${k}`);
  return [
    `busy ${total.toFixed(0)} ms of ${untilMs.toFixed(0)} ms; by script:`,
    ...lines(scripts),
    'by function:',
    ...lines(functions),
  ].join('\n');
}
