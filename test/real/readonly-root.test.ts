/**
 * The security contexts the templates propose, proven on the real programs: nginx (the request
 * splitter) and nutcracker (the sharded Redis ambassador) run as the user the template names, with
 * every capability dropped, no new privileges, and a read-only root filesystem on which only the
 * template's own emptyDirs are writable. Each starts and serves, answers its default probe, and nginx
 * fails to start when its declared writable path is left read-only.
 *
 * How: a private mount namespace (`unshare -m`, as the existing nginx tests use) in which the
 * generated config is bind-mounted read-only where the container mounts it, /etc/hosts maps the
 * Services' names to 127.0.0.1, every mount of the machine is remounted read-only, and a fresh tmpfs
 * (mode 1777, as an emptyDir) goes over each scratch directory; `setpriv` then drops to the user,
 * clears the capabilities and sets no_new_privs before it runs the program. Nothing outside the
 * namespace changes; servers listen on 127.0.0.1 only, run under `timeout` and are stopped by pid.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, type Design } from '../../src/core';
import type { Contribution, Probe } from '../../src/core/catalog/types';
import type { JsonMap } from '../../src/core/model/design';
import { exampleDesign } from '../support/design';
import { parseNginx, tempDir, upstreamHosts } from '../support/nginx';
import { requireProgram } from '../support/programs';
import { command, freePorts, pipeline, type Started, startBounded, waitForPort } from './predict-support';

const dirs: string[] = [];
const started: Started[] = [];
afterAll(async () => {
  for (const s of started) await s.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The built container `name` of the design: its template's contribution. */
function contributionOf(design: Design, name: string): Contribution {
  for (const w of analyze(design).workloads)
    for (const b of w.containers) if (b.container.name === name) return b.contribution;
  throw new Error(`no container ${name}`);
}

/** The design with the params of container `name` overlaid. */
function withContainerParams(design: Design, name: string, params: Record<string, unknown>): Design {
  return {
    ...design,
    workloads: design.workloads.map((w) => ({
      ...w,
      containers: w.containers.map((c) =>
        c.name === name ? { ...c, params: { ...c.params, ...(params as typeof c.params) } } : c,
      ),
    })),
  };
}

/**
 * What a confined run needs: where the config files go (the directory the container mounts them in),
 * the user, the writable directories, the host names to map, and the program's command line.
 */
interface Confined {
  readonly configDir: string;
  readonly files: readonly { readonly name: string; readonly content: string }[];
  readonly uid: number;
  readonly writable: readonly string[];
  readonly hosts: readonly string[];
  readonly argv: readonly string[];
}

/**
 * The shell that builds the container's view of the filesystem, then runs the program. Positional
 * parameters: $1 the staged config directory, $2 where it is mounted, $3 the hosts file, $4 the log,
 * $5 the uid, $6 the writable directories (space-separated), then the program's argv.
 */
const CONFINE = [
  'set -e',
  'staged="$1"; target="$2"; hosts="$3"; log="$4"; uid="$5"; writable="$6"; shift 6',
  // The log's directory becomes a mount of its own, so the open log is no writer on the root's mount
  // (a mount with writers cannot be made read-only) and stays writable while the rest does not.
  'out="$(dirname "$log")"',
  'mount --bind "$out" "$out"',
  'exec 3>>"$log"',
  'mount --bind "$hosts" /etc/hosts',
  'mount --bind "$staged" "$target"',
  // Every mount but the kernel's own file systems becomes read-only (the bind mounts above included).
  `awk '{print $5}' /proc/self/mountinfo | while read -r m; do case "$m" in /proc*|/sys*|/dev*|"$out") ;; *) mount -o remount,bind,ro "$m" || echo "could not remount $m read-only" >&2 ;; esac; done`,
  'if touch /.podsmith-rw-check 2>/dev/null || touch /tmp/.podsmith-rw-check 2>/dev/null; then echo "the root is still writable" >&2; exit 97; fi',
  'for d in $writable; do mount -t tmpfs -o mode=1777,size=16m tmpfs "$d"; done',
  'exec setpriv --reuid="$uid" --regid="$uid" --clear-groups --no-new-privs --inh-caps=-all --bounding-set=-all -- "$@" >&3 2>&3',
].join('\n');

/** Starts the program confined as described, bounded to 60 s; `log()` reads what it printed. */
function startConfined(c: Confined): { proc: Started; log: () => string } {
  requireProgram('setpriv');
  const dir = tempDir('podsmith-ro-');
  dirs.push(dir);
  const staged = join(dir, 'config');
  mkdirSync(staged, { mode: 0o755 });
  for (const f of c.files) writeFileSync(join(staged, f.name), f.content, { mode: 0o644 });
  const hosts = join(dir, 'hosts');
  writeFileSync(hosts, `${['127.0.0.1 localhost', ...c.hosts.map((h) => `127.0.0.1 ${h}`)].join('\n')}\n`);
  mkdirSync(join(dir, 'out'), { mode: 0o755 });
  const log = join(dir, 'out', 'program.log');
  writeFileSync(log, '');
  // nginx opens /dev/stdout again (its access_log), as the user it runs as: in a pod stdout is a
  // pipe anyone may open; here it is this file.
  chmodSync(log, 0o666);
  const args = [
    '-m',
    '--',
    'sh',
    '-c',
    CONFINE,
    'sh',
    staged,
    c.configDir,
    hosts,
    log,
    String(c.uid),
    c.writable.join(' '),
  ];
  const proc = startBounded(60, requireProgram('unshare'), [...args, ...c.argv]);
  started.push(proc);
  return { proc, log: () => `${proc.output()}${readFileSync(log, 'utf8')}` };
}

/** Waits (at most `ms`) for the started program to exit; its exit is seen as its port never opening. */
async function exited(proc: Started, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (spawnSync('kill', ['-0', String(proc.pid)]).status !== 0) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** The restricted profile, as the template proposes it; the test runs the program exactly so. */
function expectRestricted(c: Contribution): { uid: number; writable: string[] } {
  const sc = c.securityContext as JsonMap;
  expect(sc).toMatchObject({
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    seccompProfile: { type: 'RuntimeDefault' },
  });
  const writable = (c.scratchDirs ?? []).map((d) => d.mountPath);
  expect(writable).toEqual([...(c.writablePaths ?? [])]);
  return { uid: sc.runAsUser as number, writable };
}

/** Runs a probe the way the kubelet does, against the confined program (its ports are the host's here). */
async function runProbe(p: Probe | undefined): Promise<{ ok: boolean; output: string }> {
  if (!p) throw new Error('the template proposes no probe');
  const timeout = (p.timeoutSeconds ?? 1) * 1000;
  if (p.kind === 'tcp')
    return new Promise((resolve) => {
      const socket = connect(p.port ?? 80, '127.0.0.1');
      socket.setTimeout(timeout, () => socket.destroy(new Error('timeout')));
      socket.once('connect', () => {
        socket.destroy();
        resolve({ ok: true, output: 'connected' });
      });
      socket.once('error', (e) => resolve({ ok: false, output: e.message }));
    });
  if (p.kind === 'http')
    return new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port: p.port, path: p.path ?? '/', timeout, agent: false }, (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        resolve({ ok: status >= 200 && status < 400, output: String(status) });
      });
      req.on('error', (e) => resolve({ ok: false, output: e.message }));
      req.end();
    });
  if (p.kind === 'exec') {
    const [program = '', ...rest] = p.command ?? [];
    // The images' nc is busybox's (Alpine); run busybox's applet of that name.
    const argv = program === 'nc' ? [requireProgram('busybox'), 'nc', ...rest] : [program, ...rest];
    const r = spawnSync(argv[0] as string, argv.slice(1), { encoding: 'utf8', timeout, input: '' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  }
  throw new Error(`no runner for ${p.kind} probes`);
}

/** A small HTTP backend on 127.0.0.1 that says who it is. */
async function backend(name: string, port: number): Promise<Server> {
  const server = createServer((req, res) => res.end(`${name} answered ${req.url}`));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

function get(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, timeout: 5_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('nginx (request-splitting) under the restricted profile and a read-only root', () => {
  /** The request splitter of the example on ports of the test's, and what it builds. */
  async function splitter() {
    requireProgram('nginx');
    const [listen = 0, production = 0, experiment = 0] = await freePorts(3);
    const design = withContainerParams(exampleDesign('request-splitting'), 'request-splitter', {
      listenPort: listen,
      upstreams: [
        { name: 'production', host: 'production', port: production, weight: 9 },
        { name: 'experiment', host: 'experiment', port: experiment, weight: 1 },
      ],
    });
    const contribution = contributionOf(design, 'request-splitter');
    const file = contribution.files?.find((f) => f.name === 'nginx.conf');
    if (!file) throw new Error('no nginx.conf');
    expect(file.mountPath).toBe('/etc/nginx/nginx.conf');
    const confined = (writable: readonly string[]): Confined => ({
      configDir: '/etc/nginx',
      files: [{ name: 'nginx.conf', content: file.content }],
      uid: expectRestricted(contribution).uid,
      writable,
      hosts: upstreamHosts(parseNginx(file.content)),
      argv: ['nginx', '-c', '/etc/nginx/nginx.conf', '-g', 'daemon off;'],
    });
    return { listen, production, experiment, contribution, confined };
  }

  it('proposes user 101 with /tmp as its one writable path', async () => {
    const { contribution } = await splitter();
    expect(expectRestricted(contribution)).toEqual({ uid: 101, writable: ['/tmp'] });
  });

  it('starts, serves through its upstreams and answers its readiness probe', async () => {
    const { listen, production, experiment, contribution, confined } = await splitter();
    const servers = [await backend('production', production), await backend('experiment', experiment)];
    try {
      const { proc, log } = startConfined(confined(expectRestricted(contribution).writable));
      try {
        await waitForPort(listen, 10_000, 'for nginx').catch((e: Error) => {
          throw new Error(`${e.message}\n${log()}`);
        });
        expect(await get(listen, '/hello')).toMatch(/^(production|experiment) answered \/hello$/);
        expect(contribution.readinessProbe).toEqual({ kind: 'tcp', port: listen, periodSeconds: 10 });
        expect(await runProbe(contribution.readinessProbe)).toEqual({ ok: true, output: 'connected' });
        // Its temporary files went to the tmpfs, not to the machine's /tmp.
        expect(log()).not.toMatch(/emerg|alert|crit/);
      } finally {
        await proc.stop();
      }
    } finally {
      for (const s of servers) s.close();
    }
  });

  it('does not start when its declared writable path stays read-only', async () => {
    const { listen, confined } = await splitter();
    const { proc, log } = startConfined(confined([]));
    expect(await exited(proc, 10_000)).toBe(true);
    expect(log()).toMatch(/"\/tmp\/[a-z_]+(\.pid)?" failed \(30: Read-only file system\)/);
    expect((await runProbe({ kind: 'tcp', port: listen })).ok).toBe(false);
  });
});

describe('nutcracker (sharded-redis) under the restricted profile and a read-only root', () => {
  it('proposes nobody and no writable path, starts with none, proxies Redis and answers its exec probe', async () => {
    const redisServer = requireProgram('redis-server');
    requireProgram('nutcracker');
    const [listen = 0, stats = 0, shardA = 0, shardB = 0] = await freePorts(4);
    const design = withContainerParams(exampleDesign('sharded-redis'), 'twemproxy', {
      listenPort: listen,
      statsPort: stats,
      mode: 'servers',
      servers: [
        { host: 'shard-a', port: shardA, weight: 1, name: 'shard-0' },
        { host: 'shard-b', port: shardB, weight: 1, name: 'shard-1' },
      ],
    });
    const contribution = contributionOf(design, 'twemproxy');
    const { uid, writable } = expectRestricted(contribution);
    expect({ uid, writable }).toEqual({ uid: 65534, writable: [] });
    const file = contribution.files?.find((f) => f.name === 'nutcracker.yaml');
    if (!file || !contribution.args) throw new Error('no nutcracker.yaml or args');
    expect(file.mountPath).toBe('/etc/nutcracker/nutcracker.yaml');
    const redis = [shardA, shardB].map((port) =>
      startBounded(60, redisServer, [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ]),
    );
    started.push(...redis);
    for (const port of [shardA, shardB]) await waitForPort(port, 5000, 'for redis-server');
    const { proc, log } = startConfined({
      configDir: '/etc/nutcracker',
      files: [{ name: 'nutcracker.yaml', content: file.content }],
      uid,
      writable,
      hosts: ['shard-a', 'shard-b'],
      // Debian patches nutcracker's default log file to /var/log/nutcracker/nutcracker.log; the image
      // builds twemproxy's own source, whose default is stderr. Debian's build is given that default.
      argv: [...contribution.args, '-o', '/dev/stderr'],
    });
    try {
      await waitForPort(listen, 10_000, 'for nutcracker').catch((e: Error) => {
        throw new Error(`${e.message}\n${log()}`);
      });
      const replies = await pipeline(listen, [command('SET', 'user:1', 'v1'), command('GET', 'user:1')]);
      expect(replies.map((r) => (Buffer.isBuffer(r) ? r.toString('utf8') : r))).toEqual(['OK', 'v1']);
      const probe = contribution.readinessProbe;
      expect(probe).toEqual({ kind: 'exec', command: ['nc', '127.0.0.1', String(stats)], periodSeconds: 10 });
      const answer = await runProbe(probe);
      expect(answer.ok).toBe(true);
      expect(answer.output).toContain('"service":"nutcracker"');
    } finally {
      await proc.stop();
    }
    // The probe fails once nutcracker is gone: it asks the program, not the port number.
    expect((await runProbe(contribution.readinessProbe)).ok).toBe(false);
  });
});
