import type { z } from 'zod';
import { AppError } from '../services/errors.js';

/** Parses request input with a schema; a failure becomes a 400 naming each field and reason. */
export function parse<S extends z.ZodType>(schema: S, data: unknown, where: string): z.output<S> {
  const r = schema.safeParse(data ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : (i as { keys?: string[] }).keys?.join(',') || where,
    reason: i.code === 'unrecognized_keys' ? `unknown field(s) in ${where}` : i.message,
  }));
  throw new AppError(
    'invalid_input',
    `invalid ${where}: ${issues.map((i) => `${i.field}: ${i.reason}`).join('; ')}`,
    issues,
  );
}
