import { describe, expect, it } from 'vitest';
import { tokenizeLines } from './monarch-test-runner';
import { vclLanguage } from './vcl';

const significant = (line: readonly (readonly [string, string])[] | undefined) =>
  (line ?? []).filter(([, t]) => t !== 'white');

describe('vcl tokenizer', () => {
  it('reads keywords, subroutines, variables, strings, durations and comments', () => {
    const lines = tokenizeLines(
      'vcl',
      vclLanguage,
      'vcl 4.1;\nsub vcl_recv {\n    if (req.url ~ {"^/a"b"}) { return (pass); }\n    set beresp.ttl = 120s; # two minutes\n}',
    );
    expect(significant(lines[0])).toEqual([
      ['vcl', 'keyword'],
      ['4.1', 'number'],
      [';', 'delimiter'],
    ]);
    expect(significant(lines[1])).toEqual([
      ['sub', 'keyword'],
      ['vcl_recv', 'type'],
      ['{', 'delimiter.curly'],
    ]);
    expect(significant(lines[2]).slice(0, 8)).toEqual([
      ['if', 'keyword'],
      ['(', 'delimiter.parenthesis'],
      ['req.url', 'variable'],
      ['~', 'operator'],
      ['{"', 'string.quote'],
      ['^/a"b', 'string'],
      ['"}', 'string.quote'],
      [')', 'delimiter.parenthesis'],
    ]);
    expect(significant(lines[2]).find(([w]) => w === 'pass')).toEqual(['pass', 'constant']);
    expect(significant(lines[3])).toEqual([
      ['set', 'keyword'],
      ['beresp.ttl', 'variable'],
      ['=', 'operator'],
      ['120s', 'number'],
      [';', 'delimiter'],
      ['# two minutes', 'comment'],
    ]);
  });
});
