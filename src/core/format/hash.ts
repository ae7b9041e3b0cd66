/**
 * A short content hash for annotations (not for security): FNV-1a over UTF-16 code units, two
 * 32-bit lanes with different offsets, as 16 hex digits. Pure and the same in Node and browsers.
 */
export function contentHash(text: string): string {
  return new ContentHasher().add(text).digest();
}

/**
 * `contentHash` fed piece by piece: the digest of pieces added one after another is the hash of
 * their join, so a text made only to be hashed (a pod's config files, names and line breaks
 * between them) need not be put together first.
 *
 * @example new ContentHasher().add('a').add('b').digest() === contentHash('ab')
 */
export class ContentHasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  add(text: string): this {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
    }
    this.a = a;
    this.b = b;
    return this;
  }

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}
