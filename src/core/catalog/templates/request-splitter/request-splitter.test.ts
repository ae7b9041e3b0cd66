import { describe, expect, it } from 'vitest';
import { buildOne, find, findAll } from '../../../../../test/support/nginx';
import { resolveParams } from '../../params';
import { splitterUpstreams } from './config';
import { requestSplitter } from './index';

const production = { name: 'production', host: 'production', port: 3000, weight: 9 };
const experiment = { name: 'experiment', host: 'experiment.team.svc', port: 8080, weight: 1 };
const rows = [production, experiment];

describe('request-splitter template', () => {
  it('keeps the parameter keys the ip_hash prediction reads', () => {
    expect(Object.keys(requestSplitter.params)).toEqual(['listenPort', 'upstreams', 'stickiness', 'stickyHeader']);
    const upstreams = requestSplitter.params.upstreams;
    expect(upstreams?.kind === 'table' && upstreams.columns.map((c) => c.key)).toEqual([
      'name',
      'host',
      'port',
      'weight',
    ]);
    expect(requestSplitter.params.stickiness).toMatchObject({
      default: 'ip_hash',
      options: ['ip_hash', 'header', 'none'],
    });
    expect(requestSplitter.params.stickyHeader).toMatchObject({ default: 'x-user-id' });
    expect(requestSplitter.params.listenPort).toMatchObject({ default: 80 });
  });

  it('writes an ip_hash upstream inside http with HOST:PORT weight=W lines in table order', () => {
    const { nodes } = buildOne('request-splitter', { upstreams: rows });
    const upstream = find(nodes, ['http'], 'upstream');
    expect(upstream?.args).toEqual(['backend']);
    expect(upstream?.children).toEqual([
      { name: 'ip_hash', args: [] },
      { name: 'server', args: ['production:3000', 'weight=9'] },
      { name: 'server', args: ['experiment.team.svc:8080', 'weight=1'] },
    ]);
    expect(find(nodes, ['http', 'server'], 'listen')?.args).toEqual(['80']);
    expect(find(nodes, ['http', 'server', 'location'], 'proxy_pass')?.args).toEqual(['http://backend']);
  });

  it('lets ip_hash see the user behind the app: realip trusts X-Forwarded-For from 127.0.0.1 only', () => {
    const { nodes } = buildOne('request-splitter', { upstreams: rows });
    expect(find(nodes, ['http', 'server'], 'set_real_ip_from')?.args).toEqual(['127.0.0.1']);
    expect(find(nodes, ['http', 'server'], 'real_ip_header')?.args).toEqual(['X-Forwarded-For']);
    const plain = buildOne('request-splitter', { upstreams: rows, stickiness: 'none' }).nodes;
    expect(find(plain, ['http', 'server'], 'set_real_ip_from')).toBeUndefined();
  });

  it('hashes the sticky header consistently when stickiness is header', () => {
    const { nodes } = buildOne('request-splitter', {
      upstreams: rows,
      stickiness: 'header',
      stickyHeader: 'X-User-Id',
    });
    const upstream = find(nodes, ['http'], 'upstream');
    expect(upstream?.children?.[0]).toEqual({ name: 'hash', args: ['$http_x_user_id', 'consistent'] });
    expect(findAll(nodes, ['http', 'upstream'], 'ip_hash')).toEqual([]);
  });

  it('balances by weight alone when stickiness is none', () => {
    const { nodes } = buildOne('request-splitter', { upstreams: rows, stickiness: 'none' });
    expect(find(nodes, ['http'], 'upstream')?.children?.map((c) => c.name)).toEqual(['server', 'server']);
  });

  it('never writes backup, load_module, ssl on or http2', () => {
    for (const stickiness of ['ip_hash', 'header', 'none']) {
      const { text } = buildOne('request-splitter', { upstreams: rows, stickiness });
      expect(text).not.toMatch(/backup|load_module|ssl on|http2/);
    }
  });

  it('splitterUpstreams gives exactly the server lines, in config order', () => {
    const { nodes, input } = buildOne('request-splitter', { upstreams: rows });
    const servers = findAll(nodes, ['http', 'upstream'], 'server');
    const predicted = splitterUpstreams(input.params);
    expect(predicted).toEqual([
      { address: 'production:3000', weight: 9, name: 'production' },
      { address: 'experiment.team.svc:8080', weight: 1, name: 'experiment' },
    ]);
    expect(servers.map((s) => s.args)).toEqual(predicted.map((p) => [p.address, `weight=${p.weight}`]));
  });

  it('writes weights of at least 1 even for a refused weight', () => {
    const { nodes } = buildOne('request-splitter', {
      upstreams: [
        { name: 'a', host: 'a', port: 80, weight: 0 },
        { name: 'b', host: 'b', port: 80, weight: 2.5 },
      ],
    });
    expect(findAll(nodes, ['http', 'upstream'], 'server').map((s) => s.args[1])).toEqual(['weight=1', 'weight=2']);
  });

  it('offers its port to the pod and mounts nginx.conf with subPath at /etc/nginx/nginx.conf', () => {
    const { contribution } = buildOne('request-splitter', { listenPort: 8081 });
    expect(contribution.ports).toEqual([{ name: 'split', containerPort: 8081, scope: 'pod' }]);
    expect(contribution.files?.map((f) => [f.name, f.mountPath, f.language])).toEqual([
      ['nginx.conf', '/etc/nginx/nginx.conf', 'nginx'],
    ]);
    expect(contribution.notes?.[0]).toContain('resolves the upstream host names (production, experiment)');
  });

  describe('check()', () => {
    it('[PS102] warns about two upstreams with one name', () => {
      const { diagnostics } = buildOne('request-splitter', {
        upstreams: [production, { ...experiment, name: 'production' }],
      });
      expect(diagnostics.map((d) => [d.rule, d.severity, d.target])).toEqual([
        ['PS102', 'warning', { kind: 'container', workloadId: 'w1', containerId: 'w1c1', field: 'upstreams[1].name' }],
      ]);
    });

    it('[PS103] warns about one address listed twice', () => {
      const { diagnostics } = buildOne('request-splitter', {
        upstreams: [production, { ...production, name: 'again' }],
      });
      expect(diagnostics.map((d) => [d.rule, d.target])).toEqual([
        ['PS103', { kind: 'container', workloadId: 'w1', containerId: 'w1c1', field: 'upstreams[1].host' }],
      ]);
    });

    it('[PS107] refuses an upstream that is the ambassador itself', () => {
      const { diagnostics } = buildOne('request-splitter', {
        upstreams: [production, { name: 'self', host: 'localhost', port: 80, weight: 1 }],
      });
      expect(diagnostics.map((d) => [d.rule, d.severity, d.target.field])).toEqual([
        ['PS107', 'error', 'upstreams[1].port'],
      ]);
    });

    it('[PS108] refuses hosts nginx cannot resolve', () => {
      const { diagnostics } = buildOne('request-splitter', {
        upstreams: [
          { name: 'a', host: `${'a'.repeat(64)}.svc`, port: 80, weight: 1 },
          { name: 'b', host: '10.0.0.300', port: 80, weight: 1 },
          { name: 'c', host: '10.1', port: 80, weight: 1 },
          { name: 'd', host: '10.0.0.1', port: 80, weight: 1 },
        ],
      });
      expect(diagnostics.map((d) => [d.rule, d.target.field])).toEqual([
        ['PS108', 'upstreams[0].host'],
        ['PS108', 'upstreams[1].host'],
        ['PS108', 'upstreams[2].host'],
      ]);
    });

    it('is quiet for the defaults', () => {
      expect(buildOne('request-splitter').diagnostics).toEqual([]);
    });
  });

  it('reports a localhost upstream as a target on localhost', () => {
    const params = resolveParams(requestSplitter, {
      upstreams: [{ name: 'a', host: '127.0.0.1', port: 9000, weight: 1 }],
    });
    expect(requestSplitter.connectsTo?.(params)).toEqual(['localhost:9000']);
  });
});
