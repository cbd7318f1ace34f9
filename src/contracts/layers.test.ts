// The layer rule for the contracts: the dashboard may import their types and nothing else, and
// the contracts import only the domain.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const problems = async (file: string, code: string) =>
  (await eslint.lintText(code, { filePath: file }))[0]!.messages
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);

describe('the contracts layer', () => {
  it('lets the dashboard import contract types, and refuses a value import', async () => {
    const web = 'src/web/lib/probe.ts';
    const types = `import type { History } from '../../contracts/types.js';\nexport type H = History;\n`;
    expect(await problems(web, types)).toEqual([]);
    const value = `import { CONTRACTS } from '../../contracts/index.js';\nexport const n = CONTRACTS;\n`;
    expect(await problems(web, value)).toEqual([
      expect.stringMatching(/may import only types from that layer/),
    ]);
  }, 60_000);

  it('keeps the contracts off every layer but the domain', async () => {
    const file = 'src/contracts/probe.ts';
    const domain = `import { METRICS } from '../domain/metrics.js';\nexport const m = METRICS;\n`;
    expect(await problems(file, domain)).toEqual([]);
    const services = `import { getHistory } from '../services/get-history.js';\nexport const g = getHistory;\n`;
    expect(await problems(file, services)).toHaveLength(1);
  }, 60_000);
});
