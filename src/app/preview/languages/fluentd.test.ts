import { describe, expect, it } from 'vitest';
import { fluentdLanguage } from './fluentd';
import { tokenizeLines } from './monarch-test-runner';

const lines = (text: string) => tokenizeLines('fluentd', fluentdLanguage, text);

describe('fluentd tokenizer', () => {
  it('reads section tags with their patterns and labels', () => {
    expect(lines('<match redis.** app.*>\n</match>\n<label @OUT>')).toEqual([
      [
        ['<match', 'tag'],
        ['redis.**', 'attribute.value'],
        ['app.*', 'attribute.value'],
        ['>', 'tag'],
      ],
      [['</match>', 'tag']],
      [
        ['<label', 'tag'],
        ['@OUT', 'variable'],
        ['>', 'tag'],
      ],
    ]);
  });

  it('reads buffer chunk keys separated by commas', () => {
    expect(lines('<buffer tag, time>')[0]).toEqual([
      ['<buffer', 'tag'],
      ['tag', 'attribute.value'],
      [',', 'delimiter'],
      ['time', 'attribute.value'],
      ['>', 'tag'],
    ]);
  });

  it('reads @-directives and parameters with typed values', () => {
    expect(
      lines('  @type redis_slowlog\n  port 6379\n  interval 10s\n  logsize 128\n  flush true\n  tag redis.slow'),
    ).toEqual([
      [
        ['@type', 'keyword'],
        ['redis_slowlog', ''],
      ],
      [
        ['port', 'key'],
        ['6379', 'number'],
      ],
      [
        ['interval', 'key'],
        ['10s', 'number'],
      ],
      [
        ['logsize', 'key'],
        ['128', 'number'],
      ],
      [
        ['flush', 'key'],
        ['true', 'keyword'],
      ],
      [
        ['tag', 'key'],
        ['redis.slow', ''],
      ],
    ]);
  });

  it('ends a value at the end of its line, so the next word is a parameter name again', () => {
    expect(lines('host localhost\nport 6379').map((tokens) => tokens[0])).toEqual([
      ['host', 'key'],
      ['port', 'key'],
    ]);
  });

  it('reads comments on their own line and after a value', () => {
    expect(lines('# Redis slow log\nhost "redis" # the app')).toEqual([
      [['# Redis slow log', 'comment']],
      [
        ['host', 'key'],
        ['"', 'string.quote'],
        ['redis', 'string'],
        ['"', 'string.quote'],
        [' # the app', 'comment'],
      ],
    ]);
  });

  it('reads #{…} interpolation and escapes inside double quotes only', () => {
    expect(lines("path \"#{ENV['LOG']}/a\\\"b\"\nformat '#{x}'")).toEqual([
      [
        ['path', 'key'],
        ['"', 'string.quote'],
        ["#{ENV['LOG']}", 'variable'],
        ['/a', 'string'],
        ['\\"', 'string.escape'],
        ['b', 'string'],
        ['"', 'string.quote'],
      ],
      [
        ['format', 'key'],
        ["'", 'string.quote'],
        ['#{x}', 'string'],
        ["'", 'string.quote'],
      ],
    ]);
  });

  it('keeps a JSON array value open across lines', () => {
    const tokens = lines('keys ["a",\n  "b"]\nport 1');
    expect(tokens[1]).toEqual([
      ['"', 'string.quote'],
      ['b', 'string'],
      ['"', 'string.quote'],
      [']', 'delimiter.square'],
    ]);
    expect(tokens[2]?.[0]).toEqual(['port', 'key']);
  });
});
