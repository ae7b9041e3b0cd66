import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../../edit/sketch';
import { readHaproxy } from '../../../format/haproxy';
import type { Params, Resources } from '../../../model/design';
import { validate } from '../../../validate';
import { resolveParams } from '../../params';
import { anyParams } from '../totality.testing';
import { haproxy } from '.';

/** One HAProxy ambassador in a pod of its own, built with `params`. */
function built(params: Params = {}, resources?: Resources) {
  const design = sketchDesign({
    name: 'demo',
    workloads: [{ name: 'pod', containers: [{ template: 'haproxy', params, ...(resources ? { resources } : {}) }] }],
  });
  const workload = design.workloads[0];
  const container = workload?.containers[0];
  if (!workload || !container) throw new Error('fixture');
  const input = { design, workload, container, params: resolveParams(haproxy, container.params) };
  const contribution = haproxy.build(input);
  const text = contribution.files?.[0]?.content ?? '';
  const sections = readHaproxy(text).sections;
  const lines = (kind: string, name?: string) =>
    sections.find((s) => s.kind === kind && s.name === name)?.lines.map((l) => l.words.join(' '));
  return { input, contribution, text, sections, lines, diagnostics: haproxy.check?.(input) ?? [] };
}

const production = { name: 'production', host: 'production', port: 3000, weight: 3 };
const canary = { name: 'canary', host: 'canary.team.svc', port: 8080, weight: 1 };

describe('haproxy template', () => {
  it('has typed parameters with their defaults', () => {
    expect(Object.keys(haproxy.params)).toEqual([
      'listenPort',
      'mode',
      'upstreams',
      'stickiness',
      'cookieName',
      'connectTimeout',
      'clientTimeout',
      'serverTimeout',
      'statsPort',
    ]);
    const p = resolveParams(haproxy, {});
    expect([p.listenPort, p.mode, p.stickiness, p.statsPort]).toEqual([8000, 'http', 'none', 8404]);
    expect(haproxy.params.upstreams.columns.map((c) => c.key)).toEqual(['name', 'host', 'port', 'weight']);
  });

  it('writes an HTTP frontend on the listen port and a weighted round-robin backend, in table order', () => {
    const { sections, lines } = built({ upstreams: [production, canary], listenPort: 9000 });
    expect(sections.map((s) => [s.kind, s.name])).toEqual([
      ['global', undefined],
      ['defaults', undefined],
      ['frontend', 'ambassador'],
      ['backend', 'upstreams'],
      ['listen', 'stats'],
    ]);
    expect(lines('global')).toEqual(['log stdout format raw local0']);
    expect(lines('defaults')).toEqual([
      'mode http',
      'log global',
      'option httplog',
      'option dontlognull',
      'timeout connect 5000ms',
      'timeout client 30000ms',
      'timeout server 30000ms',
    ]);
    expect(lines('frontend', 'ambassador')).toEqual(['bind :9000', 'default_backend upstreams']);
    expect(lines('backend', 'upstreams')).toEqual([
      'balance roundrobin',
      'server production production:3000 weight 3 check',
      'server canary canary.team.svc:8080 weight 1 check',
    ]);
  });

  it('inserts a cookie per upstream with cookie stickiness', () => {
    const { lines } = built({ upstreams: [production, canary], stickiness: 'cookie', cookieName: 'pick' });
    expect(lines('backend', 'upstreams')).toEqual([
      'balance roundrobin',
      'cookie pick insert indirect nocache',
      'server production production:3000 weight 3 cookie production check',
      'server canary canary.team.svc:8080 weight 1 cookie canary check',
    ]);
  });

  it('brokers TCP connections in tcp mode, without cookies', () => {
    const { lines } = built({
      mode: 'tcp',
      stickiness: 'cookie',
      upstreams: [{ name: 'redis', host: 'redis', port: 6379, weight: 1 }],
    });
    expect(lines('defaults')?.slice(0, 3)).toEqual(['mode tcp', 'log global', 'option tcplog']);
    expect(lines('backend', 'upstreams')).toEqual(['balance roundrobin', 'server redis redis:6379 weight 1 check']);
  });

  it('writes the timeouts in milliseconds', () => {
    const { lines } = built({ connectTimeout: 1, clientTimeout: 3_600_000, serverTimeout: 250 });
    expect(lines('defaults')?.filter((l) => l.startsWith('timeout'))).toEqual([
      'timeout connect 1ms',
      'timeout client 3600000ms',
      'timeout server 250ms',
    ]);
  });

  it('serves /stats and /healthz on the stats port, probed for readiness; 0 turns both off', () => {
    const on = built({ statsPort: 9999 });
    expect(on.lines('listen', 'stats')).toEqual([
      'bind :9999',
      'mode http',
      'monitor-uri /healthz',
      'stats enable',
      'stats uri /stats',
      'stats refresh 10s',
    ]);
    expect(on.contribution.readinessProbe).toEqual({ kind: 'http', port: 9999, path: '/healthz', periodSeconds: 10 });
    expect(on.contribution.ports).toEqual([
      { name: 'haproxy', containerPort: 8000, scope: 'pod' },
      { name: 'haproxy-stats', containerPort: 9999, scope: 'pod' },
    ]);
    const off = built({ statsPort: 0 });
    expect(off.sections.map((s) => s.kind)).not.toContain('listen');
    expect(off.contribution.readinessProbe).toEqual({ kind: 'tcp', port: 8000, periodSeconds: 10 });
    expect(off.contribution.ports).toEqual([{ name: 'haproxy', containerPort: 8000, scope: 'pod' }]);
  });

  it('mounts haproxy.cfg where the official image reads it, and takes no command or args', () => {
    const { contribution } = built();
    expect(contribution.files?.map((f) => [f.name, f.mountPath, f.language])).toEqual([
      ['haproxy.cfg', '/usr/local/etc/haproxy/haproxy.cfg', 'haproxy'],
    ]);
    expect(contribution.command).toBeUndefined();
    expect(contribution.args).toBeUndefined();
    expect(contribution.notes?.[0]).toContain('resolves the upstream hosts (production, experiment)');
  });

  it('reports upstreams on localhost as targets in the pod', () => {
    const { input } = built({ upstreams: [{ name: 'a', host: '127.0.0.1', port: 9000, weight: 1 }, production] });
    expect(haproxy.connectsTo?.(input.params)).toEqual(['localhost:9000']);
  });

  describe('check()', () => {
    const field = (d: { target: { kind: string; field?: string } }) =>
      d.target.kind === 'container' ? d.target.field : '';

    it('is quiet for the defaults', () => {
      expect(built().diagnostics).toEqual([]);
    });

    it('[PS180] refuses two upstreams of one name', () => {
      const { diagnostics } = built({ upstreams: [production, { ...canary, name: 'production' }] });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS180', 'error', 'upstreams[1].name']]);
    });

    it('[PS181] refuses a stats port that is the listen port', () => {
      const { diagnostics } = built({ listenPort: 8404, statsPort: 8404 });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS181', 'error', 'statsPort']]);
    });

    it('[PS182] refuses an upstream that is the ambassador itself (listen or stats port)', () => {
      const { diagnostics } = built({
        upstreams: [
          { name: 'self', host: 'localhost', port: 8000, weight: 1 },
          { name: 'stats', host: '127.0.0.1', port: 8404, weight: 1 },
          { name: 'app', host: '127.0.0.1', port: 3000, weight: 1 },
        ],
      });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([
        ['PS182', 'error', 'upstreams[0].port'],
        ['PS182', 'error', 'upstreams[1].port'],
      ]);
      expect(diagnostics[1]?.message).toContain('own stats port');
    });

    it('[PS183] warns that cookie stickiness does nothing in TCP mode', () => {
      const { diagnostics } = built({ mode: 'tcp', stickiness: 'cookie' });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([['PS183', 'warning', 'stickiness']]);
    });

    it('[PS184] warns about one address listed twice', () => {
      const { diagnostics } = built({ upstreams: [production, { ...production, name: 'again' }] });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([
        ['PS184', 'warning', 'upstreams[1].host'],
      ]);
    });

    it('[PS185] warns about ports below 1024', () => {
      const { diagnostics } = built({ listenPort: 80, statsPort: 443 });
      expect(diagnostics.map((d) => [d.rule, d.severity, field(d)])).toEqual([
        ['PS185', 'warning', 'listenPort'],
        ['PS185', 'warning', 'statsPort'],
      ]);
    });
  });
});

describe('haproxy parameters a user types', () => {
  const design = (row: Params, cookieName = 'SERVERID') =>
    sketchDesign({
      name: 'demo',
      workloads: [
        {
          name: 'pod',
          containers: [{ template: 'haproxy', params: { upstreams: [{ ...production, ...row }], cookieName } }],
        },
      ],
    });
  const refused = (d: ReturnType<typeof design>, field: string) =>
    validate(d)
      .filter((x) => x.severity === 'error' && x.target.kind === 'container' && x.target.field === field)
      .map((x) => x.rule);

  it.each(['a b', 'a#b', 'a\nb', 'a"b', '$HOME', 'Prod', ''])('refuses the upstream name %j', (name) => {
    expect(refused(design({ name }), 'upstreams[0].name')).toEqual(['PS010']);
  });

  it.each(['a b', 'web#1', 'web\nserver x y', 'web:80', '-web', 'web..svc'])('refuses the host %j', (host) => {
    expect(refused(design({ host }), 'upstreams[0].host')).toEqual(['PS010']);
  });

  it.each(['a b', 'a#b', 'a;b', 'a\n', '"x"', ''])('refuses the cookie name %j', (cookieName) => {
    expect(refused(design({}, cookieName), 'cookieName')).toEqual(['PS010']);
  });
});

describe('haproxy build and check are total', () => {
  it('never throw, whatever values of the right types they get, and the file keeps its sections', () => {
    fc.assert(
      fc.property(anyParams(haproxy.params), (params) => {
        const { text, sections } = built(params);
        expect(sections.map((s) => s.kind).slice(0, 4)).toEqual(['global', 'defaults', 'frontend', 'backend']);
        expect(readHaproxy(text).stray).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
