// The shape of a contract: one operation's method, path, who may call it, and every schema.
import type { z } from 'zod';

export type Tag =
  'Usage' | 'Analytics' | 'Exports' | 'Keys' | 'Reports' | 'Alerts' | 'Operator' | 'Demo' | 'Links';

export interface Contract {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  operationId: string;
  summary: string;
  tag: Tag;
  /** The token scope it needs; absent: public. */
  scope?: 'read' | 'ingest';
  querystring?: z.ZodType;
  body?: z.ZodType;
  params?: z.ZodType;
  /** Every success status with its body; `null`: no body. */
  response: Record<number, z.ZodType | null>;
  /** Content types of a non-JSON success (files, pages). */
  produces?: string[];
}

/** Declares a contract, keeping its literal schema types for the route's handler. */
export const contract = <C extends Contract>(c: C): C => c;
