/**
 * The redis-exporter example's adapter, run for real: Debian's prometheus-redis-exporter started with
 * the args and env of the generated manifest against a redis-server on loopback, and its /metrics
 * scraped for the series the README promises.
 *
 * Translation: the manifest pins oliver006/redis_exporter:v1.67.0; Debian 12 ships 1.45.0. Both read
 * `--redis.addr`, `--web.listen-address` and REDIS_PASSWORD under those names (Go's flag package
 * takes one or two dashes), so the test passes the generated flags as they are and changes only the
 * two ports: Redis's to the test's redis-server, the listen address to 127.0.0.1:PORT.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_SERIES } from '../../src/core/catalog/templates/redis-exporter';
import { exampleDesign, withParams } from '../support/design';
import {
  kubeletEnv,
  manifestContainer,
  metricNames,
  rewriteFlags,
  samples,
  scrape,
  startWithEnv,
} from '../support/exporter';
import { requireProgram } from '../support/programs';
import { command, freePorts, pipeline, type Started, startBounded, waitForPort } from './predict-support';

const PASSWORD = 's3cr:t@/x';
const KEYS = 25;

let plainPort = 0;
let authPort = 0;
let metricsPort = 0;
const servers: Started[] = [];

/** The exporter of the example (with `params`) as the manifest writes it, pointed at `redisPort`. */
function exporterFor(redisPort: number, params: Record<string, string> = {}) {
  const design = withParams(exampleDesign('redis-exporter'), 'redis-exporter', params);
  const c = manifestContainer(design, 'redis', 'redis-exporter');
  expect(c.image).toBe('oliver006/redis_exporter:v1.67.0');
  return { container: c, args: rewriteFlags(c.args, translation(c.args, redisPort)) };
}

/** The two ports the test changes: `--redis.addr` keeps its host (localhost) and takes the test's port. */
function translation(args: readonly string[], redisPort: number): Record<string, string> {
  const address = args.find((a) => a.startsWith('--redis.addr='))?.slice('--redis.addr='.length) ?? '';
  expect(address).toBe('localhost:6379');
  return {
    '--redis.addr': address.replace(/:[0-9]+$/, `:${redisPort}`),
    '--web.listen-address': `127.0.0.1:${metricsPort}`,
  };
}

/** Runs the exporter with `args` and `env`, scrapes it once, and stops it. */
async function scrapeOnce(args: readonly string[], env: Record<string, string>): Promise<string> {
  const exporter = startWithEnv(60, requireProgram('prometheus-redis-exporter'), args, env);
  try {
    await waitForPort(metricsPort, 10_000, `for prometheus-redis-exporter (${exporter.output()})`);
    return await scrape(metricsPort);
  } finally {
    await exporter.stop();
  }
}

beforeAll(async () => {
  const redis = requireProgram('redis-server');
  requireProgram('prometheus-redis-exporter');
  [plainPort, authPort, metricsPort] = (await freePorts(3)) as [number, number, number];
  const base = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  servers.push(startBounded(120, redis, ['--port', String(plainPort), ...base]));
  servers.push(startBounded(120, redis, ['--port', String(authPort), ...base, '--requirepass', PASSWORD]));
  await waitForPort(plainPort, 5000, 'for redis-server');
  await waitForPort(authPort, 5000, 'for redis-server with a password');
  const replies = await pipeline(
    plainPort,
    Array.from({ length: KEYS }, (_, i) => command('SET', `key:${i}`, 'v')),
  );
  expect(replies.filter((r) => r !== 'OK')).toEqual([]);
});

afterAll(async () => {
  for (const s of servers) await s.stop();
});

describe('redis_exporter, as generated, against a live Redis', () => {
  it("Debian's exporter knows every flag the manifest passes", () => {
    // Go's flag package prints its usage on stderr.
    const r = spawnSync(requireProgram('prometheus-redis-exporter'), ['--help'], { encoding: 'utf8', timeout: 10_000 });
    const help = `${r.stdout}${r.stderr}`;
    const { container } = exporterFor(plainPort);
    for (const arg of container.args) expect(help).toContain(`  ${arg.replace(/^--/, '-').replace(/=.*$/, '')} `);
  });

  it('serves the series the README promises, read from the Redis it points at', async () => {
    const { container, args } = exporterFor(plainPort);
    expect(container.env).toEqual([]);
    const text = await scrapeOnce(args, kubeletEnv(container.env, {}));
    const names = metricNames(text);
    for (const series of REDIS_SERIES) expect(names, series).toContain(series);
    const values = samples(text);
    expect(values.get('redis_up')).toBe(1);
    expect(values.get('redis_db_keys{db="db0"}')).toBe(KEYS);
    expect(values.get('redis_commands_processed_total')).toBeGreaterThanOrEqual(KEYS);
    expect(values.get('redis_connected_clients')).toBeGreaterThanOrEqual(1);
  });

  it('logs in with the password from the Secret, given as REDIS_PASSWORD', async () => {
    const { container, args } = exporterFor(authPort, { passwordSecret: 'redis-auth/password' });
    expect(container.env).toEqual([
      { name: 'REDIS_PASSWORD', valueFrom: { secretKeyRef: { name: 'redis-auth', key: 'password' } } },
    ]);
    const text = await scrapeOnce(args, kubeletEnv(container.env, { 'redis-auth/password': PASSWORD }));
    expect(samples(text).get('redis_up')).toBe(1);
    expect(metricNames(text)).toContain('redis_connected_clients');
  });

  it('reports redis_up 0 when the password is wrong', async () => {
    const { container, args } = exporterFor(authPort, { passwordSecret: 'redis-auth/password' });
    const text = await scrapeOnce(args, kubeletEnv(container.env, { 'redis-auth/password': 'wrong' }));
    expect(samples(text).get('redis_up')).toBe(0);
  });
});
