/**
 * Reading nginx configs back the way nginx does, and running the real nginx on test copies.
 *
 * `parseNginx` follows `ngx_conf_read_token` (nginx's src/core/ngx_conf_file.c) step by step: the same
 * states (last_space, need_space, quoted, s_quoted, d_quoted, variable, sharp_comment), the same token
 * ends and the same unescaping, and it refuses what nginx refuses with nginx's own wording.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTemplate, resolveParams } from '../../src/core/catalog';
import { sketchDesign } from '../../src/core/edit/sketch';
import { quoteToken } from '../../src/core/format/nginx';
import type { Container, Params, Workload } from '../../src/core/model/design';
import { freePorts } from '../real/predict-support';
import { requireProgram } from './programs';

export interface ParsedNode {
  readonly name: string;
  readonly args: readonly string[];
  /** Present for blocks (`name args { … }`). */
  readonly children?: readonly ParsedNode[];
}

type Ending = 'ok' | 'block-start' | 'block-done' | 'file-done';

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';

/** nginx's unescaping of a token's raw text: \" \' \\ give the character, \t \r \n control characters. */
function unescapeToken(text: string, from: number, to: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    if (text[i] === '\\') {
      const next = text[i + 1];
      if (next === '"' || next === "'" || next === '\\') {
        i++;
      } else if (next === 't' || next === 'r' || next === 'n') {
        out += next === 't' ? '\t' : next === 'r' ? '\r' : '\n';
        i += 2;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

class Lexer {
  private pos = 0;
  constructor(private readonly text: string) {}

  /** One statement: its words and what ended it (ngx_conf_read_token). */
  read(): { words: string[]; ending: Ending } {
    const words: string[] = [];
    let needSpace = false;
    let lastSpace = true;
    let sharp = false;
    let quoted = false;
    let sQuoted = false;
    let dQuoted = false;
    let variable = false;
    let start = this.pos;
    for (;;) {
      if (this.pos >= this.text.length) {
        if (words.length > 0 || !lastSpace) throw new Error('unexpected end of file, expecting ";" or "}"');
        return { words, ending: 'file-done' };
      }
      const ch = this.text[this.pos++] as string;
      if (ch === '\n' && sharp) sharp = false;
      if (sharp) continue;
      if (quoted) {
        quoted = false;
        continue;
      }
      if (needSpace) {
        if (isSpace(ch)) {
          lastSpace = true;
          needSpace = false;
          continue;
        }
        if (ch === ';') return { words, ending: 'ok' };
        if (ch === '{') return { words, ending: 'block-start' };
        if (ch === ')') {
          lastSpace = true;
          needSpace = false;
        } else {
          throw new Error(`unexpected "${ch}"`);
        }
      }
      if (lastSpace) {
        if (isSpace(ch)) continue;
        start = this.pos - 1;
        switch (ch) {
          case ';':
          case '{':
            if (words.length === 0) throw new Error(`unexpected "${ch}"`);
            return { words, ending: ch === '{' ? 'block-start' : 'ok' };
          case '}':
            if (words.length !== 0) throw new Error('unexpected "}"');
            return { words, ending: 'block-done' };
          case '#':
            sharp = true;
            continue;
          case '\\':
            quoted = true;
            lastSpace = false;
            continue;
          case '"':
            start++;
            dQuoted = true;
            lastSpace = false;
            continue;
          case "'":
            start++;
            sQuoted = true;
            lastSpace = false;
            continue;
          default:
            lastSpace = false;
        }
      } else {
        if (ch === '{' && variable) continue;
        variable = false;
        if (ch === '\\') {
          quoted = true;
          continue;
        }
        if (ch === '$') {
          variable = true;
          continue;
        }
        let found = false;
        if (dQuoted) {
          if (ch === '"') {
            dQuoted = false;
            needSpace = true;
            found = true;
          }
        } else if (sQuoted) {
          if (ch === "'") {
            sQuoted = false;
            needSpace = true;
            found = true;
          }
        } else if (isSpace(ch) || ch === ';' || ch === '{') {
          lastSpace = true;
          found = true;
        }
        if (found) {
          words.push(unescapeToken(this.text, start, this.pos - 1));
          if (ch === ';') return { words, ending: 'ok' };
          if (ch === '{') return { words, ending: 'block-start' };
        }
      }
    }
  }
}

function parseLevel(lexer: Lexer, inBlock: boolean): ParsedNode[] {
  const nodes: ParsedNode[] = [];
  for (;;) {
    const { words, ending } = lexer.read();
    if (ending === 'file-done') {
      if (inBlock) throw new Error('unexpected end of file, expecting "}"');
      return nodes;
    }
    if (ending === 'block-done') {
      if (!inBlock) throw new Error('unexpected "}"');
      return nodes;
    }
    const [name = '', ...args] = words;
    nodes.push(ending === 'block-start' ? { name, args, children: parseLevel(lexer, true) } : { name, args });
  }
}

/** The statements of a config as nginx's lexer reads them; throws nginx's message where nginx would. */
export function parseNginx(text: string): ParsedNode[] {
  return parseLevel(new Lexer(text), false);
}

/** Writes parsed nodes back as config text, every word through the generator's own `quoteToken`. */
export function printNginx(nodes: readonly ParsedNode[], depth = 0): string {
  const pad = '    '.repeat(depth);
  return nodes
    .map((n) => {
      const head = [n.name, ...n.args].map(quoteToken).join(' ');
      return n.children ? `${pad}${head} {\n${printNginx(n.children, depth + 1)}${pad}}\n` : `${pad}${head};\n`;
    })
    .join('');
}

/** Every node, depth first, with the names of the blocks around it. */
export function walk(
  nodes: readonly ParsedNode[],
  path: readonly string[] = [],
): { node: ParsedNode; path: string[] }[] {
  return nodes.flatMap((node) => [
    { node, path: [...path] },
    ...(node.children ? walk(node.children, [...path, node.name]) : []),
  ]);
}

/** The first directive `name` inside blocks `path` (e.g. ['http', 'server']), or undefined. */
export function find(nodes: readonly ParsedNode[], path: readonly string[], name: string): ParsedNode | undefined {
  return walk(nodes).find((x) => x.node.name === name && x.path.join('/') === path.join('/'))?.node;
}

/** Every directive `name` inside blocks `path`. */
export function findAll(nodes: readonly ParsedNode[], path: readonly string[], name: string): ParsedNode[] {
  return walk(nodes)
    .filter((x) => x.node.name === name && x.path.join('/') === path.join('/'))
    .map((x) => x.node);
}

/** Host names nginx resolves at start: `server` lines of upstreams and `proxy_pass` of stream servers. */
export function upstreamHosts(nodes: readonly ParsedNode[]): string[] {
  const addresses = [
    ...findAll(nodes, ['http', 'upstream'], 'server'),
    ...findAll(nodes, ['stream', 'upstream'], 'server'),
    ...findAll(nodes, ['stream', 'server'], 'proxy_pass'),
  ].map((n) => n.args[0] ?? '');
  const hosts = addresses.map((a) => a.replace(/:[0-9]+$/, ''));
  return [...new Set(hosts.filter((h) => h !== '' && !/^[0-9.]+$/.test(h)))];
}

export interface CopyOptions {
  /** Directory that takes the place of /tmp (pid, temp paths). */
  readonly dir: string;
  /** Certificate and key for `ssl_certificate` / `ssl_certificate_key`. */
  readonly cert?: { readonly crt: string; readonly key: string };
  /** Port rewrites: `listen N` becomes `listen 127.0.0.1:M`, and `:N` at the end of a URL becomes `:M`. */
  readonly ports?: ReadonlyMap<number, number>;
  /** Address rewrites for `server` and `proxy_pass` (e.g. `production:3000` to `production:41234`). */
  readonly addresses?: ReadonlyMap<string, string>;
}

function rewriteArgs(node: ParsedNode, opts: CopyOptions): readonly string[] {
  const args = node.args.map((a) => (a.startsWith('/tmp/') ? join(opts.dir, a.slice('/tmp/'.length)) : a));
  if (opts.cert && node.name === 'ssl_certificate') return [opts.cert.crt];
  if (opts.cert && node.name === 'ssl_certificate_key') return [opts.cert.key];
  const address = opts.addresses?.get(args[0] ?? '');
  if (address !== undefined && (node.name === 'server' || node.name === 'proxy_pass')) {
    return [address, ...args.slice(1)];
  }
  const ports = opts.ports;
  if (ports && node.name === 'listen') {
    const to = ports.get(Number(args[0]));
    if (to !== undefined) return [`127.0.0.1:${to}`, ...args.slice(1)];
  }
  if (ports && node.name === 'proxy_pass') {
    return args.map((a) => a.replace(/:([0-9]+)$/, (_m, p: string) => `:${ports.get(Number(p)) ?? p}`));
  }
  return args;
}

function rewrite(node: ParsedNode, opts: CopyOptions): ParsedNode {
  const args = rewriteArgs(node, opts);
  return node.children
    ? { name: node.name, args, children: node.children.map((c) => rewrite(c, opts)) }
    : { name: node.name, args };
}

/**
 * A copy of a generated config that runs outside a container: /tmp paths moved into `dir`, the
 * certificate paths pointed at a test pair, ports rewritten, and the stream module loaded when the
 * config has `stream {}` (Debian builds it as a module; the official image has it built in).
 */
export function testCopy(config: string, opts: CopyOptions): string {
  const nodes = parseNginx(config).map((n) => rewrite(n, opts));
  const stream = nodes.some((n) => n.name === 'stream');
  const loadModule = stream ? 'load_module /usr/lib/nginx/modules/ngx_stream_module.so;\n' : '';
  return loadModule + printNginx(nodes);
}

/** A fresh directory (0755, so nginx's worker user can reach its temp paths). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** A self-signed certificate and key for 127.0.0.1 / localhost, made with openssl. */
export function selfSignedCert(dir: string): { crt: string; key: string } {
  const openssl = requireProgram('openssl');
  const crt = join(dir, 'tls.crt');
  const key = join(dir, 'tls.key');
  const r = spawnSync(
    openssl,
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      crt,
    ],
    { encoding: 'utf8', timeout: 30_000 },
  );
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { crt, key };
}

/**
 * The command that runs nginx with the given host names resolving to 127.0.0.1.
 *
 * nginx resolves upstream host names when it starts, and the generated configs name Kubernetes
 * Services (`production`, `mysql.test.svc.cluster.local`). Rather than test a copy with the names
 * replaced, nginx runs in a private mount namespace (`unshare -m`) where a hosts file of our own is
 * bind-mounted over /etc/hosts: the `server` and `proxy_pass` lines under test are exactly the
 * generated ones, and the machine's /etc/hosts is never touched.
 */
function nginxCommand(dir: string, hosts: readonly string[], nginxArgs: readonly string[]): [string, string[]] {
  const nginx = requireProgram('nginx');
  const unshare = requireProgram('unshare');
  const hostsFile = join(dir, 'hosts');
  const lines = ['127.0.0.1 localhost', ...hosts.map((h) => `127.0.0.1 ${h}`)];
  writeFileSync(hostsFile, `${lines.join('\n')}\n`);
  // stdout goes to a file: the configs log to /dev/stdout, which cannot be opened when stdout is the
  // socket Node gives a child (ENXIO); in a pod it is a pipe or a file, which can.
  const script = 'mount --bind "$1" /etc/hosts && out="$2" && shift 2 && exec "$@" >>"$out"';
  return [unshare, ['-m', '--', 'sh', '-c', script, 'sh', hostsFile, join(dir, 'stdout.log'), nginx, ...nginxArgs]];
}

export interface NginxCheck {
  readonly ok: boolean;
  readonly output: string;
}

/** `nginx -t` on a config text (already a test copy) written into `dir`. */
export function nginxTest(dir: string, config: string, hosts: readonly string[] = []): NginxCheck {
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const [cmd, args] = nginxCommand(dir, hosts, ['-t', '-q', '-e', 'stderr', '-p', `${dir}/`, '-c', file]);
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Starts nginx in the foreground on a config text in `dir`; stop it with `stop(child)`. */
export function startNginx(dir: string, config: string, hosts: readonly string[] = []): ChildProcess {
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const [cmd, args] = nginxCommand(dir, hosts, ['-e', 'stderr', '-p', `${dir}/`, '-c', file, '-g', 'daemon off;']);
  return spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Stops a child by its pid and waits (at most 5 s) for it to exit. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(
    () => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'),
    5_000,
  );
  await exited;
  clearTimeout(timer);
}

/** A TCP port on 127.0.0.1 that is free now, below the kernel's range for outgoing connections. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  if (port === undefined) throw new Error('no free port found');
  return port;
}

/** Waits until something accepts TCP connections on 127.0.0.1:port, or throws after `ms`. */
export async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
}

/** One container of a template, in a pod of its own, built with `params`: what tests of templates need. */
export function buildOne(templateId: string, params: Params = {}) {
  const design = sketchDesign({
    name: 'demo',
    workloads: [{ name: 'pod', containers: [{ template: templateId, params }] }],
  });
  const workload = design.workloads[0] as Workload;
  const container = workload.containers[0] as Container;
  const template = getTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const input = { design, workload, container, params: resolveParams(template, container.params) };
  const contribution = template.build(input);
  const file = contribution.files?.find((f) => f.language === 'nginx');
  return {
    template,
    input,
    contribution,
    text: file?.content ?? '',
    nodes: parseNginx(file?.content ?? ''),
    diagnostics: template.check?.(input) ?? [],
  };
}
