import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../../edit/sketch';
import { readVcl } from '../../../format/varnish';
import type { Params, Resources } from '../../../model/design';
import { validate } from '../../../validate';
import { resolveParams } from '../../params';
import { anyParams } from '../totality.testing';
import { varnish } from '.';
import { memoryBytes } from './check';
import { pathPattern } from './config';

/** One Varnish sidecar next to a legacy web app, built with `params`. */
function built(params: Params = {}, resources?: Resources) {
  const design = sketchDesign({
    name: 'demo',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-legacy-web', name: 'app' },
          { template: 'varnish', params, ...(resources ? { resources } : {}) },
        ],
      },
    ],
  });
  const workload = design.workloads[0];
  const container = workload?.containers[1];
  if (!workload || !container) throw new Error('fixture');
  const input = { design, workload, container, params: resolveParams(varnish, container.params) };
  const contribution = varnish.build(input);
  return {
    design,
    input,
    contribution,
    text: contribution.files?.[0]?.content ?? '',
    diagnostics: varnish.check?.(input) ?? [],
  };
}

const field = (d: { target: { kind: string; field?: string } }) =>
  d.target.kind === 'container' ? d.target.field : '';

describe('varnish template', () => {
  it('has typed parameters with their defaults', () => {
    const p = resolveParams(varnish, {});
    expect(p).toEqual({
      listenPort: 6081,
      backendPort: 8080,
      defaultTtl: 120,
      cacheSize: 256,
      noCachePaths: ['/admin'],
    });
  });

  it('runs varnishd in the foreground with the VCL, the listen address and a malloc store', () => {
    const { contribution } = built({ listenPort: 9000, cacheSize: 64 });
    expect(contribution.command).toEqual(['varnishd']);
    expect(contribution.args).toEqual(['-F', '-f', '/etc/varnish/default.vcl', '-a', ':9000', '-s', 'malloc,64m']);
    expect(contribution.ports).toEqual([{ name: 'cache', containerPort: 9000, scope: 'pod', expose: true }]);
    expect(contribution.readinessProbe).toEqual({ kind: 'tcp', port: 9000, periodSeconds: 10 });
    expect(contribution.files?.map((f) => [f.name, f.mountPath, f.language])).toEqual([
      ['default.vcl', '/etc/varnish/default.vcl', 'vcl'],
    ]);
  });

  it('writes a VCL 4.1 program: the app on 127.0.0.1, passed paths, the default TTL and X-Cache', () => {
    const { text } = built({ backendPort: 3000, defaultTtl: 60, noCachePaths: ['/admin', '/api/', '/v1.2'] });
    expect(text).toContain('vcl 4.1;\n');
    expect(text).toContain('backend app {\n    .host = "127.0.0.1";\n    .port = "3000";\n}\n');
    expect(text).toContain(
      '    if (req.url ~ "^/admin([/?]|$)" || req.url ~ "^/api/" || req.url ~ "^/v1\\.2([/?]|$)") {\n        return (pass);\n',
    );
    expect(text).toContain(
      '    if (!beresp.http.Cache-Control && !beresp.http.Expires) {\n        set beresp.ttl = 60s;\n    }\n',
    );
    expect(text).toContain('set resp.http.X-Cache = "HIT";');
    expect(text).toContain('set resp.http.X-Cache = "MISS";');
  });

  it('caches every path when none is listed', () => {
    const { text } = built({ noCachePaths: [] });
    expect(text).not.toContain('return (pass)');
    expect(text).toContain('sub vcl_recv {\n    # Every path may be cached.\n}\n');
  });

  it.each([
    ['/admin', '^/admin([/?]|$)', ['/admin', '/admin/users', '/admin?x=1'], ['/administrator', '/', '/x/admin']],
    ['/api/', '^/api/', ['/api/', '/api/v1'], ['/api', '/apix']],
    ['/a.b', '^/a\\.b([/?]|$)', ['/a.b'], ['/axb']],
  ])('matches %s with %s', (path, pattern, hits, misses) => {
    expect(pathPattern(path)).toBe(pattern);
    const re = new RegExp(pattern);
    for (const url of hits) expect(re.test(url), url).toBe(true);
    for (const url of misses) expect(re.test(url), url).toBe(false);
  });

  it('connects to the app on localhost, so PS005 finds it', () => {
    const { input, design } = built({ backendPort: 8080 });
    expect(varnish.connectsTo?.(input.params)).toEqual(['localhost:8080']);
    expect(validate(design).filter((d) => d.rule === 'PS005')).toEqual([]);
    const lost = built({ backendPort: 9999 }).design;
    expect(validate(lost).map((d) => d.rule)).toContain('PS005');
  });

  it.each(['admin', '/a b', '/a#b', '/a"b', '/a\nb', '/a(b', '/a$'])('refuses the no-cache path %j', (path) => {
    const { design } = built({ noCachePaths: [path] });
    const errors = validate(design).filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.rule, field(d)])).toEqual([['PS010', 'noCachePaths[0]']]);
  });

  describe('check()', () => {
    it('is quiet for the defaults', () => {
      expect(built().diagnostics).toEqual([]);
    });

    it('[PS190] refuses a backend port that is its own listen port', () => {
      const { diagnostics } = built({ listenPort: 8080, backendPort: 8080 });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS190', 'error', 'backendPort']]);
    });

    it('[PS191] warns that the no-cache path / leaves nothing cached', () => {
      const { diagnostics } = built({ noCachePaths: ['/admin', '/'] });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS191', 'warning', 'noCachePaths[1]']]);
    });

    it('[PS192] warns about a no-cache path listed twice', () => {
      const { diagnostics } = built({ noCachePaths: ['/admin', '/api/', '/admin'] });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS192', 'warning', 'noCachePaths[2]']]);
    });

    it('[PS193] warns when the cache and its overhead exceed the memory limit', () => {
      const tight = built({ cacheSize: 256 }, { limits: { memory: '256Mi' } });
      expect(tight.diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS193', 'warning', 'cacheSize']]);
      expect(tight.diagnostics[0]?.message).toBe(
        "A 256 MiB cache needs about 320 MiB with Varnish's overhead, more than the memory limit 256Mi: the container would be killed when the cache fills.",
      );
      expect(tight.diagnostics[0]?.fix).toBe('Lower the cache size to at most 204 MiB, or raise the memory limit.');
      expect(built({ cacheSize: 200 }, { limits: { memory: '256Mi' } }).diagnostics).toEqual([]);
      expect(built({ cacheSize: 256 }, { limits: { memory: '1Gi' } }).diagnostics).toEqual([]);
      expect(built({ cacheSize: 256 }, { requests: { memory: '64Mi' } }).diagnostics).toEqual([]);
    });
  });

  it.each([
    ['256Mi', 256 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['1G', 1e9],
    ['512M', 512e6],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['1048576', 1048576],
    ['lots', undefined],
  ])('reads the memory quantity %s', (q, bytes) => {
    expect(memoryBytes(q)).toBe(bytes);
  });
});

describe('varnish build and check are total', () => {
  it('never throw, whatever values of the right types they get, and the VCL keeps its subroutines', () => {
    fc.assert(
      fc.property(anyParams(varnish.params), (params) => {
        const { text } = built(params);
        // Every string is closed (the lexer would throw) and the blocks are the program's own.
        expect(readVcl(text).length).toBeGreaterThan(0);
        expect([...text.matchAll(/^(?:backend|sub) (\w+) \{$/gm)].map((m) => m[1])).toEqual([
          'app',
          'vcl_recv',
          'vcl_backend_response',
          'vcl_deliver',
        ]);
      }),
      { numRuns: 300 },
    );
  });
});
