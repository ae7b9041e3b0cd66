/**
 * Share links: the whole design in a URL fragment, so nothing leaves the browser. The payload is
 * `1.` (the link format) followed by the design's JSON, compressed with DEFLATE and written in
 * base64url. Decoding is for untrusted links: it refuses what is not a link, a cut-off or damaged
 * one, a link from a newer Podsmith, and a design that unpacks to more than `SHARE_LINK_MAX_BYTES`,
 * inflating in small steps so a compression bomb stops at the limit; the design then passes
 * through `restore()`.
 *
 * @example decodeShareLink(encodeShareLink(design)) // { ok: true, design }
 */
import { deflateSync, Inflate } from 'fflate';
import type { Design } from '../model/design';
import { type RestoreResult, restore } from './restore';

/** The link format this build writes and reads. */
export const SHARE_FORMAT = 1;

/** URL length (in characters) that common browsers, servers and chat tools keep intact. */
export const SHARE_LINK_LIMIT = 8000;

/** The largest design a link may unpack to. */
export const SHARE_LINK_MAX_BYTES = 2 * 1024 * 1024;

/** Payloads longer than this are refused before decoding (no browser keeps such a URL anyway). */
const MAX_PAYLOAD_LENGTH = 4 * 1024 * 1024;

/** Compressed bytes given to the inflater at a time: each step can unpack to at most about 1,000 times this. */
const STEP = 256;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string, offset: number): Uint8Array | string {
  if (text.length % 4 === 1) return 'incomplete';
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const v = VALUES.get(text[i] as string);
    if (v === undefined)
      return `the character ${JSON.stringify(text[i])} at position ${offset + i + 1} cannot be part of a link`;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (value >> bits) & 255;
    }
  }
  return out;
}

/**
 * The URL-fragment payload for a design (what follows `#`).
 *
 * @example `${location.origin}${location.pathname}#${encodeShareLink(design)}`
 */
export function encodeShareLink(design: Design): string {
  const bytes = new TextEncoder().encode(JSON.stringify(design));
  return `${SHARE_FORMAT}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

/** True when a whole share URL is longer than common limits keep (offer the JSON download instead). */
export function isShareLinkTooLong(url: string): boolean {
  return url.length > SHARE_LINK_LIMIT;
}

const fail = (message: string): RestoreResult => ({ ok: false, errors: [`share link: ${message}`] });

/** Inflates in steps, stopping as soon as the output passes the limit. */
function inflateLimited(data: Uint8Array): Uint8Array | string {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= SHARE_LINK_MAX_BYTES) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (total > SHARE_LINK_MAX_BYTES) return 'too large';
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return /unexpected EOF/i.test(message) ? 'incomplete' : `damaged (${message})`;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The design in a share link's payload (with or without its leading `#`), or one clear error.
 * Never throws.
 */
export function decodeShareLink(payload: string): RestoreResult {
  const text = payload.startsWith('#') ? payload.slice(1) : payload;
  if (text.length > MAX_PAYLOAD_LENGTH)
    return fail(
      `the link is ${text.length.toLocaleString('en')} characters long; Podsmith opens links of up to ${MAX_PAYLOAD_LENGTH.toLocaleString('en')}.`,
    );
  const m = /^([0-9]{1,6})\.(.*)$/s.exec(text);
  if (!m) return fail(`this is not a Podsmith share link (it should start with "${SHARE_FORMAT}.").`);
  const format = Number(m[1]);
  if (format > SHARE_FORMAT)
    return fail(
      `this link was made by a newer Podsmith (link format ${format}); this one reads format ${SHARE_FORMAT}. Update Podsmith to open it.`,
    );
  if (format !== SHARE_FORMAT) return fail(`link format ${format} is not one Podsmith writes.`);
  const bytes = fromBase64Url(m[2] as string, (m[1] as string).length + 1);
  if (bytes === 'incomplete' || (typeof bytes !== 'string' && bytes.length === 0))
    return fail('the link is incomplete (was it cut off when it was copied?).');
  if (typeof bytes === 'string') return fail(`the link is damaged: ${bytes}.`);
  const inflated = inflateLimited(bytes);
  if (inflated === 'incomplete') return fail('the link is incomplete (was it cut off when it was copied?).');
  if (inflated === 'too large')
    return fail(
      `the design in this link unpacks to more than ${SHARE_LINK_MAX_BYTES / 1024 / 1024} MB; Podsmith opens designs up to that size.`,
    );
  if (typeof inflated === 'string') return fail(`the link is ${inflated}.`);
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return fail('the link is damaged (its content is not text).');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('the link is damaged (its content is not a design).');
  }
  return restore(value);
}
