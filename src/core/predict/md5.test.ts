import { describe, expect, it } from 'vitest';
import { md5Words } from './md5';

function md5Hex(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const words = md5Words(bytes, 0, bytes.length, new Int32Array(4));
  return Array.from(words, (w) =>
    [0, 8, 16, 24].map((s) => ((w >>> s) & 0xff).toString(16).padStart(2, '0')).join(''),
  ).join('');
}

describe('md5Words', () => {
  // RFC 1321, appendix A.5.
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      '57edf4a22be3c955ac49da2e2107b67a',
    ],
  ])('md5(%j) = %s', (text, digest) => {
    expect(md5Hex(text)).toBe(digest);
  });

  it('pads correctly around the 55/56/64-byte block boundaries', () => {
    expect(md5Hex('a'.repeat(55))).toBe('ef1772b6dff9a122358552954ad0df65');
    expect(md5Hex('a'.repeat(56))).toBe('3b0c8ac703f828b04c6c197006d17218');
    expect(md5Hex('a'.repeat(64))).toBe('014842d480b571495a4a0363793f7367');
    expect(md5Hex('a'.repeat(200))).toBe('887f30b43b2867f4a9accceee7d16e6c');
  });

  it('reads only the given range', () => {
    const bytes = new TextEncoder().encode('--abc--');
    const words = md5Words(bytes, 2, 3, new Int32Array(4));
    expect((words[0] as number) >>> 0).toBe(0x98500190);
  });
});
