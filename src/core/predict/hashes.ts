/**
 * The twelve key hashes of nutcracker 0.5 (`hash:` in nutcracker.yaml), bit for bit as its
 * `src/hashkit/` computes them on x86-64 Linux, where `char` is signed: the hashes that read the key
 * through a `char` (one_at_a_time, the four FNV variants, one byte of hsieh) sign-extend bytes
 * 0x80–0xff before mixing them in. Each function hashes `bytes[start .. start + length)` and returns
 * an unsigned 32-bit number.
 */
import { HASHES, type Hash } from '../format/nutcracker/config';
import { md5Words } from './md5';

/** nutcracker's hashes in hashkit order: the one list the generator writes and the predictor implements. */
export const TWEMPROXY_HASHES = HASHES;

export type TwemproxyHash = Hash;

export type HashFn = (bytes: Uint8Array, start: number, length: number) => number;

/** A byte read through a signed `char`, widened to 32 bits: 0x80 becomes 0xffffff80. */
const signed = (byte: number): number => (byte << 24) >> 24;

const u8 = (bytes: Uint8Array, i: number): number => bytes[i] as number;

function oneAtATime(bytes: Uint8Array, start: number, length: number): number {
  let h = 0;
  for (let i = start, end = start + length; i < end; i++) {
    h = (h + signed(u8(bytes, i))) | 0;
    h = (h + (h << 10)) | 0;
    h ^= h >>> 6;
  }
  h = (h + (h << 3)) | 0;
  h ^= h >>> 11;
  h = (h + (h << 15)) | 0;
  return h >>> 0;
}

const md5Out = new Int32Array(4);

function md5(bytes: Uint8Array, start: number, length: number): number {
  return (md5Words(bytes, start, length, md5Out)[0] as number) >>> 0;
}

/** CRC-16/XMODEM (polynomial 0x1021, not reflected) and CRC-32 (reflected 0xedb88320) tables. */
const CRC16 = new Uint16Array(256);
const CRC32 = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c16 = n << 8;
  let c32 = n;
  for (let k = 0; k < 8; k++) {
    c16 = c16 & 0x8000 ? ((c16 << 1) ^ 0x1021) & 0xffff : (c16 << 1) & 0xffff;
    c32 = c32 & 1 ? (c32 >>> 1) ^ 0xedb88320 : c32 >>> 1;
  }
  CRC16[n] = c16;
  CRC32[n] = c32;
}

/**
 * nutcracker 0.5's crc16: the XMODEM table, but run in a 32-bit variable that is never cut back to
 * 16 bits, so the result keeps the bits shifted out above bit 15.
 */
function crc16(bytes: Uint8Array, start: number, length: number): number {
  let crc = 0;
  for (let i = start, end = start + length; i < end; i++) {
    crc = (crc << 8) ^ (CRC16[((crc >>> 8) ^ u8(bytes, i)) & 0xff] as number);
  }
  return crc >>> 0;
}

function crc32Raw(bytes: Uint8Array, start: number, length: number): number {
  let crc = -1;
  for (let i = start, end = start + length; i < end; i++) {
    crc = (crc >>> 8) ^ (CRC32[(crc ^ u8(bytes, i)) & 0xff] as number);
  }
  return ~crc;
}

/** libmemcached's crc32: bits 16–30 of the standard CRC-32. */
function crc32(bytes: Uint8Array, start: number, length: number): number {
  return (crc32Raw(bytes, start, length) >>> 16) & 0x7fff;
}

/** The standard CRC-32 (as zlib computes it). */
function crc32a(bytes: Uint8Array, start: number, length: number): number {
  return crc32Raw(bytes, start, length) >>> 0;
}

const FNV32_PRIME = 16777619;
const FNV32_INIT = 2166136261 | 0;
/** The low 32 bits of the 64-bit FNV prime (0x100000001b3) and offset basis (0xcbf29ce484222325). */
const FNV64_PRIME_LOW = 0x1b3;
const FNV64_INIT_LOW = 0x84222325 | 0;

/**
 * nutcracker's `fnv1_64`: 64-bit FNV-1 cut to its low 32 bits. The low word of a 64-bit product
 * depends only on the low words of its factors, so it is computed in 32 bits exactly.
 */
function fnv1_64(bytes: Uint8Array, start: number, length: number): number {
  let h = FNV64_INIT_LOW;
  for (let i = start, end = start + length; i < end; i++) {
    h = Math.imul(h, FNV64_PRIME_LOW);
    h ^= signed(u8(bytes, i));
  }
  return h >>> 0;
}

/**
 * nutcracker's `fnv1a_64`: a 32-bit FNV-1a whose offset basis and prime are the 64-bit ones cut to
 * 32 bits (0x84222325 and 0x1b3). With so small a prime, keys that differ in their last bytes land
 * close together on the ring.
 */
function fnv1a_64(bytes: Uint8Array, start: number, length: number): number {
  let h = FNV64_INIT_LOW;
  for (let i = start, end = start + length; i < end; i++) {
    h ^= signed(u8(bytes, i));
    h = Math.imul(h, FNV64_PRIME_LOW);
  }
  return h >>> 0;
}

function fnv1_32(bytes: Uint8Array, start: number, length: number): number {
  let h = FNV32_INIT;
  for (let i = start, end = start + length; i < end; i++) {
    h = Math.imul(h, FNV32_PRIME);
    h ^= signed(u8(bytes, i));
  }
  return h >>> 0;
}

function fnv1a_32(bytes: Uint8Array, start: number, length: number): number {
  let h = FNV32_INIT;
  for (let i = start, end = start + length; i < end; i++) {
    h ^= signed(u8(bytes, i));
    h = Math.imul(h, FNV32_PRIME);
  }
  return h >>> 0;
}

const get16 = (bytes: Uint8Array, i: number): number => u8(bytes, i) | (u8(bytes, i + 1) << 8);

const get32 = (bytes: Uint8Array, i: number): number =>
  u8(bytes, i) | (u8(bytes, i + 1) << 8) | (u8(bytes, i + 2) << 16) | (u8(bytes, i + 3) << 24);

/** Paul Hsieh's SuperFastHash as nutcracker has it (the 3-byte tail reads its last byte signed). */
function hsieh(bytes: Uint8Array, start: number, length: number): number {
  if (length <= 0) return 0;
  let h = 0;
  let at = start;
  for (let blocks = length >>> 2; blocks > 0; blocks--, at += 4) {
    h = (h + get16(bytes, at)) | 0;
    const tmp = (get16(bytes, at + 2) << 11) ^ h;
    h = (h << 16) ^ tmp;
    h = (h + (h >>> 11)) | 0;
  }
  switch (length & 3) {
    case 3:
      h = (h + get16(bytes, at)) | 0;
      h ^= h << 16;
      h ^= signed(u8(bytes, at + 2)) << 18;
      h = (h + (h >>> 11)) | 0;
      break;
    case 2:
      h = (h + get16(bytes, at)) | 0;
      h ^= h << 11;
      h = (h + (h >>> 17)) | 0;
      break;
    case 1:
      h = (h + u8(bytes, at)) | 0;
      h ^= h << 10;
      h = (h + (h >>> 1)) | 0;
      break;
  }
  h ^= h << 3;
  h = (h + (h >>> 5)) | 0;
  h ^= h << 4;
  h = (h + (h >>> 17)) | 0;
  h ^= h << 25;
  h = (h + (h >>> 6)) | 0;
  return h >>> 0;
}

const MURMUR_M = 0x5bd1e995;

/** MurmurHash2 with nutcracker's seed: 0xdeadbeef times the length. */
function murmur(bytes: Uint8Array, start: number, length: number): number {
  let h = Math.imul(0xdeadbeef | 0, length) ^ length;
  let at = start;
  let left = length;
  for (; left >= 4; left -= 4, at += 4) {
    let k = get32(bytes, at);
    k = Math.imul(k, MURMUR_M);
    k ^= k >>> 24;
    k = Math.imul(k, MURMUR_M);
    h = Math.imul(h, MURMUR_M) ^ k;
  }
  if (left === 3) h ^= u8(bytes, at + 2) << 16;
  if (left >= 2) h ^= u8(bytes, at + 1) << 8;
  if (left >= 1) h = Math.imul(h ^ u8(bytes, at), MURMUR_M);
  h ^= h >>> 13;
  h = Math.imul(h, MURMUR_M);
  h ^= h >>> 15;
  return h >>> 0;
}

const rot = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** Bob Jenkins' lookup3 `hashlittle` with initval 13 (its three code paths agree on little-endian machines). */
function jenkins(bytes: Uint8Array, start: number, length: number): number {
  let a = (0xdeadbeef + length + 13) | 0;
  let b = a;
  let c = a;
  if (length === 0) return c >>> 0;
  let at = start;
  let left = length;
  for (; left > 12; left -= 12, at += 12) {
    a = (a + get32(bytes, at)) | 0;
    b = (b + get32(bytes, at + 4)) | 0;
    c = (c + get32(bytes, at + 8)) | 0;
    a = (a - c) | 0;
    a ^= rot(c, 4);
    c = (c + b) | 0;
    b = (b - a) | 0;
    b ^= rot(a, 6);
    a = (a + c) | 0;
    c = (c - b) | 0;
    c ^= rot(b, 8);
    b = (b + a) | 0;
    a = (a - c) | 0;
    a ^= rot(c, 16);
    c = (c + b) | 0;
    b = (b - a) | 0;
    b ^= rot(a, 19);
    a = (a + c) | 0;
    c = (c - b) | 0;
    c ^= rot(b, 4);
    b = (b + a) | 0;
  }
  // The last 1..12 bytes, little-endian into a, b, c.
  for (let i = 0; i < left; i++) {
    const v = u8(bytes, at + i) << ((i & 3) << 3);
    if (i < 4) a = (a + v) | 0;
    else if (i < 8) b = (b + v) | 0;
    else c = (c + v) | 0;
  }
  c ^= b;
  c = (c - rot(b, 14)) | 0;
  a ^= c;
  a = (a - rot(c, 11)) | 0;
  b ^= a;
  b = (b - rot(a, 25)) | 0;
  c ^= b;
  c = (c - rot(b, 16)) | 0;
  a ^= c;
  a = (a - rot(c, 4)) | 0;
  b ^= a;
  b = (b - rot(a, 14)) | 0;
  c ^= b;
  c = (c - rot(b, 24)) | 0;
  return c >>> 0;
}

/** Every hash by its nutcracker name. */
export const HASH_FUNCTIONS: Readonly<Record<TwemproxyHash, HashFn>> = {
  one_at_a_time: oneAtATime,
  md5,
  crc16,
  crc32,
  crc32a,
  fnv1_64,
  fnv1a_64,
  fnv1_32,
  fnv1a_32,
  hsieh,
  murmur,
  jenkins,
};

/**
 * Hashes with the hash numbered `id` (its index in `TWEMPROXY_HASHES`). One call site per hash keeps
 * each call monomorphic, which matters when several pools are in use.
 */
export function hashById(id: number, bytes: Uint8Array, start: number, length: number): number {
  switch (id) {
    case 0:
      return oneAtATime(bytes, start, length);
    case 1:
      return md5(bytes, start, length);
    case 2:
      return crc16(bytes, start, length);
    case 3:
      return crc32(bytes, start, length);
    case 4:
      return crc32a(bytes, start, length);
    case 5:
      return fnv1_64(bytes, start, length);
    case 6:
      return fnv1a_64(bytes, start, length);
    case 7:
      return fnv1_32(bytes, start, length);
    case 8:
      return fnv1a_32(bytes, start, length);
    case 9:
      return hsieh(bytes, start, length);
    case 10:
      return murmur(bytes, start, length);
    default:
      return jenkins(bytes, start, length);
  }
}

/** True when `name` is one of nutcracker's hash names. */
export function isTwemproxyHash(name: string): name is TwemproxyHash {
  return (TWEMPROXY_HASHES as readonly string[]).includes(name);
}
