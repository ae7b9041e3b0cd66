import { describe, expect, it } from 'vitest';
import { tokenizeLine, tokenizeLines } from './monarch-test-runner';
import { nginxLanguage } from './nginx';

const line = (text: string) => tokenizeLine('nginx', nginxLanguage, text);

describe('nginx tokenizer', () => {
  it('reads a simple directive: name, path argument, semicolon, trailing comment', () => {
    expect(line('pid /tmp/nginx.pid; # writable')).toEqual([
      ['pid', 'keyword'],
      ['/tmp/nginx.pid', ''],
      [';', 'delimiter'],
      ['# writable', 'comment'],
    ]);
  });

  it('tells block directives from simple ones by the brace that follows', () => {
    expect(line('upstream backends { server web:80; }')).toEqual([
      ['upstream', 'type'],
      ['backends', ''],
      ['{', 'delimiter.curly'],
      ['server', 'keyword'],
      ['web:80', ''],
      [';', 'delimiter'],
      ['}', 'delimiter.curly'],
    ]);
    expect(line('server {')[0]).toEqual(['server', 'type']);
  });

  it('knows block names whose brace is on the next line', () => {
    expect(tokenizeLines('nginx', nginxLanguage, 'http\n{\n  sendfile on;\n}').map((tokens) => tokens[0])).toEqual([
      ['http', 'type'],
      ['{', 'delimiter.curly'],
      ['sendfile', 'keyword'],
      ['}', 'delimiter.curly'],
    ]);
  });

  it('colours key=value parameters, numbers with units and on/off', () => {
    expect(line('server 10.0.0.1:8080 weight=3 max_fails=2 fail_timeout=30s;')).toEqual([
      ['server', 'keyword'],
      ['10.0.0.1:8080', ''],
      ['weight', 'attribute.name'],
      ['=', 'delimiter'],
      ['3', 'number'],
      ['max_fails', 'attribute.name'],
      ['=', 'delimiter'],
      ['2', 'number'],
      ['fail_timeout', 'attribute.name'],
      ['=', 'delimiter'],
      ['30s', 'number'],
      [';', 'delimiter'],
    ]);
    expect(line('client_max_body_size 10m;')[1]).toEqual(['10m', 'number']);
    expect(line('access_log off;')[1]).toEqual(['off', 'constant']);
    expect(line('listen 8443 ssl;').slice(1, 3)).toEqual([
      ['8443', 'number'],
      ['ssl', ''],
    ]);
  });

  it('reads variables alone and inside double-quoted strings, with escapes', () => {
    const braced = '$' + '{host}';
    expect(line(`return 200 "hi $remote_addr \\" ${braced}";`)).toEqual([
      ['return', 'keyword'],
      ['200', 'number'],
      ['"', 'string.quote'],
      ['hi ', 'string'],
      ['$remote_addr', 'variable'],
      ['\\"', 'string.escape'],
      [braced, 'variable'],
      ['"', 'string.quote'],
      [';', 'delimiter'],
    ]);
    expect(line("set $backend 'a;b';").slice(1)).toEqual([
      ['$backend', 'variable'],
      ["'", 'string.quote'],
      ['a;b', 'string'],
      ["'", 'string.quote'],
      [';', 'delimiter'],
    ]);
  });

  it('reads a location regular expression after ~ or ~*', () => {
    expect(line('location ~* \\.(png|jpg)$ {')).toEqual([
      ['location', 'type'],
      ['~*', 'operator'],
      ['\\.(png|jpg)$', 'regexp'],
      ['{', 'delimiter.curly'],
    ]);
    expect(line('location = /healthz {').slice(1, 3)).toEqual([
      ['=', 'operator'],
      ['/healthz', ''],
    ]);
  });

  it('is not misled by braces or quotes inside arguments when looking for a block', () => {
    expect(line('return 200 "{";')[0]).toEqual(['return', 'keyword']);
    expect(line('set $x "a\\"{";')[0]).toEqual(['set', 'keyword']);
    expect(line('if ($http_x ~ "^a;b") {')[0]).toEqual(['if', 'type']);
  });

  it('keeps # inside a word and a ; inside a string from ending anything', () => {
    expect(line('add_header X-Frag a#b;')).toEqual([
      ['add_header', 'keyword'],
      ['X-Frag', ''],
      ['a#b', ''],
      [';', 'delimiter'],
    ]);
  });

  it('carries an unterminated string over to the next line', () => {
    const lines = tokenizeLines('nginx', nginxLanguage, 'return 200 "one\ntwo";\nlisten 80;');
    expect(lines[1]).toEqual([
      ['two', 'string'],
      ['"', 'string.quote'],
      [';', 'delimiter'],
    ]);
    expect(lines[2]?.[0]).toEqual(['listen', 'keyword']);
  });

  it('returns to directive names after each statement and block', () => {
    const lines = tokenizeLines('nginx', nginxLanguage, 'events {}\nstream {\n  server {\n    proxy_pass db;\n  }\n}');
    expect(lines.map((tokens) => tokens[0]?.[1])).toEqual([
      'type',
      'type',
      'type',
      'keyword',
      'delimiter.curly',
      'delimiter.curly',
    ]);
  });
});

describe('nginx tokenizer on hostile lines', () => {
  it('stays fast on a long line with no brace (no catastrophic backtracking)', () => {
    const started = performance.now();
    line(`set ${'$a$bc"x"'.repeat(2000)}`);
    line(`${'a'.repeat(5000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
