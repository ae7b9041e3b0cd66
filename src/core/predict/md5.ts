/**
 * MD5 (RFC 1321) over a byte range, small and allocation-free: the four state words come back in an
 * array the caller owns. nutcracker uses it twice: `hash: md5` takes word 0 of the key's digest, and
 * the ketama ring takes all four words of each point name's digest.
 */

/** floor(|sin(i + 1)| * 2^32), the RFC's table T. */
const T = new Int32Array([
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8,
  0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
  0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87,
  0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
  0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039,
  0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
  0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
  0xeb86d391,
]);

/** Left-rotation amounts, four per round. */
const S = new Int8Array([7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]);

/** Which message word each step reads. */
const G = new Int8Array(64);
for (let i = 0; i < 64; i++) {
  G[i] = i < 16 ? i : i < 32 ? (5 * i + 1) & 15 : i < 48 ? (3 * i + 5) & 15 : (7 * i) & 15;
}

const block = new Int32Array(16);
const tail = new Uint8Array(128);

function loadBlock(bytes: Uint8Array, at: number): void {
  for (let i = 0; i < 16; i++, at += 4) {
    block[i] =
      (bytes[at] as number) |
      ((bytes[at + 1] as number) << 8) |
      ((bytes[at + 2] as number) << 16) |
      ((bytes[at + 3] as number) << 24);
  }
}

function compress(state: Int32Array): void {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  for (let i = 0; i < 64; i++) {
    let f: number;
    if (i < 16) f = (b & c) | (~b & d);
    else if (i < 32) f = (d & b) | (~d & c);
    else if (i < 48) f = b ^ c ^ d;
    else f = c ^ (b | ~d);
    const s = S[((i >> 4) << 2) | (i & 3)] as number;
    const x = (a + f + (T[i] as number) + (block[G[i] as number] as number)) | 0;
    a = d;
    d = c;
    c = b;
    b = (b + ((x << s) | (x >>> (32 - s)))) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
}

/**
 * The MD5 digest of `bytes[start .. start + length)` as four little-endian words (signed 32-bit; use
 * `>>> 0` for the unsigned value). Word 0 holds digest bytes 0–3, so `out[0] >>> 0` is nutcracker's
 * `hash_md5`.
 *
 * @example md5Words(new TextEncoder().encode('abc'), 0, 3, out); (out[0] >>> 0).toString(16) // '98500190'
 */
export function md5Words(bytes: Uint8Array, start: number, length: number, out: Int32Array): Int32Array {
  out[0] = 0x67452301;
  out[1] = 0xefcdab89 | 0;
  out[2] = 0x98badcfe | 0;
  out[3] = 0x10325476;
  const end = start + length;
  let at = start;
  for (; at + 64 <= end; at += 64) {
    loadBlock(bytes, at);
    compress(out);
  }
  const rest = end - at;
  for (let i = 0; i < rest; i++) tail[i] = bytes[at + i] as number;
  tail[rest] = 0x80;
  const padded = rest < 56 ? 64 : 128;
  tail.fill(0, rest + 1, padded - 8);
  const bitsLow = (length << 3) | 0;
  const bitsHigh = Math.floor(length / 0x20000000);
  for (let i = 0; i < 4; i++) {
    tail[padded - 8 + i] = (bitsLow >>> (8 * i)) & 0xff;
    tail[padded - 4 + i] = (bitsHigh >>> (8 * i)) & 0xff;
  }
  loadBlock(tail, 0);
  compress(out);
  if (padded === 128) {
    loadBlock(tail, 64);
    compress(out);
  }
  return out;
}
