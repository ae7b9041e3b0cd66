/**
 * The generated nutcracker.yaml, checked by the real nutcracker 0.5: every example's file and a
 * table of parameter combinations pass `nutcracker -t`; a live proxy in front of three loopback
 * Redis servers answers SET and GET; the hashes the PS132 warning names really cluster keys; and
 * arbitrary strings in the string parameters are either refused by validation or survive the trip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, getTemplate, resolveParams, sketchDesign, validate } from '../../src/core';
import { twemproxy } from '../../src/core/catalog/templates/twemproxy';
import { HASHES, type TwemproxyParams, twemproxyServers } from '../../src/core/catalog/templates/twemproxy/pool';
import type { Params } from '../../src/core/model/design';
import { requireProgram } from '../support/programs';
import { command, freePorts, pipeline, type Started, startBounded, waitForPort } from './predict-support';

const nutcracker = requireProgram('nutcracker');
const root = mkdtempSync(join(tmpdir(), 'podsmith-nutcracker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let fileCount = 0;
function writeConfig(content: string): string {
  fileCount += 1;
  const file = join(root, `nutcracker-${fileCount}.yaml`);
  writeFileSync(file, content);
  return file;
}

/**
 * `nutcracker -t -c FILE`. nutcracker -t says only "ok" or "invalid"; on failure the file is run once
 * more without -t (bounded, stats on 127.0.0.1) with `-o LOG`, and the log's `conf:` lines say why.
 */
function nutcrackerTest(content: string): { ok: boolean; why: string } {
  const file = writeConfig(content);
  const run = spawnSync(nutcracker, ['-t', '-c', file], { encoding: 'utf8', timeout: 10_000 });
  const said = `${run.stdout}${run.stderr}`;
  if (run.status === 0 && said.includes('syntax is ok')) return { ok: true, why: '' };
  const log = `${file}.log`;
  // A refused file stops nutcracker before it binds anything; the stats port only has to be a valid one.
  const stats = String(20000 + Math.floor(Math.random() * 40000));
  spawnSync('timeout', ['3', nutcracker, '-c', file, '-o', log, '-a', '127.0.0.1', '-s', stats], { timeout: 10_000 });
  let conf = '';
  try {
    conf = readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.includes('conf:'))
      .join('\n');
  } catch {
    conf = '(no log written)';
  }
  return { ok: false, why: `${said.trim()}\n${conf}\n--- ${file}\n${content}` };
}

function expectValid(content: string): void {
  const result = nutcrackerTest(content);
  if (!result.ok) expect.fail(`nutcracker -t refused the file:\n${result.why}`);
}

/** A design with one twemproxy ambassador next to an app, as a user would make it. */
function designWith(params: Params) {
  return sketchDesign({
    name: 'shop',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-node', name: 'app', params: { connectsTo: [`localhost:${params.listenPort ?? 6379}`] } },
          { template: 'twemproxy', name: 'proxy', params },
        ],
      },
    ],
  });
}

/** nutcracker.yaml as the template builds it for this design's ambassador. */
function configOf(params: Params): { content: string; resolved: TwemproxyParams } {
  const design = designWith(params);
  const workload = design.workloads[0];
  const container = workload?.containers[1];
  if (!workload || !container) throw new Error('fixture');
  const resolved = resolveParams(twemproxy, container.params);
  const file = twemproxy.build({ design, workload, container, params: resolved }).files?.[0];
  return { content: file?.content ?? '', resolved };
}

describe('the nutcracker -t check', () => {
  it('explains a refusal with the conf: lines of nutcracker’s log', () => {
    const result = nutcrackerTest('pool:\n  listen: 127.0.0.1:1\n  hash: bogus\n  servers:\n    - a:1:1\n');
    expect(result.ok).toBe(false);
    expect(result.why).toContain('conf: directive "hash" is not a valid hash');
  });
});

describe('nutcracker -t accepts every nutcracker.yaml of every example', () => {
  const found: { where: string; content: string }[] = [];
  for (const example of EXAMPLES)
    for (const workload of example.design.workloads)
      for (const container of workload.containers) {
        const t = getTemplate(container.template);
        if (!t) continue;
        const built = t.build({
          design: example.design,
          workload,
          container,
          params: resolveParams(t, container.params),
        });
        for (const f of built.files ?? [])
          if (f.name === 'nutcracker.yaml')
            found.push({ where: `${example.name}/${workload.name}/${container.name}`, content: f.content });
      }

  it('finds at least the sharded-redis ambassador', () => {
    expect(found.map((f) => f.where)).toContain('sharded-redis/web/twemproxy');
  });

  it.each(found.map((f) => [f.where, f.content]))('%s', (_where, content) => {
    expectValid(content);
  });
});

describe('nutcracker -t accepts every parameter combination', () => {
  const TAGS = ['', '{}', '$$', '""', "''", '\\\\', '#:', ':}'];
  const combos: [string, Params][] = [];
  HASHES.forEach((hash, h) => {
    for (const [d, distribution] of ['ketama', 'modula', 'random'].entries()) {
      const i = h * 3 + d;
      const backend = i % 2 === 0 ? 'redis' : 'memcached';
      const hashTag = TAGS[i % TAGS.length] ?? '';
      const servers = i % 3 === 0;
      combos.push([
        `${hash} ${distribution} ${backend} tag=${JSON.stringify(hashTag)} ${servers ? 'servers' : 'statefulset'}`,
        {
          hash,
          distribution,
          backend,
          hashTag,
          mode: servers ? 'servers' : 'statefulset',
          shardImage: backend === 'redis' ? 'redis:7.2.5' : 'memcached:1.6.32',
          autoEjectHosts: i % 4 !== 0,
          preconnect: i % 5 === 0,
          timeout: i % 6 === 0 ? 0 : 100 + i,
          serverConnections: 1 + (i % 3),
        },
      ]);
    }
  });
  combos.push(
    [
      'servers with names YAML must quote',
      { mode: 'servers', servers: nameRows(['a#b', 'x:', '"q"', "'s'", '\\', '-', '*', '{]']) },
    ],
    ['servers without names', { mode: 'servers', servers: [{ host: '10.0.0.5', port: 6379, weight: 3, name: '' }] }],
    ['64 shards', { shardCount: 64 }],
    [
      'every limit at its maximum',
      {
        listenPort: 65535,
        timeout: 3_600_000,
        serverRetryTimeout: 3_600_000,
        serverConnections: 1024,
        serverFailureLimit: 1000,
      },
    ],
  );

  it.each(combos)('%s', (_label, params) => {
    const { content, resolved } = configOf(params);
    const errors = validate(designWith(params)).filter((d) => d.severity === 'error');
    expect(errors).toStrictEqual([]);
    expectValid(content);
    const pool = Object.values(load(content) as Record<string, Record<string, unknown>>)[0];
    expect(pool?.hash).toBe(resolved.hash);
    expect(pool?.distribution).toBe(resolved.distribution);
    expect(pool?.redis).toBe(resolved.backend === 'redis');
    expect(pool?.hash_tag).toBe(resolved.hashTag === '' ? undefined : resolved.hashTag);
  });
});

function nameRows(names: readonly string[]) {
  return names.map((name, i) => ({ host: `redis-${i}.cache`, port: 6379, weight: 1 + i, name }));
}

describe('nutcracker in front of three loopback Redis servers', () => {
  const redisServer = requireProgram('redis-server');
  const running: Started[] = [];
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
  });

  /** The example's config with each shard pointed at a loopback Redis and the listen port moved; names kept. */
  function loopbackCopy(
    content: string,
    servers: readonly { host: string; port: number }[],
    redisPorts: number[],
    listen: number,
  ) {
    let copy = content.replace(/^ {2}listen: .*$/m, `  listen: 127.0.0.1:${listen}`);
    servers.forEach((s, i) => {
      copy = copy.replace(`    - ${s.host}:${s.port}:`, `    - 127.0.0.1:${redisPorts[i]}:`);
    });
    return copy;
  }

  async function withProxy<T>(content: string, listen: number, stats: number, use: () => Promise<T>): Promise<T> {
    const file = writeConfig(content);
    const proxy = startBounded(20, nutcracker, [
      '-c',
      file,
      '-o',
      `${file}.log`,
      '-a',
      '127.0.0.1',
      '-s',
      String(stats),
    ]);
    running.push(proxy);
    try {
      await waitForPort(listen, 5000, `(nutcracker: ${proxy.output()})`);
      return await use();
    } finally {
      await proxy.stop();
    }
  }

  it('sets and gets through the sharded-redis example’s config, and spreads keys as the hash warning says', async () => {
    const [listen, stats, ...redisPorts] = await freePorts(5);
    if (listen === undefined || stats === undefined || redisPorts.length !== 3) throw new Error('ports');
    for (const port of redisPorts) {
      const r = startBounded(60, redisServer, [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ]);
      running.push(r);
      await waitForPort(port, 5000, r.output());
    }
    const example = EXAMPLES.find((e) => e.name === 'sharded-redis');
    const workload = example?.design.workloads[0];
    const container = workload?.containers.find((c) => c.template === 'twemproxy');
    if (!example || !workload || !container) throw new Error('sharded-redis has no twemproxy ambassador');
    const params = resolveParams(twemproxy, container.params);
    const servers = twemproxyServers(params, workload.name);
    const generated =
      twemproxy.build({ design: example.design, workload, container, params }).files?.[0]?.content ?? '';
    const copy = loopbackCopy(generated, servers, redisPorts, listen);
    expect(copy).toContain(' shard-2\n');
    expectValid(copy);

    const dbsizes = () => Promise.all(redisPorts.map(async (p) => Number((await pipeline(p, [command('DBSIZE')]))[0])));
    const flush = () => Promise.all(redisPorts.map((p) => pipeline(p, [command('FLUSHALL')])));

    await withProxy(copy, listen, stats, async () => {
      const replies = await pipeline(listen, [command('SET', 'greeting', 'hello'), command('GET', 'greeting')]);
      expect(replies[0]).toBe('OK');
      expect(String(replies[1])).toBe('hello');
      expect((await dbsizes()).reduce((a, b) => a + b, 0)).toBe(1);
    });
    await flush();

    /** How 100 keys key:0..key:99 spread over the three shards with one hash (ketama). */
    const spread = async (hash: string): Promise<number[]> => {
      const text = loopbackCopy(configOf({ hash }).content, twemproxyServers(params, 'web'), redisPorts, listen);
      const sizes = await withProxy(text, listen, stats, async () => {
        const sets = Array.from({ length: 100 }, (_, i) => command('SET', `key:${i}`, 'v'));
        const replies = await pipeline(listen, sets);
        expect(replies.every((r) => r === 'OK')).toBe(true);
        return dbsizes();
      });
      await flush();
      return sizes;
    };
    const measured: Record<string, number[]> = {};
    for (const hash of ['murmur', 'md5', 'fnv1a_64', 'crc32']) measured[hash] = await spread(hash);
    console.log(`keys key:0..99 over 3 shards (ketama): ${JSON.stringify(measured)}`);
    for (const hash of ['murmur', 'md5']) expect(Math.min(...(measured[hash] ?? []))).toBeGreaterThanOrEqual(15);
    for (const hash of ['fnv1a_64', 'crc32']) expect(Math.max(...(measured[hash] ?? []))).toBeGreaterThanOrEqual(80);
  });
});

describe('arbitrary strings are refused by validation or survive nutcracker and js-yaml', () => {
  /** Field of a diagnostic that refuses the value, if any. */
  const refused = (params: Params, field: string) =>
    validate(designWith(params)).some(
      (d) => d.severity === 'error' && d.target.kind === 'container' && d.target.field === field,
    );

  const anyText = (printable: fc.Arbitrary<string>) =>
    fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      printable,
    );

  it('hashTag', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyText(fc.stringMatching(/^[!-~]{2}$/)), (hashTag) => {
        if (refused({ hashTag }, 'hashTag')) return;
        accepted += 1;
        const { content } = configOf({ hashTag });
        expectValid(content);
        expect(Object.values(load(content) as Record<string, { hash_tag?: string }>)[0]?.hash_tag).toBe(
          hashTag === '' ? undefined : hashTag,
        );
      }),
      { numRuns: 30 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it.each([
    ['name', fc.stringMatching(/^[!-~]{1,12}$/)],
    ['host', fc.domain()],
  ] as const)('servers[0].%s', (column, printable) => {
    let accepted = 0;
    fc.assert(
      fc.property(anyText(printable), (value) => {
        const row = { host: 'redis-0.cache', port: 6379, weight: 1, name: 'shard-0', [column]: value };
        const params = {
          mode: 'servers',
          servers: [row, { host: 'redis-1.cache', port: 6379, weight: 1, name: 'shard-1' }],
        };
        if (refused(params, `servers[0].${column}`)) return;
        accepted += 1;
        const { content, resolved } = configOf(params);
        expectValid(content);
        const [first] = twemproxyServers(resolved, 'web');
        expect(first?.[column] ?? '').toBe(value);
        const written = Object.values(load(content) as Record<string, { servers: string[] }>)[0]?.servers[0];
        expect(written).toBe(`${row.host}:6379:1${row.name ? ` ${row.name}` : ''}`);
      }),
      { numRuns: 30 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
