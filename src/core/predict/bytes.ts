/**
 * Keys as the programs see them: UTF-8 bytes. Encoding reuses one growing buffer, with a plain loop
 * for ASCII (most keys) and `TextEncoder` otherwise, so placing a key allocates nothing.
 */

const encoder = new TextEncoder();

/** A reusable UTF-8 buffer: `encode` returns the byte length, the bytes are in `bytes[0 .. length)`. */
export class Utf8Buffer {
  bytes: Uint8Array = new Uint8Array(256);

  /**
   * Encodes `text` (lone surrogates become U+FFFD, as in `TextEncoder` and Node's `Buffer`).
   *
   * @example const b = new Utf8Buffer(); b.encode('é') // 2
   */
  encode(text: string): number {
    const n = text.length;
    if (n * 3 > this.bytes.length) this.bytes = new Uint8Array(Math.max(n * 3, this.bytes.length * 2));
    const bytes = this.bytes;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) return encoder.encodeInto(text, bytes).written;
      bytes[i] = c;
    }
    return n;
  }
}

/** The UTF-8 bytes of `text` in a new array. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** How many bytes `text` takes in UTF-8 (nutcracker's `hash_tag` must take exactly two). */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}
