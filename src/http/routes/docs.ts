// The OpenAPI document at /api/openapi.json, generated from the routes' contracts, and a
// browsable reference at /docs (served locally, under the app's own CSP).
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { CSP_DIRECTIVES } from '../security-headers.js';

const DESCRIPTION = `Usage history, analytics and exports.

Every route under **Usage**, **Analytics**, **Exports**, **Keys**, **Reports** and **Alerts** takes
\`Authorization: Bearer <token>\`, where the token is the user's sign-in token or a personal API
key (\`uik_...\`, read-only). The **Operator** routes are for the platform's own services: they
need a service token (scope \`ingest\`) and are not for customers.`;

/**
 * The app's policy, plus the one inline style Swagger UI's bundle inserts (allowed by its hash,
 * not by 'unsafe-inline'): without it every load of /docs logs a CSP error. The hash belongs to
 * the pinned @fastify/swagger-ui; e2e/docs.spec.ts fails on any violation if an upgrade moves it.
 */
export const DOCS_CSP: Record<string, string[]> = {
  ...CSP_DIRECTIVES,
  'style-src': ["'self'", "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='"],
  'img-src': ["'self'", 'data:'],
};

const TAGS = [
  { name: 'Usage', description: "The caller's usage: history, month to date, raw events" },
  { name: 'Analytics', description: 'Trends, patterns, predictions, comparisons and insights' },
  { name: 'Exports', description: "Files of the caller's usage" },
  { name: 'Keys', description: 'Personal read-only API keys' },
  { name: 'Reports', description: 'Emailed usage reports' },
  { name: 'Alerts', description: 'Limit alerts by email and signed webhook' },
  { name: 'Links', description: 'Pages behind the signed links in emails (no token)' },
  {
    name: 'Operator',
    description: "For the platform's services and operators (service token, scope ingest)",
  },
  { name: 'Demo', description: 'Demo mode only (`npm start`)' },
];

type OpenApiDoc = { components?: { schemas?: Record<string, unknown> } };

// Named schemas come in an input and an output version; the document keeps those it refers to.
const onlyUsedComponents: typeof jsonSchemaTransformObject = (input) => {
  const doc = jsonSchemaTransformObject(input) as OpenApiDoc;
  const schemas = doc.components?.schemas ?? {};
  const text = JSON.stringify({ ...doc, components: { ...doc.components, schemas: {} } });
  const refs = JSON.stringify(schemas);
  for (const name of Object.keys(schemas)) {
    const ref = `"#/components/schemas/${name}"`;
    if (!text.includes(ref) && !refs.includes(ref)) delete schemas[name];
  }
  return doc as ReturnType<typeof jsonSchemaTransformObject>;
};

/** Registers the document generator (before any route, so it sees them all) and the /docs pages. */
export function docsRoutes(app: FastifyInstance) {
  void app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Usage Insights API',
        version: '1',
        description: DESCRIPTION,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      // Relative: the API is wherever the page that reads this document was served from.
      servers: [{ url: '/', description: 'This server' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'A user sign-in token (scope read), a service token (scope ingest) or a personal API key (`uik_...`, read-only)',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: onlyUsedComponents,
    // Only contract routes carry a tag: pages, assets and /healthz stay out of the API document.
    hideUntagged: true,
  });
  void app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: DOCS_CSP,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
