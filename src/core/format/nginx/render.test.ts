import { describe, expect, it } from 'vitest';
import { parseNginx } from '../../../../test/support/nginx';
import { block, comment, directive, noted } from './ast';
import { mainContext } from './base';
import { renderNginx } from './render';

describe('renderNginx', () => {
  it('indents blocks by four spaces and separates blocks by one blank line', () => {
    const text = renderNginx([
      directive('pid', '/tmp/nginx.pid'),
      block('events', [], [directive('worker_connections', '1024')]),
      block('http', [], [directive('access_log', '/dev/stdout'), block('server', [], [directive('listen', '80')])]),
    ]);
    expect(text).toBe(
      [
        'pid /tmp/nginx.pid;',
        '',
        'events {',
        '    worker_connections 1024;',
        '}',
        '',
        'http {',
        '    access_log /dev/stdout;',
        '',
        '    server {',
        '        listen 80;',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('ends with exactly one newline', () => {
    expect(renderNginx([directive('pid', 'x')])).toBe('pid x;\n');
    expect(renderNginx([block('events', [], [])])).toBe('events {\n}\n');
  });

  it('keeps comments on one line whatever their text', () => {
    const text = renderNginx([
      comment('a\nworker_processes 9;\r\n'),
      noted('pid', ['x'], 'b\nc;'),
      directive('pid', 'y'),
    ]);
    expect(text).toBe('# a worker_processes 9;\npid x;  # b c;\npid y;\n');
    expect(parseNginx(text)).toEqual([
      { name: 'pid', args: ['x'] },
      { name: 'pid', args: ['y'] },
    ]);
  });

  it('writes no comment for an empty note', () => {
    expect(renderNginx([noted('server', ['a:1'], '')])).toBe('server a:1;\n');
  });

  it('quotes arguments so a hostile value stays one argument', () => {
    const text = renderNginx([block('server', [], [directive('server_name', 'x; } include /etc/passwd; #')])]);
    expect(parseNginx(text)).toEqual([
      { name: 'server', args: [], children: [{ name: 'server_name', args: ['x; } include /etc/passwd; #'] }] },
    ]);
  });
});

describe('mainContext', () => {
  const nodes = parseNginx(renderNginx(mainContext({ title: 'test', http: [], stream: [] })));
  const top = nodes.map((n) => n.name);

  it('writes the pid under /tmp, errors to stderr and an events block', () => {
    expect(top).toEqual(['worker_processes', 'pid', 'error_log', 'events', 'http', 'stream']);
    expect(nodes[1]).toEqual({ name: 'pid', args: ['/tmp/nginx.pid'] });
    expect(nodes[2]).toEqual({ name: 'error_log', args: ['stderr'] });
  });

  it('logs access to stdout and keeps every temp path under /tmp', () => {
    const http = nodes.find((n) => n.name === 'http')?.children ?? [];
    expect(http.find((n) => n.name === 'access_log')?.args).toEqual(['/dev/stdout']);
    const temps = http.filter((n) => n.name.endsWith('_temp_path'));
    expect(temps.map((n) => n.name)).toEqual([
      'client_body_temp_path',
      'proxy_temp_path',
      'fastcgi_temp_path',
      'uwsgi_temp_path',
      'scgi_temp_path',
    ]);
    for (const t of temps) expect(t.args[0]).toMatch(/^\/tmp\/[a-z_]+$/);
  });

  it('writes no http or stream block unless asked', () => {
    const bare = parseNginx(renderNginx(mainContext({ title: 't' }))).map((n) => n.name);
    expect(bare).toEqual(['worker_processes', 'pid', 'error_log', 'events']);
  });
});
