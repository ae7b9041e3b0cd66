import { describe, expect, it } from 'vitest';
import { sketchDesign, type WorkloadSketch } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { resolveParams } from '../../params';
import { checkTwemproxy, effectiveName } from './checks';
import { twemproxy } from './index';

function run(params: Params, workloadName = 'web', extra: readonly WorkloadSketch[] = [], twin?: Params) {
  const design = sketchDesign({
    name: 'd',
    workloads: [
      {
        name: workloadName,
        containers: [
          { template: 'app-node', name: 'app', params: { connectsTo: ['localhost:6379'] } },
          ...(twin ? [{ template: 'twemproxy', name: 'first', params: twin }] : []),
          { template: 'twemproxy', name: 'proxy', params },
        ],
      },
      ...extra,
    ],
  });
  const workload = design.workloads[0];
  const container = workload?.containers.at(-1);
  if (!workload || !container) throw new Error('fixture');
  return checkTwemproxy({ design, workload, container, params: resolveParams(twemproxy, container.params) });
}

const rules = (params: Params, ...rest: [string?, WorkloadSketch[]?, Params?]) =>
  run(params, ...rest).map((d) => `${d.rule} ${d.severity} ${d.target.field}`);

const server = (host: string, port: number, name = '', weight = 1) => ({ host, port, weight, name });

describe('checkTwemproxy', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(rules({})).toStrictEqual([]);
  });

  describe.each([
    ['[PS010] servers mode with no servers', { mode: 'servers', servers: [] }, ['PS010 error servers']],
    [
      '[PS130] two servers with one name',
      { mode: 'servers', servers: [server('a', 1, 'x'), server('b', 1, 'x')] },
      ['PS130 error servers[1].name'],
    ],
    [
      '[PS130] unnamed duplicates share the name host:port',
      { mode: 'servers', servers: [server('a', 6379), server('a', 6379)] },
      ['PS130 error servers[1].host'],
    ],
    [
      '[PS130] port 11211 is left out of the derived name',
      { mode: 'servers', backend: 'memcached', servers: [server('a', 1, 'a'), server('a', 11211)] },
      ['PS130 error servers[1].host'],
    ],
    [
      '[PS131] one address under two names',
      { mode: 'servers', servers: [server('a', 6379, 'x'), server('a', 6379, 'y')] },
      ['PS131 warning servers[1].host'],
    ],
    [
      '[PS138] a server that is the proxy itself',
      { mode: 'servers', servers: [server('127.0.0.1', 6379, 'x'), server('localhost', 6380, 'y')] },
      ['PS138 error servers[0].port'],
    ],
    ['[PS132] fnv1a_64 with ketama', { hash: 'fnv1a_64' }, ['PS132 warning hash']],
    [
      '[PS132] fnv1a_64 with modula',
      { hash: 'fnv1a_64', distribution: 'modula', autoEjectHosts: false },
      ['PS132 warning hash'],
    ],
    ['[PS132] crc32 with ketama', { hash: 'crc32' }, ['PS132 warning hash']],
    ['[PS132] crc16 with ketama', { hash: 'crc16' }, ['PS132 warning hash']],
    ['[PS132] fnv1_64 with ketama', { hash: 'fnv1_64' }, ['PS132 warning hash']],
    ['crc32 with modula spreads well', { hash: 'crc32', distribution: 'modula', autoEjectHosts: false }, []],
    ['fnv1a_32 with ketama spreads well', { hash: 'fnv1a_32' }, []],
    ['[PS133] random distribution', { distribution: 'random' }, ['PS133 warning distribution']],
    ['[PS139] modula with ejection', { distribution: 'modula' }, ['PS139 warning distribution']],
    ['modula without ejection', { distribution: 'modula', autoEjectHosts: false }, []],
    ['[PS136] stats port on the listen port', { statsPort: 6379 }, ['PS136 error statsPort']],
    ['[PS134] memcached backend on a Redis image', { backend: 'memcached' }, ['PS134 error shardImage']],
    [
      '[PS134] Redis backend on a memcached image',
      { shardImage: 'docker.io/library/memcached:1.6.32' },
      ['PS134 error shardImage'],
    ],
    ['memcached backend on a memcached image', { backend: 'memcached', shardImage: 'memcached:1.6.32' }, []],
    ['shard image ignored in servers mode', { mode: 'servers', backend: 'memcached' }, []],
  ])('%s', (_label, params: Params, expected: readonly string[]) => {
    it('gives exactly the expected diagnostics', () => {
      expect(rules(params)).toStrictEqual(expected);
    });
  });

  it('[PS137] refuses a shard StatefulSet name longer than 52 characters', () => {
    expect(rules({}, 'a'.repeat(46))).toStrictEqual(['PS137 error mode']);
    expect(rules({}, 'a'.repeat(45))).toStrictEqual([]);
    expect(rules({ mode: 'servers' }, 'a'.repeat(60))).toStrictEqual([]);
  });

  it('[PS135] refuses shard objects whose names another workload or ambassador takes', () => {
    expect(rules({}, 'web', [{ name: 'web-shards', containers: [{ template: 'app-redis' }] }])).toStrictEqual([
      'PS135 error mode',
    ]);
    expect(rules({ statsPort: 22223, listenPort: 6380 }, 'web', [], {})).toStrictEqual(['PS135 error mode']);
    expect(rules({ statsPort: 22223, listenPort: 6380 }, 'web', [], { mode: 'servers' })).toStrictEqual([]);
  });

  it('says what is wrong and what to change', () => {
    const [d] = run({ hash: 'fnv1a_64' });
    expect(d?.message).toBe(
      'proxy: hash fnv1a_64 is a 32-bit FNV-1a whose 64-bit prime is cut to 435, so keys such as key:1 and key:2 hash to neighbours; most keys that differ only in a suffix end up on one shard.',
    );
    expect(d?.fix).toMatch(/^Choose murmur/);
    expect(d?.target).toStrictEqual({ kind: 'container', workloadId: 'w1', containerId: 'w1c2', field: 'hash' });
  });
});

describe('effectiveName', () => {
  it.each([
    [{ host: 'a', port: 6379, weight: 1, name: 'n' }, 'n'],
    [{ host: 'a', port: 6379, weight: 1 }, 'a:6379'],
    [{ host: 'a', port: 11211, weight: 1 }, 'a'],
  ])('%j is called %j by nutcracker', (s, name) => {
    expect(effectiveName(s)).toBe(name);
  });
});
