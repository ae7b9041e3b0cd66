/**
 * `podsmith route` against a running nginx: the request-splitting example's nginx.conf as Podsmith
 * generates it (ip_hash, production 9 : experiment 1), its upstreams pointed at two loopback servers
 * in the same nginx that answer with their own name. 1,000 clients from distinct source addresses
 * (127.A.B.1: ip_hash reads only the first three octets) must each reach the upstream `podsmith
 * route` names, and the split must be within 3 points of 90/10. Clients whose address comes in
 * X-Forwarded-For from 127.0.0.1 (the generated realip setting), IPv6 among them, must match too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeCommand } from '../../src/cli/commands/route';
import type { CliIO } from '../../src/cli/io';
import { compileIpHash, type Design, generateBundle, ipv4NetworkShares } from '../../src/core';
import { exampleDesign, withParams } from '../support/design';
import { requireProgram } from '../support/programs';
import { freePorts, type Started, startBounded, waitForPort } from './predict-support';

const CLIENTS = 1000;
const FORWARDED = 300;
const PARALLEL = 20;

let dir = '';
let listenPort = 0;
let productionPort = 0;
let experimentPort = 0;
let nginx: Started | undefined;
let design: Design;

function splitterDesign(): Design {
  return withParams(exampleDesign('request-splitting'), 'request-splitter', {
    listenPort,
    upstreams: [
      { name: 'production', host: '127.0.0.1', port: productionPort, weight: 9 },
      { name: 'experiment', host: '127.0.0.1', port: experimentPort, weight: 1 },
    ],
  });
}

/** Replaces `from` with `to` in `text`, failing when `from` is not there. */
function swap(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

/**
 * The test copy of the generated nginx.conf: listening on 127.0.0.1 only, pid and temp files under the
 * prefix, no access log, and the two upstream servers added inside `http {}`.
 */
function testCopy(generated: string, prefix: string): string {
  let conf = swap(generated, `listen ${listenPort};`, `listen 127.0.0.1:${listenPort};`);
  conf = swap(conf, 'pid /tmp/nginx.pid;', `pid ${prefix}/nginx.pid;`);
  for (const temp of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    conf = swap(conf, `/tmp/${temp}_temp;`, `${prefix}/${temp}_temp;`);
  }
  conf = swap(conf, 'access_log /dev/stdout;', 'access_log off;');
  const end = conf.lastIndexOf('}');
  const upstreams = [
    `    server { listen 127.0.0.1:${productionPort}; return 200 "production"; }`,
    `    server { listen 127.0.0.1:${experimentPort}; return 200 "experiment"; }`,
  ].join('\n');
  return `${conf.slice(0, end)}${upstreams}\n${conf.slice(end)}`;
}

/** One GET through the ambassador from `localAddress`; resolves with the answering upstream's name. */
function get(localAddress: string, forwardedFor?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: listenPort,
        path: '/',
        localAddress,
        agent: false,
        timeout: 5000,
        headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve(res.statusCode === 200 ? body : `HTTP ${res.statusCode}`));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout from ${localAddress}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Runs `task` over `items`, `PARALLEL` at a time, keeping the order of results. */
async function inParallel<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return results;
}

/** `podsmith route design.json --container request-splitter` with the addresses on standard input. */
async function predict(addresses: readonly string[]): Promise<Map<string, string>> {
  const out: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    readStdin: async () => `${addresses.join('\n')}\n`,
    readFile: () => JSON.stringify(design),
    writeFile: () => {},
    mkdir: () => {},
  };
  expect(await routeCommand(['design.json', '--container', 'request-splitter'], io)).toBe(0);
  const lines = out.join('').split('\n').slice(0, -1);
  return new Map(lines.map((line) => line.split('\t') as [string, string]));
}

/** 1,000 distinct 127.A.B.1 addresses, the same every run, none of them 127.0.0.1. */
function clientAddresses(): string[] {
  const seen = new Set<number>([0]);
  let x = 0x1d872b41;
  while (seen.size < CLIENTS + 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    seen.add((x >>> 0) & 0xffff);
  }
  seen.delete(0);
  return [...seen].map((n) => `127.${n >>> 8}.${n & 255}.1`);
}

/** Addresses the app would forward: IPv4 from anywhere and IPv6, the same every run. */
function forwardedAddresses(): string[] {
  return Array.from({ length: FORWARDED }, (_, i) => {
    const a = (i * 2654435761) >>> 0;
    if (i % 2 === 0) return `${(a >>> 24) | 1}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${i & 255}`;
    return `2001:db8:${(a >>> 16).toString(16)}:${(a & 0xffff).toString(16)}::${(i + 1).toString(16)}`;
  });
}

const upstreamAddress = (name: string): string =>
  name === 'production' ? `127.0.0.1:${productionPort}` : name === 'experiment' ? `127.0.0.1:${experimentPort}` : name;

beforeAll(async () => {
  const program = requireProgram('nginx');
  [listenPort, productionPort, experimentPort] = (await freePorts(3)) as [number, number, number];
  design = splitterDesign();
  const file = generateBundle(design).files.find((f) => f.path.endsWith('nginx.conf'));
  if (!file) throw new Error('the bundle has no nginx.conf');
  expect(file.content).toContain('ip_hash;');
  expect(file.content).toContain(`server 127.0.0.1:${productionPort} weight=9;`);
  dir = mkdtempSync(join(tmpdir(), 'podsmith-route-'));
  mkdirSync(join(dir, 'logs'));
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, testCopy(file.content, dir));
  execFileSync(program, ['-t', '-q', '-p', `${dir}/`, '-c', conf], { stdio: 'pipe', timeout: 10_000 });
  nginx = startBounded(60, program, ['-p', `${dir}/`, '-c', conf, '-g', 'daemon off;']);
  for (const port of [listenPort, productionPort, experimentPort]) await waitForPort(port, 5000, 'for nginx');
});

afterAll(async () => {
  await nginx?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podsmith route against nginx ip_hash', () => {
  it('names the upstream nginx picks for 1,000 of 1,000 clients, split within 3 points of 90/10', async () => {
    const clients = clientAddresses();
    const predicted = await predict(clients);
    const answers = await inParallel(clients, (ip) => get(ip));
    const matches = clients.filter((ip, i) => predicted.get(ip) === upstreamAddress(answers[i] as string));
    expect(matches.length).toBe(CLIENTS);
    const production = answers.filter((a) => a === 'production').length / CLIENTS;
    expect(Math.abs(production - 0.9)).toBeLessThanOrEqual(0.03);
  });

  it('follows the address the app forwards from 127.0.0.1, IPv6 included', async () => {
    const forwarded = forwardedAddresses();
    const predicted = await predict(forwarded);
    const answers = await inParallel(forwarded, (ip) => get('127.0.0.1', ip));
    const matches = forwarded.filter((ip, i) => predicted.get(ip) === upstreamAddress(answers[i] as string));
    expect(matches.length).toBe(FORWARDED);
  });

  it('agrees with the exact split over every IPv4 network', () => {
    const compiled = compileIpHash([
      { address: 'production', weight: 9 },
      { address: 'experiment', weight: 1 },
    ]);
    if (!compiled.ok) throw new Error(compiled.error);
    const [production] = ipv4NetworkShares(compiled.pool);
    expect(Math.abs((production as number) - 0.9)).toBeLessThanOrEqual(0.03);
  });
});
