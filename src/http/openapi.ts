// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import { OPERATIONS, type Operation } from './openapi-operations.js';

export { OPERATIONS };

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              field: { type: 'string' },
              reason: { type: 'string' },
              index: { type: 'integer' },
            },
          },
        },
      },
    },
  },
};

function parameters(op: Operation) {
  const out: object[] = Object.entries(op.params ?? {}).map(([name, description]) => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  }));
  if (op.query) {
    const js = z.toJSONSchema(op.query, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, object>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: 'query', required: js.required?.includes(name) ?? false, schema });
    }
  }
  return out;
}

/** Builds the OpenAPI 3.1 document for the given public URL. */
export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      security: op.scope ? [{ bearer: [] }] : [],
      'x-scope': op.scope,
      parameters: parameters(op),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(op.body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses: {
        '200': {
          description: 'OK',
          content: Object.fromEntries((op.produces ?? ['application/json']).map((t) => [t, {}])),
        },
        '400': {
          description: 'Invalid input: every problem with its field and reason',
          content: { 'application/json': { schema: errorSchema } },
        },
        '401': { description: 'Missing or invalid token' },
        '403': { description: 'The token lacks the scope' },
        '429': { description: 'Rate limited; see Retry-After' },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Usage Insights API',
      version: '1',
      description:
        'Usage history, analytics and exports. Every /api route takes Authorization: Bearer <token or API key>.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A user JWT (scope read), a service JWT (scope ingest) or a personal API key (uik_...)',
        },
      },
    },
    paths,
  };
}
