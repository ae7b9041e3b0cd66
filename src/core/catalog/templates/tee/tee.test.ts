import { describe, expect, it } from 'vitest';
import { buildOne, find, findAll } from '../../../../../test/support/nginx';
import { tee } from './index';

const params = { productionHost: 'production', productionPort: 3000, shadowHost: 'shadow', shadowPort: 3001 };

describe('tee template', () => {
  it('has the palette title and its parameters', () => {
    expect(tee.title).toBe('Tee (shadow traffic)');
    expect(Object.keys(tee.params)).toEqual([
      'listenPort',
      'productionHost',
      'productionPort',
      'shadowHost',
      'shadowPort',
    ]);
  });

  it('answers from production and mirrors each request to an internal location that proxies to the shadow', () => {
    const { nodes } = buildOne('tee', params);
    const upstreams = findAll(nodes, ['http'], 'upstream');
    expect(upstreams.map((u) => [u.args, u.children])).toEqual([
      [['production'], [{ name: 'server', args: ['production:3000'] }]],
      [['shadow'], [{ name: 'server', args: ['shadow:3001'] }]],
    ]);
    const locations = findAll(nodes, ['http', 'server'], 'location');
    expect(locations.map((l) => l.args)).toEqual([['/'], ['=', '/_tee_shadow']]);
    const [main, shadow] = locations;
    expect(main?.children?.filter((c) => c.name.startsWith('mirror') || c.name === 'proxy_pass')).toEqual([
      { name: 'mirror', args: ['/_tee_shadow'] },
      { name: 'mirror_request_body', args: ['on'] },
      { name: 'proxy_pass', args: ['http://production'] },
    ]);
    expect(shadow?.children?.[0]).toEqual({ name: 'internal', args: [] });
    expect(shadow?.children?.find((c) => c.name === 'proxy_pass')?.args).toEqual(['http://shadow$request_uri']);
    expect(find(nodes, ['http', 'server'], 'listen')?.args).toEqual(['80']);
  });

  it('offers its port to the pod and says when nginx resolves the hosts', () => {
    const { contribution } = buildOne('tee', params);
    expect(contribution.ports).toEqual([{ name: 'tee', containerPort: 80, scope: 'pod' }]);
    expect(contribution.files?.[0]?.mountPath).toBe('/etc/nginx/nginx.conf');
    expect(contribution.notes?.[0]).toContain('(production, shadow) once, when it starts');
  });

  describe('check()', () => {
    it('[PS106] warns when the shadow is production itself', () => {
      const { diagnostics } = buildOne('tee', { ...params, shadowPort: 3000, shadowHost: 'production' });
      expect(diagnostics.map((d) => [d.rule, d.severity, d.target.field])).toEqual([
        ['PS106', 'warning', 'shadowHost'],
      ]);
    });

    it('[PS107] refuses a target that is the tee itself', () => {
      const { diagnostics } = buildOne('tee', { ...params, shadowHost: '127.0.0.1', shadowPort: 80 });
      expect(diagnostics.map((d) => [d.rule, d.target.field])).toEqual([['PS107', 'shadowPort']]);
    });

    it('[PS108] refuses a host nginx cannot resolve', () => {
      const { diagnostics } = buildOne('tee', { ...params, productionHost: '300.1.1.1' });
      expect(diagnostics.map((d) => [d.rule, d.target.field])).toEqual([['PS108', 'productionHost']]);
    });

    it('is quiet for the defaults', () => {
      expect(buildOne('tee').diagnostics).toEqual([]);
    });
  });
});
