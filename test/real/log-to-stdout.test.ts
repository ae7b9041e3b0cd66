/**
 * The log-to-stdout adapter's command, run for real with busybox (the adapter's image is busybox):
 * it waits for a file that does not exist yet, prints new lines, survives a rotation, and does not
 * print old lines again when it restarts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { sketchDesign } from '../../src/core/edit/sketch';
import { requireProgram } from '../support/programs';

let dir = '';
const running: ChildProcess[] = [];

/** The adapter's command and args for this log path, as the template builds them. */
function adapterCommand(logPath: string): string[] {
  const design = sketchDesign({
    name: 'logs',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-generic', name: 'web' },
          { template: 'log-to-stdout', name: 'access-log', params: { logPath } },
        ],
      },
    ],
  });
  const c = analyze(design).workloads[0]?.containers[1]?.contribution;
  return [...(c?.command ?? []), ...(c?.args ?? [])];
}

/** Starts the adapter under busybox, bounded in time; returns a reader of what it printed. */
function startAdapter(logPath: string): () => string {
  const busybox = requireProgram('busybox');
  const child = spawn('timeout', ['30', busybox, ...adapterCommand(logPath)], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return () => out;
}

async function until(read: () => string, text: string, ms = 6000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!read().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" not printed within ${ms} ms; got ${JSON.stringify(read())}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podsmith-log-'));
});

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(child.pid, 'SIGTERM');
    await exited;
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('log-to-stdout under busybox tail', () => {
  it('waits for the file, prints its lines, and follows it through a rotation', async () => {
    const log = join(dir, 'app.log');
    const output = startAdapter(log);
    await pause(300);
    writeFileSync(log, 'GET /index.html 200\nGET /missing 404\n');
    await until(output, 'GET /missing 404\n');
    appendFileSync(log, 'GET /again 200\n');
    await until(output, 'GET /again 200\n');
    renameSync(log, `${log}.1`);
    writeFileSync(log, 'after rotation\n');
    await until(output, 'after rotation\n');
    expect(output()).toBe('GET /index.html 200\nGET /missing 404\nGET /again 200\nafter rotation\n');
  });

  it('prints only new lines when it starts on a file that already has some', async () => {
    const log = join(dir, 'existing.log');
    writeFileSync(log, 'printed before the adapter restarted\n');
    const output = startAdapter(log);
    await pause(500);
    appendFileSync(log, 'new line\n');
    await until(output, 'new line\n');
    expect(output()).toBe('new line\n');
  });
});
