// The README's layer table says what eslint.config.js enforces: one row per layer, and the
// layers each may import, in the order the config lists them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the ESLint config is plain JavaScript without declarations
import { LAYER_IMPORTS, TYPE_ONLY_IMPORTS } from '../eslint.config.js';

const layers = LAYER_IMPORTS as Record<string, string[]>;
const typesOnly = TYPE_ONLY_IMPORTS as Record<string, string[]>;

describe('the README architecture table', () => {
  it('lists every layer with exactly the imports the lint rule allows', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = Object.fromEntries(
      [...readme.matchAll(/^\| `src\/(\w+)` \| [^\n]*\| ([^|\n]+) \|$/gm)].map((m) => [
        m[1],
        m[2]!.trim(),
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(layers).map(([layer, allowed]) => {
        const all = [...allowed, ...(typesOnly[layer] ?? []).map((l) => `${l} (types only)`)];
        return [layer, all.length ? all.join(', ') : 'nothing'];
      }),
    );
    expect(rows).toEqual(expected);
  });
});
