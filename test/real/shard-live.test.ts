/**
 * `podsmith shard` against a running nutcracker: the sharded-redis example's twemproxy ambassador in
 * `servers` mode, its servers pointed at redis-servers on loopback (names kept), and the config
 * Podsmith generates for it. For each hash, distribution, weighting and hash tag, 1,000 keys go through
 * the proxy; each Redis is then asked which keys it holds, and that must be, for every key, the server
 * `podsmith shard` names.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shardCommand } from '../../src/cli/commands/shard';
import { type Design, generateBundle, md5Words, type Row, TWEMPROXY_HASHES } from '../../src/core';
import { memoryIO } from '../support/cli';
import { exampleDesign, withParams } from '../support/design';
import { requireProgram } from '../support/programs';
import { command, freePorts, pipeline, type Started, startBounded, waitForPort } from './predict-support';

const REDIS_COUNT = 5;
const KEY_COUNT = 1000;

/** 1,000 keys of many shapes: short and long (past 64 bytes), with hash tags, and non-ASCII. */
function sampleKeys(): string[] {
  let x = 0x2545f491;
  const random = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  const printable = (n: number): string =>
    Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(random() * 94))).join('');
  return Array.from({ length: KEY_COUNT }, (_, i) => {
    switch (i % 6) {
      case 0:
        return `key:${i}`;
      case 1:
        return `user:{${i % 37}}:cart:${i}`;
      case 2:
        return printable(1 + Math.floor(random() * 100));
      case 3:
        return `ключ-${i}-é✓`;
      case 4:
        return `{}${i}{x}${'z'.repeat(i % 70)}`;
      default:
        return `session:${Math.floor(random() * 1e9).toString(36)}:🙂`;
    }
  });
}

interface Case {
  readonly hash: string;
  readonly distribution: 'ketama' | 'modula';
  readonly weights: readonly number[];
  readonly hashTag?: string;
  readonly unnamed?: boolean;
}

const HASHES: readonly string[] = TWEMPROXY_HASHES;
const MAIN_HASHES = ['fnv1a_64', 'murmur', 'md5', 'crc32a'];

const CASES: readonly Case[] = [
  ...HASHES.map((hash): Case => ({ hash, distribution: 'ketama', weights: [1, 1, 1] })),
  ...HASHES.map((hash): Case => ({ hash, distribution: 'modula', weights: [1, 1, 1] })),
  ...MAIN_HASHES.map((hash): Case => ({ hash, distribution: 'ketama', weights: [1, 2, 5] })),
  ...MAIN_HASHES.map((hash): Case => ({ hash, distribution: 'modula', weights: [1, 2, 5] })),
  ...MAIN_HASHES.map((hash): Case => ({ hash, distribution: 'ketama', weights: [1, 2, 5], hashTag: '{}' })),
  { hash: 'fnv1a_64', distribution: 'modula', weights: [3, 1, 1], hashTag: '{}' },
  { hash: 'murmur', distribution: 'ketama', weights: [1, 1, 1], unnamed: true },
  // Five servers where single-precision arithmetic gives the first 28 ring points, not 32.
  { hash: 'md5', distribution: 'ketama', weights: [1, 6, 6, 6, 6] },
];

const caseName = (c: Case): string =>
  `${c.hash} ${c.distribution} weights ${c.weights.join(':')}${c.hashTag ? ` hash_tag ${c.hashTag}` : ''}${c.unnamed ? ' unnamed' : ''}`;

let dir = '';
let redisPorts: number[] = [];
let proxyPort = 0;
let statsPort = 0;
const redis: Started[] = [];
const keys = sampleKeys();

/** The sharded-redis example with its twemproxy in `servers` mode on loopback, for one case. */
function designFor(c: Case): Design {
  const servers: Row[] = c.weights.map((weight, i) => ({
    host: '127.0.0.1',
    port: redisPorts[i] as number,
    weight,
    name: c.unnamed ? '' : `shard-${i}`,
  }));
  return withParams(exampleDesign('sharded-redis'), 'twemproxy', {
    listenPort: proxyPort,
    mode: 'servers',
    servers,
    hash: c.hash,
    distribution: c.distribution,
    hashTag: c.hashTag ?? '',
  });
}

/** `podsmith shard design.json --container twemproxy` with the keys on standard input: key -> server. */
async function predict(design: Design): Promise<Map<string, string>> {
  const m = memoryIO({ 'design.json': JSON.stringify(design) }, `${keys.join('\n')}\n`);
  const status = await shardCommand(['design.json', '--container', 'twemproxy'], m.io);
  expect(status).toBe(0);
  const lines = m.all().split('\n').slice(0, -1);
  return new Map(
    lines.map((line) => {
      const tab = line.lastIndexOf('\t');
      return [line.slice(0, tab), line.slice(tab + 1)];
    }),
  );
}

/** Runs nutcracker on the generated config, writes every key through it, and asks each Redis what it holds. */
async function placeForReal(design: Design, servers: number): Promise<Map<string, number>> {
  const file = generateBundle(design).files.find((f) => f.path.endsWith('nutcracker.yaml'));
  if (!file) throw new Error('the bundle has no nutcracker.yaml');
  expect(file.content).toContain(`listen: 127.0.0.1:${proxyPort}`);
  const config = join(dir, 'nutcracker.yaml');
  writeFileSync(config, file.content);
  execFileSync(requireProgram('nutcracker'), ['-t', '-c', config], { stdio: 'pipe', timeout: 10_000 });
  const proxy = startBounded(60, requireProgram('nutcracker'), [
    '-c',
    config,
    '-a',
    '127.0.0.1',
    '-s',
    String(statsPort),
    '-o',
    join(dir, 'nutcracker.log'),
  ]);
  try {
    await waitForPort(proxyPort, 5000, 'for nutcracker');
    const replies = await pipeline(
      proxyPort,
      keys.map((k) => command('SET', k, 'v')),
    );
    expect(replies.filter((r) => r !== 'OK')).toEqual([]);
  } finally {
    await proxy.stop();
  }
  const holder = new Map<string, number>();
  for (let i = 0; i < servers; i++) {
    const port = redisPorts[i] as number;
    const [held] = await pipeline(port, [command('KEYS', '*'), command('FLUSHALL')]);
    for (const key of held as Buffer[]) {
      expect(holder.has(key.toString('utf8'))).toBe(false);
      holder.set(key.toString('utf8'), i);
    }
  }
  return holder;
}

beforeAll(async () => {
  const program = requireProgram('redis-server');
  requireProgram('nutcracker');
  dir = mkdtempSync(join(tmpdir(), 'podsmith-shard-'));
  const ports = await freePorts(REDIS_COUNT + 2);
  redisPorts = ports.slice(0, REDIS_COUNT);
  proxyPort = ports[REDIS_COUNT] as number;
  statsPort = ports[REDIS_COUNT + 1] as number;
  for (const port of redisPorts) {
    redis.push(
      startBounded(120, program, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']),
    );
  }
  for (const port of redisPorts) await waitForPort(port, 5000, 'for redis-server');
});

afterAll(async () => {
  for (const r of redis) await r.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podsmith shard against nutcracker 0.5', () => {
  it('computes md5 as the system does (the ketama ring and the md5 hash rest on it)', () => {
    for (const key of keys.slice(0, 200)) {
      const bytes = Buffer.from(key, 'utf8');
      const words = md5Words(bytes, 0, bytes.length, new Int32Array(4));
      expect(Buffer.from(words.buffer).toString('hex')).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });

  it.each(CASES.map((c) => [caseName(c), c] as const))(
    '%s: 1,000 of 1,000 keys where nutcracker puts them',
    async (_, c) => {
      const design = designFor(c);
      const actual = await placeForReal(design, c.weights.length);
      const predicted = await predict(design);
      const label = (i: number): string => (c.unnamed ? `127.0.0.1:${redisPorts[i]}` : `shard-${i}`);
      const matches = keys.filter((k) => actual.has(k) && predicted.get(k) === label(actual.get(k) as number));
      expect(actual.size).toBe(KEY_COUNT);
      expect(matches.length).toBe(KEY_COUNT);
    },
  );
});
