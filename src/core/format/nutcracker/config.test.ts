import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DISTRIBUTIONS, HASHES, type NutcrackerPool, renderNutcracker, serverLine } from './config';

/** Every key nutcracker 0.5 knows (src/nc_conf.c, conf_commands). */
const NUTCRACKER_KEYS = new Set([
  'listen',
  'hash',
  'hash_tag',
  'distribution',
  'timeout',
  'backlog',
  'client_connections',
  'redis',
  'redis_auth',
  'redis_db',
  'preconnect',
  'auto_eject_hosts',
  'server_connections',
  'server_retry_timeout',
  'server_failure_limit',
  'servers',
]);

const BASE: NutcrackerPool = {
  name: 'redis',
  listen: '127.0.0.1:6379',
  hash: 'murmur',
  hashTag: '',
  distribution: 'ketama',
  timeout: 400,
  redis: true,
  preconnect: false,
  autoEjectHosts: true,
  serverRetryTimeout: 2000,
  serverFailureLimit: 1,
  serverConnections: 1,
  servers: [
    { host: 'web-shards-0.web-shards', port: 6379, weight: 1, name: 'shard-0' },
    { host: 'web-shards-1.web-shards', port: 6379, weight: 1, name: 'shard-1' },
  ],
};

/** Well-formed text: ASCII with control characters, or any Unicode grapheme. */
const anyText = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }));

type Pool = Record<string, Record<string, unknown>>;
const parse = (text: string): Pool => load(text) as Pool;

describe('renderNutcracker', () => {
  it('writes the book-style block YAML, byte for byte', () => {
    expect(renderNutcracker(BASE)).toBe(
      [
        '# twemproxy (nutcracker 0.5). Each server is host:port:weight name; ketama places the name on its ring.',
        'redis:',
        '  listen: 127.0.0.1:6379',
        '  hash: murmur',
        '  distribution: ketama',
        '  timeout: 400',
        '  redis: true',
        '  preconnect: false',
        '  auto_eject_hosts: true',
        '  server_retry_timeout: 2000',
        '  server_failure_limit: 1',
        '  server_connections: 1',
        '  servers:',
        '    - web-shards-0.web-shards:6379:1 shard-0',
        '    - web-shards-1.web-shards:6379:1 shard-1',
        '',
      ].join('\n'),
    );
  });

  describe.each([
    ['defaults', {}, { hash: 'murmur', distribution: 'ketama', timeout: 400, redis: true }],
    ['memcached', { name: 'memcached', redis: false }, { redis: false }],
    [
      'preconnect and no ejection',
      { preconnect: true, autoEjectHosts: false },
      { preconnect: true, auto_eject_hosts: false },
    ],
    ['hash tag {}', { hashTag: '{}' }, { hash_tag: '{}' }],
    ['hash tag $$', { hashTag: '$$' }, { hash_tag: '$$' }],
    ['hash tag ""', { hashTag: '""' }, { hash_tag: '""' }],
    ['hash tag \\\\', { hashTag: '\\\\' }, { hash_tag: '\\\\' }],
    ['hash tag #:', { hashTag: '#:' }, { hash_tag: '#:' }],
    ['no timeout', { timeout: 0 }, { timeout: undefined }],
    ['modula', { distribution: 'modula' as const }, { distribution: 'modula' }],
    ['md5', { hash: 'md5' as const }, { hash: 'md5' }],
    [
      'big numbers',
      { serverRetryTimeout: 3_600_000, serverConnections: 1024 },
      { server_retry_timeout: 3_600_000, server_connections: 1024 },
    ],
  ])('%s', (_label, change: Partial<NutcrackerPool>, expected: Record<string, unknown>) => {
    const pool = { ...BASE, ...change };
    const text = renderNutcracker(pool);
    it('reads back (js-yaml) to the intended values', () => {
      const body = parse(text)[pool.name];
      expect(body).toBeDefined();
      for (const [key, value] of Object.entries(expected)) expect(body?.[key]).toStrictEqual(value);
      expect(body?.listen).toBe(pool.listen);
      expect(body?.servers).toStrictEqual(pool.servers.map(serverLine));
    });
    it('holds only keys nutcracker 0.5 knows, in plain block style', () => {
      for (const key of Object.keys(parse(text)[pool.name] ?? {})) expect(NUTCRACKER_KEYS.has(key)).toBe(true);
      expect(text).not.toMatch(/\t|^---|^\.\.\.|[&*!][A-Za-z]|\{ |: \[/m);
      expect(text).toMatch(/\n$/);
      expect(text).not.toMatch(/\n\n$/);
      expect(text).not.toMatch(/: (True|False|TRUE|FALSE|yes|no)$/m);
    });
  });

  it('always quotes hash_tag', () => {
    expect(renderNutcracker({ ...BASE, hashTag: 'ab' })).toContain('  hash_tag: "ab"\n');
  });

  it.each([['a'], ['abc'], ['é{']])('leaves out a hash tag nutcracker would refuse (%j: not two bytes)', (tag) => {
    expect(renderNutcracker({ ...BASE, hashTag: tag })).not.toContain('hash_tag');
  });

  it('writes a server without a name as host:port:weight', () => {
    expect(serverLine({ host: '10.0.0.5', port: 6379, weight: 2 })).toBe('10.0.0.5:6379:2');
    expect(serverLine({ host: 'a', port: 1, weight: 1, name: '' })).toBe('a:1:1');
  });

  it('quotes a server line that plain YAML would misread, keeping the structure', () => {
    const text = renderNutcracker({ ...BASE, servers: [{ host: 'a #b', port: 1, weight: 1, name: 'x: y' }] });
    expect(text).toContain('    - "a #b:1:1 x: y"\n');
    expect(parse(text).redis?.servers).toStrictEqual(['a #b:1:1 x: y']);
  });

  it('knows all 12 hashes and 3 distributions of nutcracker 0.5', () => {
    expect(HASHES).toHaveLength(12);
    expect(DISTRIBUTIONS).toStrictEqual(['ketama', 'modula', 'random']);
  });

  it('keeps the YAML intact and the values read back for any server host and name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ host: anyText, name: anyText, port: fc.nat(70000), weight: fc.nat(5) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 2 })),
        (servers, hashTag) => {
          const pool = { ...BASE, servers, hashTag };
          const body = parse(renderNutcracker(pool)).redis;
          expect(body?.servers).toStrictEqual(servers.map(serverLine));
          if (new TextEncoder().encode(hashTag).length === 2) expect(body?.hash_tag).toBe(hashTag);
          else expect(body?.hash_tag).toBeUndefined();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
