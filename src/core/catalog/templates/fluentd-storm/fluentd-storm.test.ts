import { describe, expect, it } from 'vitest';
import { validate } from '../../../validate';
import { buildAdapter, readConf } from '../../shared/fluentd-adapter.testing';
import { fluentdStorm, STORM_UI_URL, stormHost, stormImage } from './index';

const DEFAULT_CONF = `# Storm metrics adapter: polls the Storm UI REST API and emits one event per topology.

<source>
  @type storm
  tag storm
  url http://localhost:8080
  window 600
  sys 0
  interval 60
</source>

<source>
  @type monitor_agent
  bind 0.0.0.0
  port 24220
</source>

<match storm>
  @type stdout
</match>
`;

const build = (params: Record<string, string | number | boolean>) => buildAdapter(fluentdStorm, params, 'app-storm');

describe('fluentd-storm template', () => {
  it('is the adapter titled "Storm metrics" running the image the user builds', () => {
    expect(fluentdStorm.role).toBe('adapter');
    expect(fluentdStorm.title).toBe('Storm metrics');
    expect(fluentdStorm.image).toBe('podsmith/fluentd-storm:1.0');
  });

  it('writes the default fluent.conf, mounted where the official image reads it', () => {
    const { contribution, conf } = build({});
    expect(conf).toBe(DEFAULT_CONF);
    expect(contribution.files?.[0]?.mountPath).toBe('/fluentd/etc/fluent.conf');
    expect(contribution.ports).toEqual([{ name: 'monitor', containerPort: 24220, scope: 'pod' }]);
  });

  describe.each([
    [{ window: '10800', sys: true }, '10800', '1'],
    [{ window: ':all-time', sys: false }, ':all-time', '0'],
    [{ window: '86400' }, '86400', '0'],
  ])('%j', (params, window, sys) => {
    it(`writes window ${window} and sys ${sys}`, () => {
      const src = readConf(build(params).conf)[0];
      expect(src?.params.find(([k]) => k === 'window')?.[1]).toEqual({ kind: 'string', value: window });
      expect(src?.params.find(([k]) => k === 'sys')?.[1]).toEqual({ kind: 'string', value: sys });
    });
  });

  describe.each([
    ['stdout', {}, '<match storm>\n  @type stdout\n</match>\n'],
    [
      'forward',
      { output: 'forward', forwardHost: 'logs.example.com', tag: 'storm.metrics' },
      '<match storm.metrics>\n  @type forward\n  <server>\n    host logs.example.com\n    port 24224\n  </server>\n  <buffer>\n    flush_interval 5s\n  </buffer>\n</match>\n',
    ],
  ])('output %s', (_kind, params, tail) => {
    it('ends with its <match> directive and exactly one newline', () => {
      const { conf } = build(params);
      expect(conf.endsWith(tail)).toBe(true);
      expect(conf.endsWith('\n') && !conf.endsWith('\n\n')).toBe(true);
      expect(conf.match(/^\s*@type \S+$/gm)).toHaveLength(3);
      expect(readConf(conf).map((e) => e.name)).toEqual(['source', 'source', 'match']);
    });
  });

  it('installs the plugin without its stale fluentd ~> 1.2 dependency, as user fluent after root', () => {
    expect(stormImage.from).toBe('fluent/fluentd:v1.17.1-1.0');
    expect(stormImage.run).toEqual(['fluent-gem install fluent-plugin-storm -v 0.0.4 --ignore-dependencies']);
    expect(stormImage.user).toBe('fluent');
    expect(stormImage.expose).toEqual([24220]);
    expect(stormImage.env.map((e) => `${e.name}=${e.value}`)).toEqual([
      'STORM_URL=http://localhost:8080',
      'STORM_WINDOW=600',
      'STORM_SYS=0',
      'STORM_TAG=storm',
      'STORM_INTERVAL=60',
      'MONITOR_PORT=24220',
    ]);
    for (const e of stormImage.env) expect(stormImage.files[0]?.content).toContain(`"#{ENV['${e.name}']}"`);
    expect(build({}).contribution.notes?.[0]).toContain(
      'docker build -t podsmith/fluentd-storm:1.0 images/fluentd-storm',
    );
  });
});

describe('Storm UI URL rule', () => {
  describe.each([
    ['http://localhost:8080', true, 'localhost'],
    ['http://storm-ui.storm.svc.cluster.local:8080', true, 'storm-ui.storm.svc.cluster.local'],
    ['http://10.0.0.5', true, '10.0.0.5'],
    ['http://localhost:8080/storm', true, 'localhost'],
    ['http://localhost:65535', true, 'localhost'],
    ['http://localhost:65536', false, ''],
    ['http://localhost:0', false, ''],
    ['http://localhost:8080/', false, ''],
    ['https://localhost:8080', false, ''],
    ['localhost:8080', false, ''],
    ['http://local host', false, ''],
    ['http://localhost:8080 #x', false, ''],
    ['http://localhost:8080/a?b=c', false, ''],
  ])('%j', (url, ok, host) => {
    it(ok ? `is accepted, host ${host}` : 'is refused', () => {
      expect(STORM_UI_URL.pattern.test(url)).toBe(ok);
      expect(stormHost(url)).toBe(host);
    });
  });
});

describe('fluentd-storm checks', () => {
  const rulesOf = (params: Record<string, string | number | boolean>) =>
    validate(build(params).design)
      .filter((d) => d.rule.startsWith('PS14') || d.rule === 'PS010')
      .map((d) => [d.rule, d.severity, d.target.field]);

  it('finds nothing in the defaults', () => expect(rulesOf({})).toEqual([]));

  describe.each([
    ['PS140: forward without an aggregator', { output: 'forward' }, [['PS140', 'error', 'forwardHost']]],
    ['PS141: the tag fluent', { tag: 'fluent' }, [['PS141', 'warning', 'tag']]],
    ['PS142: Storm outside the pod', { url: 'http://storm-ui:8080' }, [['PS142', 'info', 'url']]],
    ['PS010: an https URL', { url: 'https://localhost:8080' }, [['PS010', 'error', 'url']]],
    ['PS010: a window not offered', { window: '60' }, [['PS010', 'error', 'window']]],
  ])('%s', (_what, params, expected) => {
    it('is reported on its field', () => expect(rulesOf(params)).toEqual(expected));
  });
});
