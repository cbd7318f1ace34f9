// The OpenAPI document generated from the contracts: valid (Redocly's recommended rules, no
// warning), complete (an operationId and a response schema per status), and usable (openapi-typescript
// generates a client from it that type-checks).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, describe, expect } from 'vitest';
import { CONTRACTS } from '../contracts/index.js';
import { appTest, TEST_TOKEN_CONFIG } from './testing.js';

type Op = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; description?: string; schema?: object }[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
};
type Doc = {
  servers: { url: string }[];
  components: { securitySchemes: Record<string, { description: string }> };
  info: { description: string };
  paths: Record<string, Record<string, Op>>;
};

const test = appTest('2026-11-28T12:00:00Z', { demo: { tokens: TEST_TOKEN_CONFIG } });

describe('the OpenAPI document', () => {
  let doc: Doc;
  let dir: string;
  test.beforeAll(async ({ app }) => {
    await app.ready();
    doc = (await app.inject({ url: '/api/openapi.json' })).json();
    dir = mkdtempSync(join(tmpdir(), 'openapi-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const ops = () => Object.values(doc.paths).flatMap((p) => Object.values(p));

  test('passes Redocly lint with the recommended rules, without a warning', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const bin = join(process.cwd(), 'node_modules/.bin/redocly');
    const { stdout } = await promisify(execFile)(bin, ['lint', file, '--format=json'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { message: string }[];
    };
    expect(report.problems.map((p) => p.message)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  test('generates a typed client with openapi-typescript that compiles', async () => {
    const source = astToString(await openapiTS(doc as never));
    expect(source).toContain('getAnalytics: {');
    const file = join(dir, 'api.d.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);

  test('gives every operation a unique operationId and a schema for every success status', () => {
    const ids = ops().map((o) => o.operationId);
    expect(ids.sort()).toEqual(
      Object.values(CONTRACTS)
        .map((c) => c.operationId)
        .sort(),
    );
    for (const op of ops()) {
      for (const [status, r] of Object.entries(op.responses)) {
        if (status === '204' || status === '304') expect(r.content, op.operationId).toBeUndefined();
        else
          for (const media of Object.values(r.content ?? { none: {} }))
            expect(media.schema, `${op.operationId} ${status}`).toBeDefined();
      }
    }
  });

  test('describes every parameter, and gives dates and instants a format', () => {
    for (const op of ops())
      for (const p of op.parameters ?? [])
        expect(p.description, `${op.operationId} ${p.name}`).toBeTruthy();
    const history = doc.paths['/api/usage/history']!.get!.parameters!;
    expect(history.find((p) => p.name === 'from')?.schema).toMatchObject({ format: 'date' });
  });

  test('keeps operator routes apart from customer routes', () => {
    for (const [path, methods] of Object.entries(doc.paths))
      for (const op of Object.values(methods)) {
        const operator = /^\/api\/(admin|users)/.test(path) || op.operationId === 'ingestEvents';
        expect(op.tags, `${op.operationId}`).toEqual(operator ? ['Operator'] : op.tags);
        if (!operator) expect(op.tags).not.toContain('Operator');
      }
  });

  test('offers the host serving the page, and shows the bearer placeholder as text', () => {
    expect(doc.servers).toEqual([{ url: '/', description: 'This server' }]);
    // Markdown renders a bare <token> as an HTML tag, leaving "Bearer ." on the page.
    expect(doc.info.description).toContain('`Authorization: Bearer <token>`');
    expect(doc.info.description.replace(/`[^`]*`/g, '')).not.toMatch(/<[a-z]/i);
    for (const s of Object.values(doc.components.securitySchemes))
      expect(s.description.replace(/`[^`]*`/g, '')).not.toMatch(/<[a-z]/i);
  });
});
