// Answers that are read far more often than they change are serialised once and sent as the
// same bytes, with a validator so a client that already has them gets 304 and no body.
import { createHash } from 'node:crypto';

/** JSON already serialised, sent as is. */
export class JsonText {
  #etag: string | undefined;
  constructor(readonly text: string) {}

  /** A strong entity tag of these exact bytes. */
  get etag(): string {
    return (this.#etag ??= `"${createHash('sha1').update(this.text).digest('base64url')}"`);
  }
}

const texts = new WeakMap<object, JsonText>();

/** The serialised form of a value that is never mutated after it is returned, made once per value. */
export function jsonOnce(value: object): JsonText {
  let t = texts.get(value);
  if (!t) texts.set(value, (t = new JsonText(JSON.stringify(value))));
  return t;
}
