import { describe, expect, it } from 'vitest';
import { renderVcl } from './render';
import { setDuration, setString, type VclProgram, when } from './tree';

const program = (over: Partial<VclProgram> = {}): VclProgram => ({
  header: ['Generated.'],
  backends: [{ name: 'app', host: '127.0.0.1', port: 8080 }],
  subs: [],
  ...over,
});

describe('renderVcl', () => {
  it('writes the version, backends and subroutines, four spaces a level', () => {
    const text = renderVcl(
      program({
        backends: [{ name: 'app', host: '127.0.0.1', port: 8080, connectTimeoutSeconds: 2 }],
        subs: [
          {
            name: 'vcl_recv',
            body: [
              when(
                '||',
                [
                  { kind: 'match', subject: 'req.url', pattern: '^/admin' },
                  { kind: 'match', subject: 'req.url', pattern: '^/a"b' },
                ],
                [{ kind: 'return', action: 'pass' }],
              ),
            ],
          },
          {
            name: 'vcl_deliver',
            body: [
              when(
                '&&',
                [{ kind: 'greater', subject: 'obj.hits', value: 0 }],
                [setString('resp.http.X-Cache', 'HIT')],
                [setString('resp.http.X-Cache', 'MISS'), setDuration('beresp.ttl', 5)],
              ),
            ],
          },
        ],
      }),
    );
    expect(text).toBe(
      [
        '# Generated.',
        'vcl 4.1;',
        '',
        'backend app {',
        '    .host = "127.0.0.1";',
        '    .port = "8080";',
        '    .connect_timeout = 2s;',
        '}',
        '',
        'sub vcl_recv {',
        '    if (req.url ~ "^/admin" || req.url ~ {"^/a"b"}) {',
        '        return (pass);',
        '    }',
        '}',
        '',
        'sub vcl_deliver {',
        '    if (obj.hits > 0) {',
        '        set resp.http.X-Cache = "HIT";',
        '    } else {',
        '        set resp.http.X-Cache = "MISS";',
        '        set beresp.ttl = 5s;',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps comments on one line', () => {
    const text = renderVcl(
      program({ header: ['a\n}'], subs: [{ name: 'vcl_recv', body: [{ kind: 'comment', text: 'x\ny' }] }] }),
    );
    expect(text.split('\n').slice(0, 2)).toEqual(['# a }', 'vcl 4.1;']);
    expect(text).toContain('    # x y\n');
  });

  it.each([
    ['a backend name that is no identifier', program({ backends: [{ name: 'a b', host: 'x', port: 1 }] })],
    [
      'a header name with a space',
      program({ subs: [{ name: 'vcl_deliver', body: [setString('resp.http.X Y', 'v')] }] }),
    ],
    [
      'a regex no single literal holds',
      program({
        subs: [{ name: 'vcl_recv', body: [when('||', [{ kind: 'match', subject: 'req.url', pattern: '"}"""' }], [])] }],
      }),
    ],
    [
      'a fractional duration',
      program({ subs: [{ name: 'vcl_backend_response', body: [setDuration('beresp.ttl', 1.5)] }] }),
    ],
  ])('refuses %s (a generator bug, never user input)', (_why, p) => {
    expect(() => renderVcl(p)).toThrow();
  });
});
