import { describe, expect, it } from 'vitest';
import { HASH_FUNCTIONS, isTwemproxyHash, TWEMPROXY_HASHES, type TwemproxyHash } from './hashes';

const hash = (name: TwemproxyHash, text: string): string => {
  const bytes = new TextEncoder().encode(text);
  return `0x${HASH_FUNCTIONS[name](bytes, 0, bytes.length).toString(16)}`;
};

// Values of nutcracker 0.5's hashkit on x86-64 (test/real/shard-live.test.ts checks the same
// functions against a running nutcracker). Where a published check value exists it is the same:
// crc32a("123456789") is the CRC-32 check value, fnv1a_32 and one_at_a_time("a") the published ones.
const VECTORS: Record<string, Record<TwemproxyHash, string>> = {
  '123456789': {
    one_at_a_time: '0xc66b58c5',
    md5: '0x94e7f925',
    crc16: '0x869031c3',
    crc32: '0x4bf4',
    crc32a: '0xcbf43926',
    fnv1_64: '0x2bf916d6',
    fnv1a_64: '0x23c6cdfc',
    fnv1_32: '0x24148816',
    fnv1a_32: '0xbb86b11c',
    hsieh: '0xe4fc1670',
    murmur: '0xb7760690',
    jenkins: '0x19777af6',
  },
  a: {
    one_at_a_time: '0xca2e9442',
    md5: '0xb975c10c',
    crc16: '0x7c87',
    crc32: '0x68b7',
    crc32a: '0xe8b7be43',
    fnv1_64: '0x8601b7be',
    fnv1a_64: '0x8601ec8c',
    fnv1_32: '0x50c5d7e',
    fnv1a_32: '0xe40c292c',
    hsieh: '0x93642e87',
    murmur: '0x4b41757c',
    jenkins: '0xe0a38690',
  },
  // Bytes 0x80-0xff: the hashes that read a signed char sign-extend them.
  'ключ-é✓': {
    one_at_a_time: '0x15013624',
    md5: '0x40521ac9',
    crc16: '0x3ef5a460',
    crc32: '0x6aab',
    crc32a: '0x6aab7393',
    fnv1_64: '0x741df41b',
    fnv1a_64: '0x5860919b',
    fnv1_32: '0xbd04e0bb',
    fnv1a_32: '0xb22714bb',
    hsieh: '0xad761b40',
    murmur: '0x96cb8c85',
    jenkins: '0xd8d8b7e3',
  },
};

describe('twemproxy hashes', () => {
  it('offers the twelve hashes of nutcracker 0.5 in its order', () => {
    expect(TWEMPROXY_HASHES).toHaveLength(12);
    expect(Object.keys(HASH_FUNCTIONS).sort()).toEqual([...TWEMPROXY_HASHES].sort());
    expect(isTwemproxyHash('murmur')).toBe(true);
    expect(isTwemproxyHash('sha1')).toBe(false);
  });

  describe.each(Object.entries(VECTORS))('key %j', (key, expected) => {
    it.each(TWEMPROXY_HASHES)('%s', (name) => {
      expect(hash(name, key)).toBe(expected[name]);
    });
  });

  it('hashes only the given range of the buffer', () => {
    const bytes = new TextEncoder().encode('xx123456789yy');
    for (const name of TWEMPROXY_HASHES) {
      expect(`0x${HASH_FUNCTIONS[name](bytes, 2, 9).toString(16)}`).toBe(VECTORS['123456789']?.[name]);
    }
  });

  it('returns unsigned 32-bit values for every length up to 70 bytes', () => {
    for (let n = 0; n <= 70; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) & 0xff);
      for (const name of TWEMPROXY_HASHES) {
        const h = HASH_FUNCTIONS[name](bytes, 0, n);
        expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
      }
    }
  });

  it('keeps crc32 to 15 bits (the libmemcached variant) and crc32a to the standard CRC-32', () => {
    expect(hash('crc32', '123456789')).toBe('0x4bf4');
    expect(hash('crc32a', '123456789')).toBe('0xcbf43926');
  });

  it('computes fnv1a_64 as nutcracker does: a 32-bit state with the 64-bit constants cut to 32 bits', () => {
    // The 32-bit prime 0x1b3 mixes the last byte only into nearby values: keys that differ in their
    // last character land close together on the ring (and so, mostly, on one shard).
    const near = (a: string, b: string): number => Math.abs(Number(hash('fnv1a_64', a)) - Number(hash('fnv1a_64', b)));
    expect(near('key:1', 'key:2')).toBeLessThan(0x10000);
    expect(Math.abs(Number(hash('murmur', 'key:1')) - Number(hash('murmur', 'key:2')))).toBeGreaterThan(0x10000);
  });
});
