// Answers that are read far more often than they change are serialised (and compressed) once
// and sent as the same bytes, with a validator so a client that already has them gets 304.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** JSON already serialised, sent as is. */
export class JsonText {
  #bytes: Buffer | undefined;
  #gzip: Buffer | undefined;
  #etag: string | undefined;
  constructor(readonly text: string) {}

  /** The UTF-8 bytes, encoded once. */
  get bytes(): Buffer {
    return (this.#bytes ??= Buffer.from(this.text));
  }

  /**
   * The bytes gzip-compressed, once. Level 1: a 12-month history shrinks 7 times (93 KB to 13 KB)
   * in a third of the default level's time (2 ms against 6 ms here), and while usage flows an
   * answer is compressed about as often as it is sent.
   */
  get gzip(): Buffer {
    return (this.#gzip ??= gzipSync(this.bytes, { level: 1 }));
  }

  /** A strong entity tag of the uncompressed bytes. */
  get etag(): string {
    return (this.#etag ??= `"${createHash('sha1').update(this.bytes).digest('base64url')}"`);
  }
}

// Module-level on purpose: a memo keyed by the answer object itself (owned by a context cache), so
// it is freed with that object and shares nothing between contexts that they could observe.
const texts = new WeakMap<object, JsonText>();

/** The serialised form of a value that is never mutated after it is returned, made once per value. */
export function jsonOnce(value: object): JsonText {
  let t = texts.get(value);
  if (!t) texts.set(value, (t = new JsonText(JSON.stringify(value))));
  return t;
}
