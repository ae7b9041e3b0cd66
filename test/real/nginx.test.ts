/**
 * The generated nginx configs, checked by the real nginx (Debian's 1.22, the oldest version we target):
 * its lexer reads our quoted tokens back, every example's config passes `nginx -t`, and the HTTPS
 * sidecar, the request splitter, the tee and the service broker do their jobs live on 127.0.0.1.
 *
 * Host names: the configs name Kubernetes Services that nginx resolves at start. nginx runs in a private
 * mount namespace with its own /etc/hosts mapping them to 127.0.0.1 (see `nginxCommand` in
 * test/support/nginx.ts), so the `server` and `proxy_pass` lines tested are the generated ones.
 */
import { type ChildProcess, execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import { connect, createServer as createTcpServer } from 'node:net';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, getExample, getTemplate, resolveParams } from '../../src/core';
import type { Contribution } from '../../src/core/catalog/types';
import { quoteToken } from '../../src/core/format/nginx';
import {
  type CopyOptions,
  freePort,
  nginxTest,
  parseNginx,
  selfSignedCert,
  startNginx,
  stop,
  tempDir,
  testCopy,
  upstreamHosts,
  waitForPort,
} from '../support/nginx';
import { requireProgram } from '../support/programs';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function scratch(): string {
  const dir = tempDir('podsmith-nginx-');
  dirs.push(dir);
  return dir;
}

/** Every nginx config of every example, built through its template exactly as the bundle does. */
function exampleConfigs(): { label: string; content: string; contribution: Contribution }[] {
  return EXAMPLES.flatMap((example) =>
    example.design.workloads.flatMap((workload) =>
      workload.containers.flatMap((container) => {
        const t = getTemplate(container.template);
        if (!t) throw new Error(`unknown template ${container.template}`);
        const contribution = t.build({
          design: example.design,
          workload,
          container,
          params: resolveParams(t, container.params),
        });
        return (contribution.files ?? [])
          .filter((f) => f.language === 'nginx')
          .map((f) => ({
            label: `${example.name}/${workload.name}/${container.name}/${f.name}`,
            content: f.content,
            contribution,
          }));
      }),
    ),
  );
}

/** The one config of an example's container. */
function configOf(example: string, container: string): string {
  const found = exampleConfigs().find((c) => c.label.startsWith(`${example}/`) && c.label.includes(`/${container}/`));
  if (!found) throw new Error(`no nginx config for ${example}/${container}`);
  return found.content;
}

/**
 * nginx started on an example container's generated config, with its ports and Service addresses
 * moved to the test's (`opts`), and the Service names it uses resolving to 127.0.0.1.
 */
function startExample(example: string, container: string, opts: CopyOptions): ChildProcess {
  const config = configOf(example, container);
  return startNginx(opts.dir, testCopy(config, opts), upstreamHosts(parseNginx(config)));
}

describe("nginx's lexer reads our tokens back", () => {
  /** nginx names an unknown directive in its error, so `VALUE;` shows how nginx read VALUE. */
  function nginxReads(value: string): string | undefined {
    const dir = scratch();
    const r = nginxTest(dir, `events {}\n${quoteToken(value)};\n`);
    const m = /unknown directive "([\s\S]*)" in \//.exec(r.output);
    return m?.[1];
  }

  it.each([
    'plain',
    '',
    'a b',
    'a;b{c}d',
    '#not a comment',
    'say "hi"',
    "it's",
    'back\\slash',
    'ends with \\',
    '\\n is not a newline',
    'tab\there',
    'two\nlines',
    'cr\rhere',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's ${var} syntax, not a template
    '${not_expanded}',
    '$var',
    'é 😀',
  ])('%j', (value) => {
    expect(nginxReads(value)).toBe(value);
  });

  it('reads back arbitrary strings (30 runs)', () => {
    const nasty = fc.constantFrom(...'\\"\';{}#$ \tab\n$()é'.split(''), '${', '\\n');
    const value = fc.oneof(fc.string({ unit: nasty, maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(value, (v) => {
        expect(nginxReads(v)).toBe(v);
      }),
      { numRuns: 30 },
    );
  });
});

describe('every example config passes nginx -t', () => {
  const configs = exampleConfigs();

  it('covers the four nginx examples at least', () => {
    const examples = new Set(configs.map((c) => c.label.split('/')[0]));
    for (const name of ['https-sidecar', 'request-splitting', 'tee', 'service-broker'])
      expect(examples).toContain(name);
  });

  it.each(configs.map((c) => [c.label, c] as const))('%s', (_label, { content, contribution }) => {
    requireProgram('nginx');
    const dir = scratch();
    const nodes = parseNginx(content);
    expect(content).not.toMatch(/load_module|ssl on|http2 on/);
    const copy = testCopy(content, { dir, cert: selfSignedCert(dir) });
    const result = nginxTest(dir, copy, upstreamHosts(nodes));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
    for (const f of contribution.files ?? [])
      if (f.language === 'nginx') expect(f.mountPath).toBe('/etc/nginx/nginx.conf');
  });

  it('fails nginx -t when a host does not resolve (the hosts mapping is what makes them pass)', () => {
    const dir = scratch();
    const copy = testCopy(configOf('request-splitting', 'request-splitter'), { dir });
    const result = nginxTest(dir, copy, []);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/host not found in upstream "production:3000"/);
  });
});

/** A small HTTP server on 127.0.0.1 that answers with its name and records what it received. */
async function backend(
  name: string,
): Promise<{ port: number; server: Server; seen: { url: string; headers: IncomingHttpHeaders }[] }> {
  const port = await freePort();
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server = createHttpServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.setHeader('content-type', 'text/plain');
    res.end(`${name} answered ${req.url}`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, server, seen };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** GET http://127.0.0.1:port/path with headers; the body. */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve(body));
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end();
  });
}

const waitUntil = async (done: () => boolean, ms: number): Promise<void> => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
};

describe('live on 127.0.0.1', () => {
  it('https-sidecar: curl over HTTPS gets the legacy app’s answer through nginx', async () => {
    const curl = requireProgram('curl');
    const dir = scratch();
    const app = await backend('legacy');
    const tlsPort = await freePort();
    const copy = testCopy(configOf('https-sidecar', 'https'), {
      dir,
      cert: selfSignedCert(dir),
      ports: new Map([
        [443, tlsPort],
        [8080, app.port],
      ]),
    });
    const nginx = startNginx(dir, copy);
    try {
      await waitForPort(tlsPort, 10_000);
      const { stdout } = await promisify(execFile)(
        curl,
        ['-sk', '--max-time', '5', '-H', 'Host: legacy.example.com', `https://127.0.0.1:${tlsPort}/hello`],
        { timeout: 10_000 },
      );
      expect(stdout).toBe('legacy answered /hello');
      expect(app.seen[0]?.headers['x-forwarded-proto']).toBe('https');
      expect(app.seen[0]?.headers.host).toBe('legacy.example.com');
      const plain = await promisify(execFile)(curl, ['-s', '--max-time', '5', `http://127.0.0.1:${tlsPort}/`], {
        timeout: 10_000,
      });
      expect(plain.stdout).toContain('400');
    } finally {
      await stop(nginx);
      await close(app.server);
    }
  });

  it('request-splitting: ip_hash splits users by the address the app forwards, each user always to one side', async () => {
    const dir = scratch();
    const production = await backend('production');
    const experiment = await backend('experiment');
    const listen = await freePort();
    const nginx = startExample('request-splitting', 'request-splitter', {
      dir,
      ports: new Map([[80, listen]]),
      addresses: new Map([
        ['production:3000', `production:${production.port}`],
        ['experiment:3000', `experiment:${experiment.port}`],
      ]),
    });
    try {
      await waitForPort(listen, 10_000);
      const users = Array.from(
        { length: 60 },
        (_, i) => `${((i * 29 + 11) % 223) + 1}.${(i * 53) % 256}.${(i * 101) % 256}.1`,
      );
      const first: string[] = [];
      for (const user of users) first.push(await get(listen, '/', { 'x-forwarded-for': user }));
      const again: string[] = [];
      for (const user of users) again.push(await get(listen, '/', { 'x-forwarded-for': user }));
      expect(again).toEqual(first);
      const toExperiment = first.filter((b) => b.startsWith('experiment')).length;
      expect(toExperiment).toBeGreaterThan(0);
      expect(toExperiment).toBeLessThan(20);
      const direct = new Set<string>();
      for (let i = 0; i < 10; i++) direct.add(await get(listen, '/'));
      expect(direct.size).toBe(1);
    } finally {
      await stop(nginx);
      await close(production.server);
      await close(experiment.server);
    }
  });

  it('tee: production answers, the shadow receives a copy of each request', async () => {
    const dir = scratch();
    const production = await backend('production');
    const shadow = await backend('shadow');
    const listen = await freePort();
    const nginx = startExample('tee', 'tee', {
      dir,
      ports: new Map([[80, listen]]),
      addresses: new Map([
        ['production:3000', `production:${production.port}`],
        ['shadow:3000', `shadow:${shadow.port}`],
      ]),
    });
    try {
      await waitForPort(listen, 10_000);
      expect(await get(listen, '/orders?id=7')).toBe('production answered /orders?id=7');
      expect(await get(listen, '/_tee_shadow')).toContain('404');
      await waitUntil(() => shadow.seen.length >= 1, 5_000);
      expect(shadow.seen.map((s) => s.url)).toEqual(['/orders?id=7']);
      expect(production.seen.map((s) => s.url)).toEqual(['/orders?id=7']);
    } finally {
      await stop(nginx);
      await close(production.server);
      await close(shadow.server);
    }
  });

  it('service-broker: a TCP connection to the local port reaches the chosen environment', async () => {
    const dir = scratch();
    const port = await freePort();
    const db = createTcpServer((socket) => {
      socket.on('error', () => undefined);
      socket.end('test database\n');
    });
    await new Promise<void>((resolve) => db.listen(port, '127.0.0.1', resolve));
    const listen = await freePort();
    const nginx = startExample('service-broker', 'mysql-broker', {
      dir,
      ports: new Map([[3306, listen]]),
      addresses: new Map([['mysql.test.svc.cluster.local:3306', `mysql.test.svc.cluster.local:${port}`]]),
    });
    try {
      await waitForPort(listen, 10_000);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(listen, '127.0.0.1');
        let text = '';
        socket.setTimeout(5_000, () => socket.destroy(new Error('timed out')));
        socket.on('data', (d) => {
          text += d.toString();
        });
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(answer).toBe('test database\n');
    } finally {
      await stop(nginx);
      await new Promise((resolve) => db.close(resolve));
    }
  });

  it('the examples exist', () => {
    for (const name of ['https-sidecar', 'request-splitting', 'tee', 'service-broker'])
      expect(getExample(name)).toBeDefined();
  });
});
