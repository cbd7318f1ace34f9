// Every job some worker runs is queued by someone, through its definition: a job defined and
// registered but never enqueued (as the scheduled forecast-alerts check once was) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobDefinitions } from './schedule.js';

const SRC = join(import.meta.dirname, '..');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|testing\.ts$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));
const jobs = sources.filter((s) => s.file.startsWith('jobs'));

// `const x = defineJob({ name: '...'` or `const x = (a: A) => defineJob({ ...someQueue,`.
const DEFINITION =
  /const (\w+) =\s*(?:\([^)]*\)\s*=>\s*)?define(Job|Queue)\(\{\s*(?:name: '([^']+)'|\.\.\.(\w+))/g;
const definitions = jobs.flatMap((s) =>
  [...s.text.matchAll(DEFINITION)].map(([, variable, kind, name, spread]) => ({
    variable: variable!,
    kind: kind!,
    name,
    spread,
  })),
);
const queueOf = (variable: string): { variable: string; name: string } => {
  const d = definitions.find((x) => x.variable === variable);
  if (!d) throw new Error(`no definition named ${variable}`);
  return d.name ? { variable, name: d.name } : queueOf(d.spread!);
};

describe('job definitions', () => {
  it('finds every job the workers run among the definitions', () => {
    const names = definitions.map((d) => queueOf(d.variable).name);
    for (const job of jobDefinitions(400)) expect(names).toContain(job.name);
    expect(names).toContain('send-report');
  });

  it('has every defined job enqueued somewhere, through its definition', () => {
    for (const d of definitions.filter((x) => x.kind === 'Job')) {
      const q = queueOf(d.variable).variable;
      const use = new RegExp(`\\b${q}\\.enqueue\\(|name: ${q}\\.name\\b`);
      expect(
        sources.some((s) => use.test(s.text)),
        `${d.variable} is defined but nothing enqueues it`,
      ).toBe(true);
    }
  });

  it('spells no job name outside its definition', () => {
    // The store's queue functions and the definition module are the only ones that take a raw name.
    const callers = sources.filter(
      (x) => !x.file.startsWith('store') && x.file !== join('jobs', 'definition.ts'),
    );
    for (const s of callers) {
      expect(s.text, s.file).not.toMatch(/\benqueueJob\(/);
      for (const call of s.text.matchAll(/enqueue(?:ForUsers|ForActiveUsers|DirtyRollups)\([^)]*/g))
        expect(call[0], s.file).toMatch(/name: \w+\.name\b/);
    }
    const literal = new Set(definitions.filter((d) => d.name).map((d) => `'${d.name}'`));
    for (const s of jobs) {
      for (const lit of literal) {
        const uses = s.text.split(lit).length - 1;
        const defined = s.text.includes(`name: ${lit}`) ? 1 : 0;
        expect(uses - defined, `${lit} in ${s.file}`).toBe(0);
      }
    }
  });
});
