/**
 * Prediction speed: keys placed per second (100,000 keys, three named servers, ketama) for each
 * nutcracker hash, and modula for one; client addresses routed per second by ip_hash. Rates are per
 * second of CPU time, medians of five runs.
 */
import {
  compileIpHash,
  compileShardPool,
  type ShardPool,
  sampleIpv4,
  sampleKeys,
  TWEMPROXY_HASHES,
  type TwemproxyDistribution,
  type TwemproxyHash,
} from '../src/core/predict';

const KEYS = 100_000;
const ROUNDS = 5;

const servers = [0, 1, 2].map((i) => ({ host: `redis-${i}`, port: 6379, weight: 1, name: `shard-${i}` }));

function shardPool(hash: TwemproxyHash, distribution: TwemproxyDistribution): ShardPool {
  const r = compileShardPool({ hash, distribution, servers });
  if (!r.ok) throw new Error(r.error);
  return r.pool;
}

/**
 * The median of `ROUNDS` timings of `run` (after one warm-up), as items per second of this process's
 * CPU time: on a shared machine, wall time measures the neighbours as much as the code.
 */
function perSecond(items: number, run: () => number): number {
  run();
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.cpuUsage();
    const sink = run();
    const used = process.cpuUsage(start);
    if (sink < 0) throw new Error('unreachable');
    rates.push(items / ((used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(ROUNDS / 2)] as number;
}

const format = (rate: number): string => `${(rate / 1e6).toFixed(2)} M/s`;

/** The figures `npm run bench` prints. */
export async function bench(): Promise<{ label: string; value: string }[]> {
  const keys = sampleKeys(KEYS, 'user:{n}:profile');
  const place = (pool: ShardPool) => (): number => {
    let sum = 0;
    for (const key of keys) sum += pool.place(key);
    return sum;
  };
  const rows: { label: string; value: string }[] = [];
  for (const hash of TWEMPROXY_HASHES) {
    rows.push({
      label: `keys placed, ketama ${hash} (100,000 keys)`,
      value: format(perSecond(KEYS, place(shardPool(hash, 'ketama')))),
    });
  }
  rows.push({
    label: 'keys placed, modula murmur (100,000 keys)',
    value: format(perSecond(KEYS, place(shardPool('murmur', 'modula')))),
  });

  const compiled = compileIpHash([
    { address: 'web:80', weight: 9 },
    { address: 'experiment:80', weight: 1 },
  ]);
  if (!compiled.ok) throw new Error(compiled.error);
  const pool = compiled.pool;
  const addresses = sampleIpv4(KEYS).map((ip) => Uint8Array.from(ip.split('.'), Number));
  rows.push({
    label: 'routes by ip_hash (100,000 IPv4 clients, 9:1)',
    value: format(
      perSecond(KEYS, () => {
        let sum = 0;
        for (const a of addresses) sum += pool.route(a);
        return sum;
      }),
    ),
  });
  return rows;
}
