import {
  RangeError400,
  resolveRange,
  type RangeInput,
  type ResolvedRange,
} from '../domain/range.js';
import { invalid } from './errors.js';

/** resolveRange with its complaints turned into invalid_input errors naming the field. */
export function rangeOrInvalid(input: RangeInput, now: number): ResolvedRange {
  try {
    return resolveRange(input, now);
  } catch (e) {
    if (e instanceof RangeError400) throw invalid(e.field, e.reason);
    throw e;
  }
}
