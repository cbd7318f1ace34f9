import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, isConnectionError } from './unavailable.js';

describe('isConnectionError', () => {
  it('knows an unreachable or stopping server from a bad query', () => {
    expect(isConnectionError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isConnectionError(
        new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], 'connect'),
      ),
    ).toBe(true);
    expect(isConnectionError(new DatabaseUnavailableError(new Error('gone')))).toBe(true);
    // A constraint violation, a syntax error, a timeout of our own statement: bugs or bad input.
    expect(isConnectionError(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('cancel'), { code: '57014' }))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
