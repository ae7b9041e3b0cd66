/**
 * The emitter's scanners (`isPlainSafe`, `block`) read each character once instead of running
 * regular expressions; these properties hold them to the regular expressions they replaced, so the
 * bytes of every manifest stay as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { block, isPlainSafe } from './emit';

const SPECIAL_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~|=|<<)$/i;
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]|[0-9])/;
const SAFE_PLAIN = /^[A-Za-z0-9_./][-A-Za-z0-9_./@%+=,:;()$^'"!?&*<>\\~` ]*$/;

function regexPlainSafe(s: string): boolean {
  if (s === '' || s.trim() !== s) return false;
  if (s.length > 1 && s[0] === '-' && s[1] !== ' ' && s[1] !== '-') {
    if (NUMBER_LIKE.test(s)) return false;
    return regexPlainSafe(`x${s.slice(1)}`);
  }
  if (s.startsWith('--') && s.length > 2) return regexPlainSafe(`x${s.slice(2)}`);
  if (!SAFE_PLAIN.test(s)) return false;
  if (SPECIAL_WORDS.test(s) || NUMBER_LIKE.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  return true;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: as in the emitter
const BLOCK_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

function regexBlock(s: string, indent: string): string | undefined {
  if (!s.includes('\n') || BLOCK_UNSAFE.test(s)) return undefined;
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  if (body === '') return undefined;
  const lines = body.split('\n');
  if (lines.some((l) => /^[ \t]+$/.test(l))) return undefined;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const indicator = lines[0]?.startsWith(' ') || lines[0] === '' ? '2' : '';
  const inner = `${indent}  `;
  const text = lines.map((l) => (l === '' ? '' : inner + l)).join('\n');
  const extra = trailing > 1 ? '\n'.repeat(trailing - 1) : '';
  return `|${indicator}${chomp}\n${text}${extra}`;
}

/** Strings made of the characters that decide plainness, so that the edge cases come up often. */
const tricky = fc.string({
  unit: fc.constantFrom(...'-:# .x1aYN/_\t\n\u00a0"\'{|~=<'.split(''), 'true', 'null', 'on', '--', ': ', '\u2028'),
  maxLength: 8,
});

describe('emitter scanners', () => {
  it.each(['', '-', '--', '---', '- x', '-1', '-.5', '-.x', '--port=1', 'a:', 'a: b', 'a :b', 'x ', 'On', 'NULL', '~'])(
    'isPlainSafe(%j) as before',
    (s) => expect(isPlainSafe(s)).toBe(regexPlainSafe(s)),
  );

  it('isPlainSafe decides as the regular expressions did', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        expect(isPlainSafe(s)).toBe(regexPlainSafe(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('block writes what the regular expressions wrote', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\n\n', 'x y', '\u0007'), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.constantFrom('', '  ', '    '), (s, indent) => {
        expect(block(s, indent)).toBe(regexBlock(s, indent));
      }),
      { numRuns: 20000 },
    );
  });
});
