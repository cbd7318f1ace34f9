// Registers a route from its contract: fastify validates the request with the contract's zod
// schemas (errors in our format, see validation.ts) and documents the route from the same schemas.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Contract } from '../contracts/route.js';
import { errorBody } from '../contracts/common.js';

type In<S> = S extends z.ZodType ? z.output<S> : unknown;

/** What the handler of a contract's route receives, typed from the contract's schemas. */
export interface ContractRequest<C extends Contract> extends RouteGenericInterface {
  Querystring: In<C['querystring']>;
  Body: In<C['body']>;
  Params: In<C['params']>;
}

export type ContractHandler<C extends Contract> = (
  req: FastifyRequest<ContractRequest<C>>,
  reply: FastifyReply,
) => Promise<unknown>;

const ERRORS: Record<number, string> = {
  400: 'Invalid input: every problem with its field and reason',
  401: 'Missing or invalid token',
  403: 'The token lacks the scope',
  404: "Not found (or not the caller's)",
  429: 'Rate limited; see Retry-After',
};

/** The fastify route schema of a contract: request schemas, responses, and its OpenAPI metadata. */
export function routeSchema(c: Contract) {
  const response: Record<number, unknown> = {};
  for (const [status, schema] of Object.entries(c.response)) {
    const code = Number(status);
    const description =
      code === 304 ? 'Not modified (If-None-Match held the ETag)' : code === 204 ? 'Done' : 'OK';
    // A body-less answer documents as a null schema: the document then gives it no content.
    if (schema === null) response[code] = z.null().meta({ description });
    else if (c.produces)
      response[code] = {
        description,
        content: Object.fromEntries(c.produces.map((t) => [t, { schema }])),
      };
    else response[code] = { description, content: { 'application/json': { schema } } };
  }
  const errors = c.scope ? [400, 401, 403, 404, 429] : [400, 404, 429];
  for (const code of errors)
    response[code] = {
      description: ERRORS[code],
      content: { 'application/json': { schema: errorBody } },
    };
  return {
    operationId: c.operationId,
    summary: c.summary,
    tags: [c.tag],
    security: c.scope ? [{ bearer: [] }] : [],
    ...(c.querystring ? { querystring: c.querystring } : {}),
    ...(c.body ? { body: c.body } : {}),
    ...(c.params ? { params: c.params } : {}),
    response,
  };
}

/** The status a route answers when it succeeds: its contract's first 2xx (201 for a creation, 204 for no content). */
export function successStatus(c: Contract): number {
  const codes = Object.keys(c.response)
    .map(Number)
    .filter((s) => s >= 200 && s < 300);
  return codes.length ? Math.min(...codes) : 200;
}

/**
 * Registers a contract's route with its handler; `config` adds route options (rate-limit cost).
 * The success status comes from the contract, so a handler only returns what the service gave.
 */
export function contractRoute<C extends Contract>(
  app: FastifyInstance,
  c: C,
  handler: ContractHandler<C>,
  config: Record<string, unknown> = {},
) {
  const status = successStatus(c);
  app.withTypeProvider<ZodTypeProvider>().route({
    method: c.method,
    url: c.url,
    schema: routeSchema(c),
    config: { scope: c.scope, contract: c, ...config },
    handler: ((req: FastifyRequest<ContractRequest<C>>, reply: FastifyReply) =>
      handler(req, reply.status(status))) as never,
  });
}
