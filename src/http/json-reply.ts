// Sends pre-serialised JSON with its entity tag; a client that sends the tag back gets 304, and
// one that accepts gzip gets the bytes compressed once for every caller.
// `private, no-cache` lets the caller's browser keep the answer but never reuse it unchecked,
// and keeps shared caches from storing one user's usage.
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JsonText } from '../services/json-text.js';

/** True when an If-None-Match header names this tag (weak comparison, as RFC 9110 asks). */
export function tagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Replies with the JSON text, or 304 when the request already holds it in either coding. */
export function sendJsonText(req: FastifyRequest, reply: FastifyReply, json: JsonText) {
  // Each coding has its own strong tag (they are different bytes); both name the same answer.
  const gzipTag = json.etag.slice(0, -1) + '-gzip"';
  const accept = req.headers['accept-encoding'];
  const gzip = !!accept && negotiate(accept, ['gzip', 'identity']) === 'gzip';
  reply
    .header('etag', gzip ? gzipTag : json.etag)
    .header('cache-control', 'private, no-cache')
    .header('vary', 'accept-encoding');
  const held = req.headers['if-none-match'];
  if (tagMatches(held, json.etag) || tagMatches(held, gzipTag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  if (gzip) return reply.header('content-encoding', 'gzip').send(json.gzip);
  return reply.send(json.bytes);
}
