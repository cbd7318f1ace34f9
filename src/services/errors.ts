// Typed service errors. The HTTP layer maps each code to a status in one table (http/error-map.ts).

export { DatabaseUnavailableError, isConnectionError } from '../store/unavailable.js';

export type ErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unavailable';

export interface Issue {
  field: string;
  reason: string;
  index?: number;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An invalid_input error naming one field and why. */
export function invalid(field: string, reason: string): AppError {
  return new AppError('invalid_input', `${field}: ${reason}`, [{ field, reason }]);
}
