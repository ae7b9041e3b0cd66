/**
 * The generated default.vcl, checked by the real Varnish 7.1: every example's file, a table of
 * parameter combinations and fast-check-generated parameters compile with `varnishd -C`; arbitrary
 * strings in the no-cache paths are refused by validation or compile; and live on loopback, varnishd
 * in front of a node HTTP server serves the second request from its cache (X-Cache HIT, two ids in
 * X-Varnish, Age, one request at the backend), passes the no-cache paths, and refetches after the TTL.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getTemplate, resolveParams, sketchDesign, validate } from '../../src/core';
import { URL_PATH } from '../../src/core/catalog/templates/varnish/params';
import type { Contribution } from '../../src/core/catalog/types';
import type { Design, Params } from '../../src/core/model/design';
import { exampleDesign, examplesUsing, withParams } from '../support/design';
import { requireProgram } from '../support/programs';
import { vclCompile } from '../support/varnish';
import { freePorts, type Started, startBounded, waitForPort } from './predict-support';

const varnishd = requireProgram('varnishd');
const root = mkdtempSync(join(tmpdir(), 'podsmith-varnish-'));
// Run as root, varnishd reads the VCL as its unprivileged user (vcache): the directory must be readable.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const template = getTemplate('varnish');
if (!template) throw new Error('the varnish template is missing');

/** A design with a legacy web app on 127.0.0.1:8080 and one Varnish sidecar. */
function designWith(params: Params): Design {
  return sketchDesign({
    name: 'shop',
    workloads: [
      {
        name: 'web',
        containers: [
          {
            template: 'app-legacy-web',
            name: 'app',
            params: { ports: [{ name: 'http', port: Number(params.backendPort ?? 8080), localhostOnly: true }] },
          },
          { template: 'varnish', name: 'cache', params },
        ],
      },
    ],
  });
}

/** What the design's (first) Varnish container contributes. */
function built(design: Design): Contribution {
  for (const workload of design.workloads)
    for (const container of workload.containers)
      if (container.template === 'varnish' && template)
        return template.build({ design, workload, container, params: resolveParams(template, container.params) });
  throw new Error('no varnish container');
}

const vclOf = (design: Design) => built(design).files?.[0]?.content ?? '';

function expectCompiles(vcl: string): void {
  const r = vclCompile(root, vcl);
  if (!r.ok) expect.fail(`varnishd -C refused the VCL:\n${r.output}`);
}

const errorsOf = (design: Design) => validate(design).filter((d) => d.severity === 'error');

describe('the varnishd -C check', () => {
  it('refuses a VCL that does not compile, and says why', () => {
    const r = vclCompile(
      root,
      'vcl 4.1;\nbackend app { .host = "127.0.0.1"; .port = "8080"; }\nsub vcl_recv { set req.url = "a\nb"; }\n',
    );
    expect(r.ok).toBe(false);
    expect(r.output).toContain('Unterminated string');
  });
});

describe('varnishd -C compiles every default.vcl of every example', () => {
  const found = examplesUsing('varnish');

  it('finds the varnish-cache example', () => {
    expect(found.map((e) => e.name)).toContain('varnish-cache');
  });

  it.each(found.map((e) => [e.name, e.design] as const))('%s', (_name, design) => {
    expect(errorsOf(design)).toEqual([]);
    expectCompiles(vclOf(design));
  });
});

describe('varnishd -C compiles every parameter combination', () => {
  it.each([
    ['the defaults', {}],
    ['no path excluded', { noCachePaths: [] }],
    [
      '32 paths, some with every allowed character',
      { noCachePaths: Array.from({ length: 32 }, (_, i) => `/p${i}${i % 2 ? '/' : '.x~_-/y'}`) },
    ],
    [
      'every limit at its maximum',
      { listenPort: 65535, backendPort: 65534, defaultTtl: 31_536_000, cacheSize: 65_536 },
    ],
    [
      'every limit at its minimum',
      { listenPort: 2, backendPort: 1, defaultTtl: 1, cacheSize: 16, noCachePaths: ['/'] },
    ],
  ] as [string, Params][])('%s', (_label, params) => {
    const design = designWith(params);
    expect(errorsOf(design)).toEqual([]);
    expectCompiles(vclOf(design));
  });
});

const path = fc.stringMatching(URL_PATH.pattern).filter((p) => p.length <= 40);

describe('varnishd -C compiles fast-check-generated parameters', () => {
  it('any valid Varnish sidecar gives a VCL that compiles, with the values in place', () => {
    const params = fc.record({
      listenPort: fc.integer({ min: 1, max: 65535 }),
      backendPort: fc.integer({ min: 1, max: 65535 }),
      defaultTtl: fc.integer({ min: 1, max: 31_536_000 }),
      cacheSize: fc.integer({ min: 16, max: 65_536 }),
      noCachePaths: fc.uniqueArray(path, { maxLength: 5 }),
    });
    let checked = 0;
    fc.assert(
      fc.property(params, (p) => {
        const design = designWith(p);
        const errors = errorsOf(design).map((d) => d.rule);
        if (errors.length > 0) {
          // Only a backend on the cache's own port is refused: PS190, and PS004 when the app is given that port too.
          expect(p.backendPort).toBe(p.listenPort);
          expect(errors).toContain('PS190');
          expect(errors.every((r) => r === 'PS190' || r === 'PS004')).toBe(true);
          return;
        }
        checked += 1;
        const contribution = built(design);
        const vcl = contribution.files?.[0]?.content ?? '';
        expectCompiles(vcl);
        expect(vcl).toContain(`    .port = "${p.backendPort}";\n`);
        expect(vcl).toContain(`set beresp.ttl = ${p.defaultTtl}s;`);
        expect(vcl.match(/req\.url ~ /g)?.length ?? 0).toBe(p.noCachePaths.length);
        expect(contribution.args).toEqual([
          '-F',
          '-f',
          '/etc/varnish/default.vcl',
          '-a',
          `:${p.listenPort}`,
          '-s',
          `malloc,${p.cacheSize}m`,
        ]);
      }),
      { numRuns: 12 },
    );
    expect(checked).toBeGreaterThan(8);
  });

  it('arbitrary strings as a no-cache path are refused by validation or compile', () => {
    let accepted = 0;
    const text = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      path,
    );
    fc.assert(
      fc.property(text, (value) => {
        const design = designWith({ noCachePaths: [value] });
        if (errorsOf(design).some((d) => d.target.kind === 'container' && d.target.field === 'noCachePaths[0]')) return;
        accepted += 1;
        expect(errorsOf(design)).toEqual([]);
        expectCompiles(vclOf(design));
      }),
      // Random text is mostly refused, so a run could accept none; a plain path among the cases keeps the compile side tested every time.
      { numRuns: 10, examples: [['/healthz'], ['/api/v1/']] },
    );
    expect(accepted).toBeGreaterThan(0);
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

interface Backend {
  readonly requests: string[];
}

/** A node HTTP server on 127.0.0.1 that records each request's URL and answers with its number. */
async function backend(port: number): Promise<Backend> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('content-type', 'text/plain');
    res.end(`answer ${requests.length} for ${req.url}`);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { requests };
}

/**
 * varnishd in the foreground with the generated arguments, except: the listen address on 127.0.0.1,
 * the VCL from the test's directory, and a working directory (-n) of its own with no admin port.
 */
async function startVarnish(contribution: Contribution, listen: number, name: string): Promise<Started> {
  const vcl = contribution.files?.[0]?.content ?? '';
  expectCompiles(vcl);
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'default.vcl');
  writeFileSync(file, vcl);
  const args = [...(contribution.args ?? [])];
  const a = args.indexOf('-a');
  const f = args.indexOf('-f');
  expect(args[a + 1]).toBe(`:${listen}`);
  args[a + 1] = `127.0.0.1:${listen}`;
  args[f + 1] = file;
  const started = startBounded(60, varnishd, [...args, '-n', join(dir, 'work'), '-T', 'none']);
  running.push(started);
  await waitForPort(listen, 15_000, `(varnishd: ${started.output()})`);
  return started;
}

interface Answer {
  readonly body: string;
  readonly xCache: string;
  readonly xVarnish: string;
  readonly age: number;
}

function get(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () =>
        resolve({
          body,
          xCache: String(res.headers['x-cache'] ?? ''),
          xVarnish: String(res.headers['x-varnish'] ?? ''),
          age: Number(res.headers.age ?? -1),
        }),
      );
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Varnish live on loopback', () => {
  it('serves the varnish-cache example’s second request from its cache, and passes /admin and /api/', async () => {
    const [listen, app] = await freePorts(2);
    if (listen === undefined || app === undefined) throw new Error('ports');
    const site = await backend(app);
    const design = withParams(exampleDesign('varnish-cache'), 'varnish', { listenPort: listen, backendPort: app });
    const contribution = built(design);
    const cache = await startVarnish(contribution, listen, 'example');
    try {
      const first = await get(listen, '/page');
      await sleep(1100);
      const second = await get(listen, '/page');
      console.log(
        `varnish /page: first X-Cache=${first.xCache} X-Varnish=${first.xVarnish} Age=${first.age}; second X-Cache=${second.xCache} X-Varnish=${second.xVarnish} Age=${second.age}; backend saw ${site.requests.length}`,
      );
      expect(first).toMatchObject({ body: 'answer 1 for /page', xCache: 'MISS', age: 0 });
      expect(first.xVarnish).toMatch(/^[0-9]+$/);
      expect(second).toMatchObject({ body: 'answer 1 for /page', xCache: 'HIT' });
      expect(second.xVarnish).toMatch(/^[0-9]+ [0-9]+$/);
      // The second id is the transaction that fetched the object: the first request's backend fetch.
      // The first id is this request's own. Varnish hands out ids in blocks per worker thread, so a
      // later request on another thread may have a smaller id: it is only a different one.
      const [now, stored] = second.xVarnish.split(' ').map(Number);
      expect(stored).toBeGreaterThan(Number(first.xVarnish));
      expect(now).not.toBe(stored);
      expect(now).not.toBe(Number(first.xVarnish));
      expect(second.age).toBeGreaterThanOrEqual(1);
      expect(site.requests).toEqual(['/page']);

      for (const url of ['/admin', '/admin/users?page=2', '/api/orders', '/api/orders']) {
        const before = site.requests.length;
        const answer = await get(listen, url);
        expect(answer.xCache, url).toBe('MISS');
        expect(site.requests.length, url).toBe(before + 1);
      }
      // /administrator is not under /admin: cached like any page.
      await get(listen, '/administrator');
      expect((await get(listen, '/administrator')).xCache).toBe('HIT');
      expect(site.requests.filter((u) => u === '/administrator')).toHaveLength(1);
    } finally {
      await cache.stop();
    }
  });

  it('fetches a page again once its default TTL has passed', async () => {
    const [listen, app] = await freePorts(2);
    if (listen === undefined || app === undefined) throw new Error('ports');
    const site = await backend(app);
    const contribution = built(designWith({ listenPort: listen, backendPort: app, defaultTtl: 1, cacheSize: 16 }));
    const cache = await startVarnish(contribution, listen, 'ttl');
    try {
      await get(listen, '/short');
      expect((await get(listen, '/short')).xCache).toBe('HIT');
      expect(site.requests).toEqual(['/short']);
      await sleep(1500);
      // Past its TTL the object is within the default grace: Varnish answers from the cache and
      // fetches a fresh copy in the background.
      await get(listen, '/short');
      const deadline = Date.now() + 5000;
      while (site.requests.length < 2 && Date.now() < deadline) await sleep(50);
      expect(site.requests).toEqual(['/short', '/short']);
    } finally {
      await cache.stop();
    }
  });
});
