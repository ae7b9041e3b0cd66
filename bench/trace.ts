/**
 * Performance traces (Chromium's own tracing, through Playwright's CDP session) of the two moments
 * the UI figures are about: the cold load of the first example, and one keystroke into the twemproxy
 * Listen port with 200 workloads. Each trace is saved under `test-results/` (open it in Chromium's
 * Performance panel) and summed here by what the main thread did: script, style, layout, paint.
 *
 * Run alone with `npx tsx bench/run.ts trace`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { shardedRedisCopies } from './designs';
import { appKeystroke } from './floor';
import { freePort, keystrokeToPreview, openWith, startPreview, WINDOW_SETTLE_MS } from './ui';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.PODSMITH_BENCH_TRACE_OUT ?? join(ROOT, 'dist-trace');
const OUT = join(ROOT, 'test-results');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tid: number;
  readonly pid: number;
  readonly args?: { readonly data?: { readonly frame?: string } };
}

/** What the main thread of the page did in a trace, in ms: top-level tasks and the time of each kind of work. */
function summary(path: string): Record<string, number> {
  const { traceEvents } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  // The renderer's main thread: where the page's tasks run.
  const main = traceEvents.find(
    (e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const on = (e: TraceEvent) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X';
  const kinds: Record<string, readonly string[]> = {
    script: ['FunctionCall', 'EvaluateScript', 'v8.compile', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'],
    style: ['UpdateLayoutTree', 'RecalculateStyles'],
    layout: ['Layout'],
    paint: ['Paint', 'PaintImage', 'Layerize', 'UpdateLayer', 'PrePaint', 'Commit'],
    gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'],
  };
  const out: Record<string, number> = { tasks: 0, 'longest task': 0 };
  // Events nest (a function call inside an event dispatch): each kind counts the union of its intervals.
  const spans = new Map<string, [number, number][]>();
  for (const e of traceEvents) {
    if (!on(e)) continue;
    const ms = (e.dur ?? 0) / 1000;
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      out.tasks = (out.tasks ?? 0) + ms;
      out['longest task'] = Math.max(out['longest task'] ?? 0, ms);
    }
    for (const [kind, names] of Object.entries(kinds))
      if (names.includes(e.name)) spans.set(kind, [...(spans.get(kind) ?? []), [e.ts, e.ts + (e.dur ?? 0)]]);
  }
  for (const [kind, list] of spans) {
    list.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const [from, to] of list) {
      if (to <= end) continue;
      total += to - Math.max(from, end);
      end = to;
    }
    out[kind] = total / 1000;
  }
  return out;
}

const show = (s: Record<string, number>) =>
  Object.entries(s)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');

async function traced(browser: Browser, page: Page, path: string, work: () => Promise<unknown>): Promise<void> {
  await browser.startTracing(page, { path, categories: CATEGORIES });
  try {
    await work();
  } finally {
    await browser.stopTracing();
  }
}

export async function bench(): Promise<{ label: string; value: string }[]> {
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', DIST, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  mkdirSync(OUT, { recursive: true });
  const rows: { label: string; value: string }[] = [];
  const port = await freePort();
  const server = await startPreview(port, DIST);
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.waitForTimeout(WINDOW_SETTLE_MS);
    const cold = join(OUT, 'trace-cold-load.json');
    await traced(browser, page, cold, async () => {
      await page.goto(url);
      await page.locator('.react-flow__node-container').first().waitFor();
      await page.waitForTimeout(500);
    });
    rows.push({
      label: `cold load, main thread (ms; trace: ${cold.slice(ROOT.length + 1)})`,
      value: show(summary(cold)),
    });
    await context.close();

    const big = await openWith(browser, url, shardedRedisCopies(200));
    // The node selected and the first keystroke timed outside the trace; the traced one is the next.
    await keystrokeToPreview(big, 1);
    const key = join(OUT, 'trace-keystroke-200.json');
    const times: number[] = [];
    await traced(browser, big, key, async () => {
      times.push(await appKeystroke(big, 1));
      await big.waitForTimeout(300);
    });
    rows.push({
      label: `one keystroke to preview at 200 workloads (${times[0]?.toFixed(1)} ms), main thread (ms; trace: ${key.slice(ROOT.length + 1)})`,
      value: show(summary(key)),
    });
    await big.context().close();
  } finally {
    await browser.close();
    server.kill();
  }
  return rows;
}
