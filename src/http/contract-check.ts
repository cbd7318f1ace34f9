// Checks every answer of a contract's route against the contract (tests turn it on): a body the
// contract does not describe, a field it does not name included, fails the request with a 500.
import { isDeepStrictEqual } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../contracts/common.js';
import type { Contract } from '../contracts/route.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract the route was registered from. */
    contract?: Contract;
  }
}

export class ContractViolation extends Error {}

function bodyOf(payload: unknown, encoding: unknown): unknown {
  if (payload === null || payload === undefined || payload === '') return undefined;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return undefined; // a stream
  const bytes = encoding === 'gzip' ? gunzipSync(payload) : Buffer.from(payload);
  return JSON.parse(bytes.toString('utf8'));
}

/** The problem with a response of a route under contract `c`, or null when it matches. */
export function contractProblem(c: Contract, status: number, body: unknown): string | null {
  const schema = status >= 400 ? errorBody : c.response[status];
  if (schema === undefined) return `status ${status} is not in the contract`;
  if (schema === null || (c.produces && status < 400)) return null;
  const r = schema.safeParse(body);
  if (!r.success) return r.error.message;
  // Object schemas drop fields they do not name: a difference is a field the contract lacks.
  if (!isDeepStrictEqual(r.data, body)) return 'the body holds fields the contract does not name';
  return null;
}

/** Fails any response of a contract's route that its contract does not describe. */
export function checkResponsesAgainstContracts(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    const c = req.routeOptions.config.contract;
    if (!c || reply.statusCode >= 500) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    const body = type.startsWith('application/json')
      ? bodyOf(payload, reply.getHeader('content-encoding'))
      : undefined;
    if (body === undefined && !c.produces && reply.statusCode !== 204 && reply.statusCode !== 304)
      throw new ContractViolation(
        `${c.operationId} answered ${reply.statusCode} without a JSON body`,
      );
    const problem = body === undefined ? null : contractProblem(c, reply.statusCode, body);
    if (problem) {
      // The 500 a test sees says only "internal error": say here which contract was broken.
      process.stderr.write(
        `contract violation: ${c.operationId} ${reply.statusCode}: ${problem}\n`,
      );
      throw new ContractViolation(`${c.operationId} answered ${reply.statusCode}: ${problem}`);
    }
    return payload;
  });
}
