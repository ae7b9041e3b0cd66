import { describe, expect, it } from 'vitest';
import { haproxyLanguage } from './haproxy';
import { tokenizeLines } from './monarch-test-runner';

describe('haproxy tokenizer', () => {
  it('reads section headers, keywords, addresses, times, quoted words and comments', () => {
    const lines = tokenizeLines(
      'haproxy',
      haproxyLanguage,
      '# top\nbackend upstreams\n    server a 10.0.0.1:80 weight 3 check\n    timeout connect 5000ms\n    cookie "a b\\$x" insert',
    );
    expect(lines[0]).toEqual([['# top', 'comment']]);
    expect(lines[1]).toEqual([
      ['backend', 'type'],
      ['upstreams', 'entity.name'],
    ]);
    expect(lines[2]?.filter(([, t]) => t !== 'white')).toEqual([
      ['server', 'keyword'],
      ['a', ''],
      ['10.0.0.1:80', 'number'],
      ['weight', ''],
      ['3', 'number'],
      ['check', ''],
    ]);
    expect(lines[3]?.filter(([, t]) => t !== 'white').at(-1)).toEqual(['5000ms', 'number']);
    expect(lines[4]?.filter(([, t]) => t.startsWith('string'))).toEqual([
      ['"', 'string.quote'],
      ['a b', 'string'],
      ['\\$', 'string.escape'],
      ['x', 'string'],
      ['"', 'string.quote'],
    ]);
  });
});
