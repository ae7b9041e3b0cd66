import { describe, expect, it } from 'vitest';
import { jsonLanguage } from './json';
import { tokenizeLines } from './monarch-test-runner';

describe('json tokenizer', () => {
  it('tells keys from string values and reads numbers and literals', () => {
    expect(tokenizeLines('json', jsonLanguage, '{\n  "a\\"b": [1, -2.5e3, true, null, "x"]\n}')).toEqual([
      [['{', 'delimiter.bracket']],
      [
        ['"a\\"b"', 'string.key'],
        [':', 'delimiter'],
        ['[', 'delimiter.array'],
        ['1', 'number'],
        [',', 'delimiter'],
        ['-2.5e3', 'number'],
        [',', 'delimiter'],
        ['true', 'keyword'],
        [',', 'delimiter'],
        ['null', 'keyword'],
        [',', 'delimiter'],
        ['"x"', 'string.value'],
        [']', 'delimiter.array'],
      ],
      [['}', 'delimiter.bracket']],
    ]);
  });

  it('marks what is not JSON', () => {
    expect(tokenizeLines('json', jsonLanguage, '{ bad: 1 }')[0]?.[1]).toEqual(['bad', 'invalid']);
  });
});
