// Sends pre-serialised JSON with its entity tag; a client that sends the tag back gets 304.
// `private, no-cache` lets the caller's browser keep the answer but never reuse it unchecked,
// and keeps shared caches from storing one user's usage.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JsonText } from '../services/json-text.js';

/** True when an If-None-Match header names this tag (weak comparison, as RFC 9110 asks). */
export function tagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Replies with the JSON text, or 304 when the request already holds it. */
export function sendJsonText(req: FastifyRequest, reply: FastifyReply, json: JsonText) {
  reply.header('etag', json.etag).header('cache-control', 'private, no-cache');
  if (tagMatches(req.headers['if-none-match'], json.etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(json.text);
}
