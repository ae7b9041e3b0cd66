import { describe, expect, it } from 'vitest';
import { validate } from '../../../validate';
import { buildAdapter, readConf } from '../../shared/fluentd-adapter.testing';
import { fluentdRedisSlowlog, slowlogImage } from './index';

const DEFAULT_CONF = `# Redis slow-query log adapter: polls SLOWLOG GET and emits one event per slow command.

<source>
  @type redis_slowlog
  host localhost
  port 6379
  tag redis.slowlog
  logsize 128
  interval 10
</source>

<source>
  @type monitor_agent
  bind 0.0.0.0
  port 24220
</source>

<match redis.slowlog>
  @type stdout
</match>
`;

describe('fluentd-redis-slowlog template', () => {
  it('is the adapter titled "Redis slow-query log" running the image the user builds', () => {
    expect(fluentdRedisSlowlog.role).toBe('adapter');
    expect(fluentdRedisSlowlog.title).toBe('Redis slow-query log');
    expect(fluentdRedisSlowlog.image).toBe('podsmith/fluentd-redis-slowlog:1.0');
  });

  it('writes the default fluent.conf, mounted where the official image reads it', () => {
    const { contribution, conf } = buildAdapter(fluentdRedisSlowlog, {});
    expect(conf).toBe(DEFAULT_CONF);
    expect(contribution.files).toEqual([
      { name: 'fluent.conf', content: DEFAULT_CONF, language: 'fluentd', mountPath: '/fluentd/etc/fluent.conf' },
    ]);
  });

  it('opens the monitor port with a liveness probe on it', () => {
    const { contribution } = buildAdapter(fluentdRedisSlowlog, { monitorPort: 24230 });
    expect(contribution.ports).toEqual([{ name: 'monitor', containerPort: 24230, scope: 'pod' }]);
    expect(contribution.livenessProbe).toMatchObject({ kind: 'http', port: 24230, path: '/api/plugins.json' });
  });

  it('writes every parameter it is given', () => {
    const { conf } = buildAdapter(fluentdRedisSlowlog, {
      host: 'redis-0.redis',
      port: 6380,
      tag: 'cache.slow',
      logsize: 50,
      interval: 30,
    });
    const [src, , out] = readConf(conf);
    expect(src?.params).toEqual([
      ['@type', { kind: 'string', value: 'redis_slowlog' }],
      ['host', { kind: 'string', value: 'redis-0.redis' }],
      ['port', { kind: 'string', value: '6380' }],
      ['tag', { kind: 'string', value: 'cache.slow' }],
      ['logsize', { kind: 'string', value: '50' }],
      ['interval', { kind: 'string', value: '30' }],
    ]);
    expect(out?.arg).toBe('cache.slow');
  });

  describe.each([
    ['stdout', {}, '<match redis.slowlog>\n  @type stdout\n</match>\n'],
    [
      'forward',
      { output: 'forward', forwardHost: 'fluentd-aggregator', forwardPort: 24225 },
      [
        '<match redis.slowlog>',
        '  @type forward',
        '  <server>',
        '    host fluentd-aggregator',
        '    port 24225',
        '  </server>',
        '  <buffer>',
        '    flush_interval 5s',
        '  </buffer>',
        '</match>',
        '',
      ].join('\n'),
    ],
  ])('output %s', (_kind, params, tail) => {
    it('ends with its <match> directive and exactly one newline', () => {
      const { conf } = buildAdapter(fluentdRedisSlowlog, params);
      expect(conf.endsWith(tail)).toBe(true);
      expect(conf.endsWith('\n') && !conf.endsWith('\n\n')).toBe(true);
      expect(conf.match(/^\s*@type \S+$/gm)).toHaveLength(3);
      expect(readConf(conf).map((e) => e.name)).toEqual(['source', 'source', 'match']);
    });
  });

  it('returns an image recipe from a pinned fluentd with the plugin, ENV defaults, EXPOSE and labels', () => {
    const { contribution } = buildAdapter(fluentdRedisSlowlog, {});
    expect(contribution.image).toBe(slowlogImage);
    expect(slowlogImage.from).toBe('fluent/fluentd:v1.17.1-1.0');
    expect(slowlogImage.run[0]).toBe('fluent-gem install fluent-plugin-redis-slowlog -v 0.0.2');
    expect(slowlogImage.run[1]).toContain("sed -i -e 's/Fluent::Engine\\.emit(/router.emit(/'");
    expect(slowlogImage.env.map((e) => `${e.name}=${e.value}`)).toEqual([
      'REDIS_HOST=localhost',
      'REDIS_PORT=6379',
      'SLOWLOG_TAG=redis.slowlog',
      'SLOWLOG_LOGSIZE=128',
      'SLOWLOG_INTERVAL=10',
      'MONITOR_PORT=24220',
    ]);
    expect(slowlogImage.expose).toEqual([24220]);
    expect(slowlogImage.user).toBe('fluent');
    expect(slowlogImage.version).toBe('1.0');
    expect(slowlogImage.description).not.toBe('');
    expect(slowlogImage.source).toBe('https://rubygems.org/gems/fluent-plugin-redis-slowlog');
  });

  it('bakes a fluent.conf into the image that reads each parameter from its ENV', () => {
    const baked = slowlogImage.files[0];
    expect(baked?.dest).toBe('/fluentd/etc/fluent.conf');
    for (const e of slowlogImage.env) expect(baked?.content).toContain(`"#{ENV['${e.name}']}"`);
  });

  it('tells the README to build the image', () => {
    const { contribution } = buildAdapter(fluentdRedisSlowlog, {});
    expect(contribution.notes?.[0]).toContain(
      'docker build -t podsmith/fluentd-redis-slowlog:1.0 images/fluentd-redis-slowlog',
    );
  });
});

describe('fluentd-redis-slowlog checks', () => {
  const ruleOf = (params: Record<string, string | number>) =>
    validate(buildAdapter(fluentdRedisSlowlog, params).design)
      .filter((d) => d.rule.startsWith('PS14') || d.rule === 'PS010')
      .map((d) => [d.rule, d.severity, d.target.field]);

  it('finds nothing in the defaults', () => {
    expect(validate(buildAdapter(fluentdRedisSlowlog, {}).design).filter((d) => d.severity === 'error')).toEqual([]);
  });

  describe.each([
    ['PS140: forward without an aggregator', { output: 'forward' }, [['PS140', 'error', 'forwardHost']]],
    ['PS141: a tag under fluent.*', { tag: 'fluent.slowlog' }, [['PS141', 'warning', 'tag']]],
    ['PS142: Redis outside the pod', { host: 'redis.cache' }, [['PS142', 'info', 'host']]],
    ['PS010: a tag with a blank', { tag: 'a b' }, [['PS010', 'error', 'tag']]],
    ['PS010: a host with a newline', { host: 'localhost\n<source>' }, [['PS010', 'error', 'host']]],
  ])('%s', (_what, params, expected) => {
    it('is reported on its field', () => expect(ruleOf(params)).toEqual(expected));
  });
});
