import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../../test/support/cli';
import { exampleDesign, withParams } from '../../../test/support/design';
import { UsageError } from '../io';
import { routeCommand } from './route';
import { RANDOM_LABEL, shardCommand } from './shard';

const redis = JSON.stringify(exampleDesign('sharded-redis'));
const splitter = JSON.stringify(exampleDesign('request-splitting'));

describe('podsmith shard', () => {
  it('prints KEY<TAB>SERVER per key, servers by name', async () => {
    const m = memoryIO({ 'd.json': redis });
    expect(await shardCommand(['d.json', '--container', 'twemproxy', 'key:1', 'a', 'b'], m.io)).toBe(0);
    expect(m.all()).toBe('key:1\tshard-2\na\tshard-0\nb\tshard-2\n');
  });

  it('reads keys from standard input, one a line, when none are given', async () => {
    const m = memoryIO({ 'd.json': redis }, 'a\r\nb\n\n');
    expect(await shardCommand(['d.json', '--container=twemproxy'], m.io)).toBe(0);
    expect(m.all()).toBe('a\tshard-0\nb\tshard-2\n');
  });

  it('names unnamed servers host:port', async () => {
    const design = withParams(exampleDesign('sharded-redis'), 'twemproxy', {
      mode: 'servers',
      servers: [
        { host: 'redis-a', port: 6379, weight: 1, name: '' },
        { host: 'redis-b', port: 6380, weight: 1, name: '' },
      ],
    });
    const m = memoryIO({ 'd.json': JSON.stringify(design) });
    await shardCommand(
      ['d.json', '--container', 'web/twemproxy', ...Array.from({ length: 20 }, (_, i) => `k${i}`)],
      m.io,
    );
    const servers = new Set(
      m
        .all()
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[1]),
    );
    expect(servers).toEqual(new Set(['redis-a:6379', 'redis-b:6380']));
  });

  it('reports the random distribution as random', async () => {
    const design = withParams(exampleDesign('sharded-redis'), 'twemproxy', { distribution: 'random' });
    const m = memoryIO({ 'd.json': JSON.stringify(design) });
    await shardCommand(['d.json', '--container', 'twemproxy', 'k'], m.io);
    expect(m.all()).toBe(`k\t${RANDOM_LABEL}\n`);
  });

  it.each([
    [['d.json', 'k'], 'missing --container NAME'],
    [['d.json', '--container', 'nope', 'k'], 'no container "nope" in the design (containers: web/web, web/twemproxy)'],
    [['d.json', '--container', 'web', 'k'], 'container "web" is Node app (app-node), not a twemproxy ambassador'],
    [
      ['d.json', '--container', 'other/twemproxy', 'k'],
      'no container "other/twemproxy" in the design (containers: web/web, web/twemproxy)',
    ],
    [['d.json', '--container', 'twemproxy'], 'no keys: give them as arguments or on standard input, one a line'],
    [['missing.json', '--container', 'twemproxy', 'k'], 'missing.json: no such file'],
  ])('%j fails with a one-line usage error', async (argv, message) => {
    const m = memoryIO({ 'd.json': redis });
    await expect(shardCommand(argv, m.io)).rejects.toThrow(new UsageError(message));
    expect(m.all()).toBe('');
  });
});

describe('podsmith route', () => {
  it('prints IP<TAB>ADDRESS per client, the address as the server line has it', async () => {
    const m = memoryIO({ 'd.json': splitter });
    const ips = Array.from({ length: 200 }, (_, i) => `10.${i}.7.1`);
    expect(await routeCommand(['d.json', '--container', 'request-splitter', ...ips], m.io)).toBe(0);
    const lines = m.all().trim().split('\n');
    expect(lines).toHaveLength(200);
    expect(lines[0]).toMatch(/^10\.0\.7\.1\t(production|experiment):3000$/);
    const experiment = lines.filter((l) => l.endsWith('experiment:3000')).length;
    expect(experiment).toBeGreaterThan(5);
    expect(experiment).toBeLessThan(40);
  });

  it('takes IPv6 addresses and standard input', async () => {
    const m = memoryIO({ 'd.json': splitter }, '2001:db8::1\n127.0.0.1\n');
    expect(await routeCommand(['d.json', '--container', 'request-splitter'], m.io)).toBe(0);
    expect(m.all()).toMatch(/^2001:db8::1\t\S+:3000\n127\.0\.0\.1\tproduction:3000\n$/);
  });

  it.each([
    [
      { stickiness: 'none' },
      'container "request-splitter": stickiness is none (round robin): no client address decides the upstream',
    ],
    [
      { stickiness: 'header' },
      'container "request-splitter": stickiness is header: nginx hashes a request header, not the client address',
    ],
  ])('refuses to predict %j', async (params, message) => {
    const design = withParams(exampleDesign('request-splitting'), 'request-splitter', params);
    const m = memoryIO({ 'd.json': JSON.stringify(design) });
    await expect(routeCommand(['d.json', '--container', 'request-splitter', '1.2.3.4'], m.io)).rejects.toThrow(
      new UsageError(message),
    );
  });

  it.each([
    [
      ['d.json', '--container', 'request-splitter', '1.2.3.4', '300.1.1.1'],
      '"300.1.1.1" is not an IPv4 or IPv6 address',
    ],
    [['d.json', '--container', 'request-splitter', 'localhost'], '"localhost" is not an IPv4 or IPv6 address'],
    [
      ['d.json', '--container', 'frontend', '1.2.3.4'],
      'container "frontend" is Node app (app-node), not a request-splitting ambassador',
    ],
  ])('%j fails with a one-line usage error and prints nothing', async (argv, message) => {
    const m = memoryIO({ 'd.json': splitter });
    await expect(routeCommand(argv, m.io)).rejects.toThrow(new UsageError(message));
    expect(m.all()).toBe('');
  });
});
