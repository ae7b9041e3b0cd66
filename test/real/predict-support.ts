/**
 * What the live prediction tests share: free loopback ports, servers started under `timeout` (so
 * none outlives its bound) and stopped by pid, and a minimal pipelining RESP client.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';

/** Resolves when nothing listens on 127.0.0.1:port (we could bind it). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The first port the kernel hands out to outgoing connections (32768 on Linux by default). A
 * server's port must lie below it: one above can be taken, between our check and the server's
 * start, as the source port of another test's client connection.
 */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 12000 ? low : 32768;
  } catch {
    return 32768;
  }
}

const PORTS_FROM = 10000;
const PORTS_TO = ephemeralLow();

/** `count` consecutive free ports from a random base between 10000 and the ephemeral range. */
export async function freePorts(count: number): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = PORTS_FROM + Math.floor(Math.random() * (PORTS_TO - PORTS_FROM - count));
    const ports = Array.from({ length: count }, (_, i) => base + i);
    const free = await Promise.all(ports.map(isFree));
    if (free.every(Boolean)) return ports;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

/** A started program: its pid, its collected output, and how to stop it. */
export interface Started {
  readonly pid: number;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/**
 * Starts `program` under `timeout SECONDS` (GNU timeout passes our SIGTERM on to the program).
 * `stop` sends SIGTERM to that pid and waits for the exit.
 */
export function startBounded(seconds: number, program: string, args: readonly string[]): Started {
  const child: ChildProcess = spawn('timeout', [String(seconds), program, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => resolve());
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${program}`);
  return {
    pid,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGTERM');
      await exited;
    },
  };
}

/** Waits until 127.0.0.1:port accepts a connection, or throws after `ms`. */
export async function waitForPort(port: number, ms = 5000, why = ''): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
      s.connect(port, '127.0.0.1');
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms ${why}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A RESP reply: simple strings and errors as strings, bulk strings as Buffers, arrays, integers. */
export type Reply = string | number | Buffer | null | Error | Reply[];

/** Parses one reply at `at`; returns it and the offset after it, or undefined when more bytes are needed. */
function parseReply(buf: Buffer, at: number): [Reply, number] | undefined {
  const eol = buf.indexOf('\r\n', at);
  if (eol < 0) return undefined;
  const type = String.fromCharCode(buf[at] as number);
  const line = buf.toString('latin1', at + 1, eol);
  const next = eol + 2;
  switch (type) {
    case '+':
      return [line, next];
    case '-':
      return [new Error(line), next];
    case ':':
      return [Number(line), next];
    case '$': {
      const n = Number(line);
      if (n < 0) return [null, next];
      if (buf.length < next + n + 2) return undefined;
      return [buf.subarray(next, next + n), next + n + 2];
    }
    case '*': {
      const n = Number(line);
      if (n < 0) return [null, next];
      const items: Reply[] = [];
      let pos = next;
      for (let i = 0; i < n; i++) {
        const r = parseReply(buf, pos);
        if (!r) return undefined;
        items.push(r[0]);
        pos = r[1];
      }
      return [items, pos];
    }
    default:
      throw new Error(`bad RESP reply type ${JSON.stringify(type)}`);
  }
}

/** One command as RESP. */
export function command(...args: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = typeof a === 'string' ? Buffer.from(a, 'utf8') : a;
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/**
 * Sends `commands` pipelined over one connection to 127.0.0.1:port and resolves with their replies
 * in order; rejects after `ms`.
 */
export function pipeline(port: number, commands: readonly Buffer[], ms = 10000): Promise<Reply[]> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let pending: Buffer = Buffer.alloc(0);
    const replies: Reply[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`port ${port}: ${replies.length} of ${commands.length} replies after ${ms} ms`));
    }, ms);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let at = 0;
      for (;;) {
        const r = parseReply(pending, at);
        if (!r) break;
        replies.push(r[0]);
        at = r[1];
      }
      pending = pending.subarray(at);
      if (replies.length === commands.length) {
        clearTimeout(timer);
        socket.end();
        resolve(replies);
      }
    });
    socket.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.connect(port, '127.0.0.1', () => socket.write(Buffer.concat(commands)));
  });
}
