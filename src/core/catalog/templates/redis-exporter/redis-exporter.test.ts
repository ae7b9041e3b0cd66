import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { resolveParams } from '../../params';
import { REDIS_ADDRESS, redisExporter } from './index';

function design(params: Params = {}, withRedis = true) {
  return sketchDesign({
    name: 'cache',
    workloads: [
      {
        name: 'redis',
        containers: [
          ...(withRedis ? [{ template: 'app-redis', name: 'redis' }] : [{ template: 'app-generic', name: 'web' }]),
          { template: 'redis-exporter', name: 'exporter', params },
        ],
      },
    ],
  });
}

function contribution(params: Params = {}) {
  const built = analyze(design(params)).workloads[0]?.containers[1];
  if (!built) throw new Error('no exporter container');
  return built.contribution;
}

describe('redis-exporter build', () => {
  it('reads localhost:6379 and serves metrics on 9121 by default', () => {
    const c = contribution();
    expect(c.args).toEqual(['--redis.addr=localhost:6379', '--web.listen-address=0.0.0.0:9121']);
    expect(c.ports).toEqual([{ name: 'metrics', containerPort: 9121, scope: 'pod', expose: true }]);
    expect(c.env).toBeUndefined();
  });

  it('announces the metrics port to Prometheus', () => {
    expect(contribution({ metricsPort: 9500 }).podAnnotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9500',
    });
  });

  it.each([1, 65535])('serves on port %d', (metricsPort) => {
    expect(contribution({ metricsPort }).args).toContain(`--web.listen-address=0.0.0.0:${metricsPort}`);
  });

  it('gives the password from a Secret as REDIS_PASSWORD', () => {
    expect(contribution({ passwordSecret: 'redis-auth/password' }).env).toEqual([
      { name: 'REDIS_PASSWORD', secret: { name: 'redis-auth', key: 'password' } },
    ]);
  });

  it.each([
    ['localhost:6379', ['localhost:6379']],
    ['redis://127.0.0.1:6380', ['localhost:6380']],
    ['rediss://localhost:6390', ['localhost:6390']],
    ['redis-0.redis:6379', []],
    ['localhost:0', []],
  ])('connects to %s on localhost as %j', (redisAddress, expected) => {
    expect(redisExporter.connectsTo?.(resolveParams(redisExporter, { redisAddress }))).toEqual(expected);
  });
});

describe('redis-exporter validation', () => {
  it('passes the defaults beside Redis with no diagnostic', () => {
    expect(validate(design())).toEqual([]);
  });

  it.each(['localhost:6379', 'redis://redis-0.redis:6379', 'rediss://10.0.0.5:65535', '127.0.0.1:1'])(
    'accepts the address %s',
    (a) => {
      expect(REDIS_ADDRESS.pattern.test(a)).toBe(true);
    },
  );

  it.each(['localhost', 'localhost:0', 'localhost:65536', 'http://localhost:6379', 'local host:6379', ':6379', ''])(
    'PS010: refuses the address %j',
    (redisAddress) => {
      expect(
        validate(design({ redisAddress })).some((d) => d.rule === 'PS010' && d.target.field === 'redisAddress'),
      ).toBe(true);
    },
  );

  it('PS010: refuses a password reference that is not SECRET/KEY', () => {
    const diags = validate(design({ passwordSecret: 'password' }));
    expect(diags.some((d) => d.rule === 'PS010' && d.target.field === 'passwordSecret')).toBe(true);
  });

  it('PS155: warns when the adapter reads a Redis outside its pod', () => {
    const d = validate(design({ redisAddress: 'redis-0.redis:6379' })).find((x) => x.rule === 'PS155');
    expect(d?.severity).toBe('warning');
    expect(d?.target).toMatchObject({ field: 'redisAddress' });
    expect(validate(design({ redisAddress: 'redis://127.0.0.1:6379' })).map((x) => x.rule)).not.toContain('PS155');
  });

  it('PS005: a localhost address needs a Redis in the pod', () => {
    expect(validate(design({}, false)).map((d) => d.rule)).toContain('PS005');
  });
});
