// File exports of the caller's usage.
import { z } from 'zod';
import { historyQuerySchema } from '../domain/history-query.js';
import { contract } from './route.js';

export const exportQuerySchema = historyQuerySchema.extend({
  format: z
    .enum(['csv', 'json', 'pdf'])
    .default('csv')
    .meta({ description: 'File format; pdf is the report of the range' }),
  raw: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .meta({ description: 'true: the raw events instead of the buckets (csv or json)' }),
  lang: z.string().max(35).optional().meta({
    description:
      'The PDF report\'s language and number formats, a locale tag ("de", "en-GB"); unsupported or absent: English',
  }),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

export const exportContracts = {
  export: contract({
    method: 'GET',
    url: '/api/usage/export',
    operationId: 'exportUsage',
    summary: 'Download history or raw events as CSV or JSON, or the report as PDF',
    tag: 'Exports',
    scope: 'read',
    querystring: exportQuerySchema,
    response: { 200: z.string().meta({ format: 'binary' }) },
    produces: ['text/csv', 'application/json', 'application/pdf'],
  }),
};
