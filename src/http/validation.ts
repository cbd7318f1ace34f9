// Request validation by the contracts' zod schemas, with the one error format of the API
// (status 400, each field and reason), and responses serialised as they are.
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../services/errors.js';

const WHERE: Record<string, string> = { querystring: 'query', body: 'body', params: 'path' };

/** Turns a zod failure into the API's invalid_input error (field and reason per issue). */
export function invalidInput(error: z.ZodError, where: string): AppError {
  const issues = error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : (i as { keys?: string[] }).keys?.join(',') || where,
    reason: i.code === 'unrecognized_keys' ? `unknown field(s) in ${where}` : i.message,
  }));
  return new AppError(
    'invalid_input',
    `invalid ${where}: ${issues.map((i) => `${i.field}: ${i.reason}`).join('; ')}`,
    issues,
  );
}

/** Validates a request part; an absent part is validated as `{}` (so defaults apply). */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const r = schema.safeParse(data ?? {});
    if (r.success) return { value: r.data };
    return { error: invalidInput(r.error, WHERE[httpPart ?? ''] ?? httpPart ?? 'input') };
  };

/** Responses are sent as the handler built them; tests check them against the contract (contract-check.ts). */
export const serializerCompiler: FastifySerializerCompiler<unknown> = () => (data) =>
  JSON.stringify(data);
