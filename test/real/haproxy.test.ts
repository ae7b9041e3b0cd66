/**
 * The generated haproxy.cfg, checked by the real HAProxy 2.6: every example's file, a table of
 * parameter combinations and fast-check-generated parameters pass `haproxy -c` without a warning;
 * arbitrary strings in the string parameters are refused by validation or read back unchanged; and
 * live on loopback, HAProxy splits requests over three node HTTP servers exactly by weight, keeps a
 * client with the cookie on its upstream, and brokers TCP connections to an echo server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer as createTcpServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getTemplate, resolveParams, sketchDesign, validate } from '../../src/core';
import { COOKIE_NAME, HAPROXY_PARAMS } from '../../src/core/catalog/templates/haproxy/params';
import { readHaproxy } from '../../src/core/format/haproxy';
import type { Design, Params } from '../../src/core/model/design';
import { exampleDesign, examplesUsing, withParams } from '../support/design';
import { haproxyCheck } from '../support/haproxy';
import { requireProgram } from '../support/programs';
import { freePorts, type Started, startBounded, waitForPort } from './predict-support';

const haproxyBin = requireProgram('haproxy');
const root = mkdtempSync(join(tmpdir(), 'podsmith-haproxy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const template = getTemplate('haproxy');
if (!template) throw new Error('the haproxy template is missing');

/** A design with an app and one HAProxy ambassador, as a user would make it. */
function designWith(params: Params): Design {
  return sketchDesign({
    name: 'shop',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-node', name: 'app', params: { connectsTo: [`localhost:${params.listenPort ?? 8000}`] } },
          { template: 'haproxy', name: 'proxy', params },
        ],
      },
    ],
  });
}

/** haproxy.cfg of the design's (first) HAProxy container. */
function configOf(design: Design): string {
  for (const workload of design.workloads)
    for (const container of workload.containers)
      if (container.template === 'haproxy' && template) {
        const params = resolveParams(template, container.params);
        return template.build({ design, workload, container, params }).files?.[0]?.content ?? '';
      }
  throw new Error('no haproxy container');
}

function expectValid(config: string): void {
  const r = haproxyCheck(root, config);
  if (!r.ok) expect.fail(`haproxy -c refused the file:\n${r.output}`);
}

const errorsOf = (design: Design) => validate(design).filter((d) => d.severity === 'error');

describe('the haproxy -c check', () => {
  it('fails on a refused file and on a warning', () => {
    expect(haproxyCheck(root, 'frontend f\n    bind :1\n    bogus keyword\n').ok).toBe(false);
    // Without timeouts HAProxy only warns; the check counts that as a failure too.
    expect(haproxyCheck(root, 'defaults\n    mode http\nfrontend f\n    bind 127.0.0.1:1\n').ok).toBe(false);
  });

  it('needs the hosts mapping for Service names: an unknown name stops HAProxy', () => {
    const cfg = configOf(designWith({}));
    expect(haproxyCheck(root, cfg).ok).toBe(true);
    const r = haproxyCheck(root, cfg, ['production']);
    expect(r.ok).toBe(false);
    expect(r.output).toContain("could not resolve address 'experiment'");
  });
});

describe('haproxy -c accepts every haproxy.cfg of every example', () => {
  const found = examplesUsing('haproxy');

  it('finds the haproxy-split example', () => {
    expect(found.map((e) => e.name)).toContain('haproxy-split');
  });

  it.each(found.map((e) => [e.name, e.design] as const))('%s', (_name, design) => {
    expect(errorsOf(design)).toEqual([]);
    expectValid(configOf(design));
  });
});

describe('haproxy -c accepts every parameter combination', () => {
  const combos: [string, Params][] = [];
  for (const mode of ['http', 'tcp'])
    for (const stickiness of ['none', 'cookie'])
      for (const statsPort of [0, 8404])
        combos.push([`${mode} ${stickiness} stats=${statsPort}`, { mode, stickiness, statsPort }]);
  combos.push(
    [
      '64 upstreams with every weight bound',
      {
        upstreams: Array.from({ length: 64 }, (_, i) => ({
          name: `u-${i}`,
          host: i % 2 ? `svc-${i}.team.svc.cluster.local` : `10.0.${i}.1`,
          port: 1 + i * 1000,
          weight: i % 3 === 0 ? 1 : 256,
        })),
      },
    ],
    [
      'every limit at its maximum',
      {
        listenPort: 65535,
        statsPort: 65534,
        connectTimeout: 3_600_000,
        clientTimeout: 3_600_000,
        serverTimeout: 3_600_000,
      },
    ],
    [
      'every limit at its minimum',
      { listenPort: 1024, statsPort: 0, connectTimeout: 1, clientTimeout: 1, serverTimeout: 1 },
    ],
  );

  it.each(combos)('%s', (_label, params) => {
    const design = designWith(params);
    expect(errorsOf(design)).toEqual([]);
    expectValid(configOf(design));
  });
});

const label = fc.stringMatching(/^[a-z]([-a-z0-9]{0,10}[a-z0-9])?$/);
const host = fc.oneof(
  fc.domain().map((d) => d.toLowerCase()),
  fc
    .tuple(fc.integer({ min: 1, max: 223 }), fc.nat(255), fc.nat(255), fc.integer({ min: 1, max: 254 }))
    .map((o) => o.join('.')),
);

describe('haproxy -c accepts fast-check-generated parameters', () => {
  it('any valid design of an HAProxy ambassador gives a file HAProxy accepts, with the values in place', () => {
    const upstream = fc.record({
      name: label,
      host,
      port: fc.integer({ min: 1, max: 65535 }),
      weight: fc.integer({ min: 1, max: 256 }),
    });
    const params = fc.record({
      listenPort: fc.integer({ min: 1024, max: 65535 }),
      mode: fc.constantFrom(...HAPROXY_PARAMS.mode.options),
      upstreams: fc.uniqueArray(upstream, { minLength: 1, maxLength: 5, selector: (u) => u.name }),
      stickiness: fc.constantFrom(...HAPROXY_PARAMS.stickiness.options),
      cookieName: fc.stringMatching(/^[A-Za-z0-9_.-]{1,20}$/),
      connectTimeout: fc.integer({ min: 1, max: 3_600_000 }),
      clientTimeout: fc.integer({ min: 1, max: 3_600_000 }),
      serverTimeout: fc.integer({ min: 1, max: 3_600_000 }),
      statsPort: fc.oneof(fc.constant(0), fc.integer({ min: 1024, max: 65535 })),
    });
    let checked = 0;
    fc.assert(
      fc.property(params, (p) => {
        const design = designWith(p);
        if (errorsOf(design).length > 0) {
          // Only the cross-field rules may refuse a generated value: a loop to itself or a shared port.
          expect(
            errorsOf(design)
              .map((d) => d.rule)
              .every((r) => ['PS181', 'PS182', 'PS004', 'PS005'].includes(r)),
          ).toBe(true);
          return;
        }
        checked += 1;
        const config = configOf(design);
        expectValid(config);
        const servers = readHaproxy(config)
          .sections.find((s) => s.kind === 'backend')
          ?.lines.filter((l) => l.words[0] === 'server')
          .map((l) => l.words.slice(1, 5));
        expect(servers).toEqual(p.upstreams.map((u) => [u.name, `${u.host}:${u.port}`, 'weight', String(u.weight)]));
      }),
      { numRuns: 25 },
    );
    expect(checked).toBeGreaterThan(10);
  });
});

describe('arbitrary strings are refused by validation or survive haproxy -c', () => {
  const refused = (design: Design, field: string) =>
    errorsOf(design).some((d) => d.target.kind === 'container' && d.target.field === field);
  const anyText = (near: fc.Arbitrary<string>) =>
    fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 }), near);

  const cases = [
    ['upstreams[0].name', label, (v: string) => ({ upstreams: [{ name: v, host: 'web', port: 80, weight: 1 }] })],
    ['upstreams[0].host', host, (v: string) => ({ upstreams: [{ name: 'web', host: v, port: 80, weight: 1 }] })],
    ['cookieName', fc.stringMatching(COOKIE_NAME.pattern), (v: string) => ({ stickiness: 'cookie', cookieName: v })],
  ] as const;

  it.each(cases)('%s', (field, near, set) => {
    let accepted = 0;
    fc.assert(
      fc.property(anyText(near), (value) => {
        const design = designWith(set(value));
        if (refused(design, field)) return;
        accepted += 1;
        expect(errorsOf(design)).toEqual([]);
        const config = configOf(design);
        expectValid(config);
        const backend = readHaproxy(config).sections.find((s) => s.kind === 'backend');
        const words = backend?.lines.map((l) => l.words) ?? [];
        if (field === 'cookieName') expect(words).toContainEqual(['cookie', value, 'insert', 'indirect', 'nocache']);
        else {
          const server = words.find((w) => w[0] === 'server') ?? [];
          expect(field.endsWith('name') ? server[1] : server[2]).toBe(field.endsWith('name') ? value : `${value}:80`);
        }
      }),
      { numRuns: 30 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('refuses white space, newlines, # and quotes in every string field', () => {
    for (const bad of ['a b', 'a\nserver x 1.2.3.4:1', 'a#b', 'a"b', "a'b", 'a\\b', '$X'])
      for (const [field, , set] of cases)
        expect(refused(designWith(set(bad)), field), `${field} ${JSON.stringify(bad)}`).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Live on loopback

const running: Started[] = [];
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

/** The test copy: every `bind :PORT` on 127.0.0.1 only; nothing else changes. */
function loopbackCopy(config: string): string {
  const copy = config.replace(/^( {4}bind ):([0-9]+)$/gm, '$1127.0.0.1:$2');
  expect(copy).not.toMatch(/bind :/);
  return copy;
}

async function startHaproxy(config: string, port: number): Promise<Started> {
  expectValid(config);
  const file = join(root, `live-${port}.cfg`);
  writeFileSync(file, config);
  const proxy = startBounded(60, haproxyBin, ['-db', '-f', file]);
  running.push(proxy);
  await waitForPort(port, 5000, `(haproxy: ${proxy.output()})`);
  return proxy;
}

/** An HTTP server on 127.0.0.1 that answers with its name; `hits` counts its requests. */
async function namedServer(name: string, port: number): Promise<{ hits: () => number }> {
  let hits = 0;
  const server = createHttpServer((_req, res) => {
    hits += 1;
    res.setHeader('content-type', 'text/plain');
    res.end(name);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { hits: () => hits };
}

/** One GET on a new connection; the body and the Set-Cookie header. */
function get(port: number, cookie?: string): Promise<{ body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/', agent: false, timeout: 5000, headers: cookie ? { cookie } : {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () =>
          resolve({
            body: res.statusCode === 200 ? body : `HTTP ${res.statusCode}`,
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

const tally = (names: readonly string[]) =>
  Object.fromEntries([...new Set(names)].sort().map((n) => [n, names.filter((x) => x === n).length]));

describe('HAProxy live on loopback', () => {
  it('splits requests exactly by weight (the haproxy-split example, 3 upstreams at 5:3:2)', async () => {
    const [listen, stats, a, b, c] = await freePorts(5);
    if (listen === undefined || stats === undefined || a === undefined || b === undefined || c === undefined)
      throw new Error('ports');
    const upstreams = [
      { name: 'production', host: '127.0.0.1', port: a, weight: 5 },
      { name: 'canary', host: '127.0.0.1', port: b, weight: 3 },
      { name: 'experiment', host: '127.0.0.1', port: c, weight: 2 },
    ];
    const counters = await Promise.all(upstreams.map((u) => namedServer(u.name, u.port)));
    const design = withParams(exampleDesign('haproxy-split'), 'haproxy', {
      listenPort: listen,
      statsPort: stats,
      upstreams,
    });
    const proxy = await startHaproxy(loopbackCopy(configOf(design)), listen);
    try {
      const N = 200;
      const answers: string[] = [];
      for (let i = 0; i < N; i++) answers.push((await get(listen)).body);
      const split = tally(answers);
      console.log(`haproxy roundrobin 5:3:2 over ${N} requests: ${JSON.stringify(split)}`);
      expect(split).toEqual({ canary: 60, experiment: 40, production: 100 });
      expect(counters.map((x) => x.hits())).toEqual([100, 60, 40]);
      // Every window of 10 consecutive requests already holds the weights (smooth weighted round robin).
      for (let i = 0; i + 10 <= N; i += 10)
        expect(tally(answers.slice(i, i + 10))).toEqual({ canary: 3, experiment: 2, production: 5 });
      // The example's stickiness is cookie: a client that returns the cookie stays on its upstream.
      const first = await get(listen);
      const cookie = first.setCookie.map((s) => s.split(';')[0]).find((s) => s?.startsWith('SERVERID='));
      expect(cookie).toBe(`SERVERID=${first.body}`);
      const again = await Promise.all(Array.from({ length: 20 }, () => get(listen, cookie)));
      expect(new Set(again.map((r) => r.body))).toEqual(new Set([first.body]));
      expect(again.every((r) => r.setCookie.length === 0)).toBe(true);
      const pinned = await Promise.all(Array.from({ length: 10 }, () => get(listen, 'SERVERID=experiment')));
      expect(new Set(pinned.map((r) => r.body))).toEqual(new Set(['experiment']));
      // The stats listener answers /healthz, the readiness probe's path.
      const health = await new Promise<number>((resolve, reject) =>
        request({ host: '127.0.0.1', port: stats, path: '/healthz', agent: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end(),
      );
      expect(health).toBe(200);
    } finally {
      await proxy.stop();
    }
  });

  it('brokers TCP connections to an echo server, split by weight', async () => {
    const [listen, a, b] = await freePorts(3);
    if (listen === undefined || a === undefined || b === undefined) throw new Error('ports');
    const seen: string[] = [];
    for (const [name, port] of [
      ['left', a],
      ['right', b],
    ] as const) {
      const server = createTcpServer((socket) => {
        socket.on('data', (d) => {
          seen.push(name);
          socket.write(`${name}:${d.toString()}`);
        });
        socket.on('error', () => {});
      });
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      servers.push(server as unknown as Server);
    }
    const design = designWith({
      listenPort: listen,
      mode: 'tcp',
      statsPort: 0,
      upstreams: [
        { name: 'left', host: '127.0.0.1', port: a, weight: 1 },
        { name: 'right', host: '127.0.0.1', port: b, weight: 3 },
      ],
    });
    // The loopback servers stand in for Services outside the pod, so only PS005 (nothing of the pod
    // listens there) may speak.
    expect(errorsOf(design).filter((d) => d.rule !== 'PS005')).toEqual([]);
    const proxy = await startHaproxy(loopbackCopy(configOf(design)), listen);
    const echo = (text: string) =>
      new Promise<string>((resolve, reject) => {
        const s = new Socket();
        let got = '';
        s.setTimeout(5000, () => s.destroy(new Error('timeout')));
        s.on('data', (d) => {
          got += d.toString();
          if (got.endsWith(text)) {
            s.end();
            resolve(got);
          }
        });
        s.on('error', reject);
        s.connect(listen, '127.0.0.1', () => s.write(text));
      });
    try {
      const replies: string[] = [];
      for (let i = 0; i < 40; i++) replies.push(await echo(`ping-${i}\n`));
      expect(replies.every((r, i) => r.endsWith(`:ping-${i}\n`))).toBe(true);
      const split = tally(replies.map((r) => r.split(':')[0] ?? ''));
      console.log(`haproxy tcp 1:3 over 40 connections: ${JSON.stringify(split)}`);
      expect(split).toEqual({ left: 10, right: 30 });
      expect(tally(seen)).toEqual(split);
    } finally {
      await proxy.stop();
    }
  });
});
