import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expectOneClearError } from '../../../test/support/refusal';
import { ECHO, EVERY_KIND } from '../catalog/user/testing/echo';
import { addWorkload } from '../edit/ops';
import { addContainer } from '../edit/template-ops';
import { putUserTemplate } from '../edit/templates';
import { EXAMPLES, getExample } from '../examples';
import type { Design } from '../model/design';
import { decodeShareLink, encodeShareLink, isShareLinkTooLong, SHARE_LINK_LIMIT, SHARE_LINK_MAX_BYTES } from './share';

const sharded = getExample('sharded-redis')?.design as Design;

/** base64url the way any other encoder writes it, to build hostile links by hand. */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const linkOf = (text: string, format = 1) => `${format}.${base64url(deflateSync(new TextEncoder().encode(text)))}`;

describe('share links', () => {
  it.each(EXAMPLES.map((e) => [e.name, e.design] as const))('carry %s whole', (_, design) => {
    expect(decodeShareLink(encodeShareLink(design))).toEqual({ ok: true, design });
  });

  it('carry the first example in well under 2,000 characters, URL-safe', () => {
    const payload = encodeShareLink(sharded);
    expect(payload.length).toBeLessThan(2000);
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it('carry kept objects (extras) whole, in their key order', () => {
    const design: Design = {
      ...sharded,
      extras: [
        {
          id: 'k1',
          object: {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'Ingress',
            metadata: { name: 'web', labels: { tier: 'edge' } },
            spec: { rules: [{ host: 'shop.example.com' }] },
          },
        },
        {
          id: 'k2',
          object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'other' } },
        },
      ],
    };
    const decoded = decodeShareLink(encodeShareLink(design));
    expect(decoded).toEqual({ ok: true, design });
    expect(JSON.stringify(decoded.ok && decoded.design)).toBe(JSON.stringify(design));
  });

  it('carry the user templates a design uses, so the link opens in a browser that never saw them', () => {
    let d = getExample('sharded-redis')?.design as Design;
    for (const t of [ECHO, EVERY_KIND]) {
      d = putUserTemplate(d, t);
      d = addWorkload(d, { name: t.defaultName });
      d = addContainer(d, d.workloads.at(-1)?.id ?? '', t.id);
    }
    const r = decodeShareLink(encodeShareLink(d));
    expect(r).toEqual({ ok: true, design: d });
    expect(r.ok && r.design.templates.map((t) => t.id)).toEqual(['user.echo-server', 'user.every-kind']);
  });

  it('read a payload with its leading #', () => {
    expect(decodeShareLink(`#${encodeShareLink(sharded)}`)).toEqual({ ok: true, design: sharded });
  });

  it('give the same payload for the same design', () => {
    expect(encodeShareLink(structuredClone(sharded))).toBe(encodeShareLink(sharded));
  });

  it('encode any text in names exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
        const design = { ...sharded, name };
        expect(decodeShareLink(encodeShareLink(design))).toEqual({ ok: true, design });
      }),
      { numRuns: 100 },
    );
  });

  it('say when a link is too long for common limits', () => {
    expect(SHARE_LINK_LIMIT).toBe(8000);
    expect(isShareLinkTooLong(`https://podsmith.example/#${'a'.repeat(7000)}`)).toBe(false);
    expect(isShareLinkTooLong(`https://podsmith.example/#${'a'.repeat(8000)}`)).toBe(true);
  });
});

const payload = encodeShareLink(sharded);
const INCOMPLETE = 'share link: the link is incomplete (was it cut off when it was copied?).';

const HOSTILE: readonly [string, () => string, string | RegExp][] = [
  ['cut off', () => payload.slice(0, payload.length - 30), INCOMPLETE],
  ['cut off by one character', () => payload.slice(0, -1), INCOMPLETE],
  ['only its format', () => '1.', INCOMPLETE],
  [
    'not a link at all',
    () => 'hello world',
    'share link: this is not a Podsmith share link (it should start with "1.").',
  ],
  [
    'a character no link has',
    () => `${payload.slice(0, 20)}*${payload.slice(21)}`,
    'share link: the link is damaged: the character "*" at position 21 cannot be part of a link.',
  ],
  [
    'damaged bytes',
    () => `${payload.slice(0, 10)}AAAA${payload.slice(14)}`,
    /^share link: the link is damaged \(.+\)\.$/,
  ],
  [
    'a newer link format',
    () => `2.${payload.slice(2)}`,
    'share link: this link was made by a newer Podsmith (link format 2); this one reads format 1. Update Podsmith to open it.',
  ],
  [
    'a design of a future version',
    () => linkOf(JSON.stringify({ ...sharded, schemaVersion: 99 })),
    'schemaVersion: this design was saved by a newer Podsmith (version 99); this one reads versions up to 4. Update Podsmith to open it.',
  ],
  ['text that is not JSON', () => linkOf('not json'), 'share link: the link is damaged (its content is not a design).'],
  [
    'bytes that are not text',
    () => `1.${base64url(deflateSync(new Uint8Array([0xff, 0xfe, 0x00])))}`,
    'share link: the link is damaged (its content is not text).',
  ],
  ['JSON that is not a design', () => linkOf('[1,2]'), '(document): expected a design object, got a list'],
  [
    'a __proto__ key',
    () => linkOf(`{"__proto__":{"x":1},${JSON.stringify(sharded).slice(1)}`),
    '__proto__: "__proto__" is not allowed as a key',
  ],
  [
    'a compression bomb',
    () => `1.${base64url(deflateSync(new Uint8Array(20 * 1024 * 1024), { level: 9 }))}`,
    `share link: the design in this link unpacks to more than ${SHARE_LINK_MAX_BYTES / 1024 / 1024} MB; Podsmith opens designs up to that size.`,
  ],
  [
    'a 50 MB link',
    () => `1.${'A'.repeat(50 * 1024 * 1024)}`,
    'share link: the link is 52,428,802 characters long; Podsmith opens links of up to 4,194,304.',
  ],
];

describe('share links refuse', () => {
  it.each(HOSTILE)('%s, with one clear error, in under a second', (_, make, expected) => {
    const link = make();
    expectOneClearError(() => decodeShareLink(link), expected);
  });
});
