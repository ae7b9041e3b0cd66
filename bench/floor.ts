/**
 * The designer's UI figures side by side with a floor, in one run and interleaved, so that the load
 * of the machine weighs on both alike: each figure is printed with the floor's and their ratio.
 *
 * The floor is `floor.html` (src/floor/), built in the same Vite build as the app: React, React
 * Flow and the designer's own node views drawing the same nodes, with no store, core or panels; and
 * for the preview, a bare Monaco editor whose every keystroke is one model edit.
 *
 * - cold load: navigation to a visible container node (the app also waits for its palette), 9 each,
 *   alternating app and floor; goal: ratio ≤ 1.5.
 * - keystroke to preview: the app's twemproxy Listen port typed into (sharded-Redis) against the
 *   floor's input editing the same line of nutcracker.yaml, alternating keystroke by keystroke; goal:
 *   within one frame (16.7 ms) of the floor.
 * - pan and zoom of 1,000 containers: the same wheel and drag gesture on both, frame times from
 *   `requestAnimationFrame` (95th percentile) and long tasks; goal: ratio ≤ 1.5.
 *
 * Run alone with `npx tsx bench/run.ts floor`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { NodeCache, toEdges, toNodes } from '../src/app/canvas/adapter';
import { builtWorkload, type Design, FIRST_EXAMPLE, generateBundle, getExample } from '../src/core';
import { designOfSize } from './designs';
import {
  ARM,
  coldLoad,
  freePort,
  keystrokeToPreview,
  median,
  openWith,
  panZoomLongTasks,
  startPreview,
  VISIBLE_TEXT,
  WINDOW_SETTLE_MS,
} from './ui';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.PODSMITH_BENCH_FLOOR_OUT ?? join(ROOT, 'dist-floor');
const FRAME_MS = 1000 / 60;

const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** What the floor page draws: the nodes and links the designer's canvas makes of a design. */
function floorData(design: Design): { nodes: unknown[]; edges: unknown[] } {
  const view = { selection: null, problems: new Map(), dropTarget: null, built: builtWorkload };
  return { nodes: toNodes(design, view, new NodeCache()), edges: toEdges(design, null) };
}

/** From navigation start to a visible container node on the floor page. */
const FLOOR_READY = `
  window.__ready = new Promise((resolve) => {
    const check = () => {
      const node = document.querySelector('.react-flow__node-container');
      return node && node.checkVisibility();
    };
    const obs = new MutationObserver(() => { if (check()) { obs.disconnect(); resolve(performance.now()); } });
    document.addEventListener('DOMContentLoaded', () => {
      if (check()) resolve(performance.now());
      else obs.observe(document.body, { childList: true, subtree: true });
    });
  });
`;

async function floorPage(browser: Browser, data: unknown, probe = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await context.addInitScript(`window.__floor = ${JSON.stringify(data)};${probe}`);
  return context.newPage();
}

async function floorCold(browser: Browser, url: string, data: unknown): Promise<number> {
  const page = await floorPage(browser, data, FLOOR_READY);
  await page.waitForTimeout(WINDOW_SETTLE_MS);
  await page.goto(url);
  const t = (await page.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready)) as number;
  await page.context().close();
  return t;
}

/** The floor's keystroke: the input's last digit typed again, timed as the app's (`ARM`). */
async function floorKeystroke(page: Page, i: number): Promise<number> {
  const input = page.getByLabel('Floor field');
  const digit = i % 9;
  await input.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(
    `/127\\.0\\.0\\.1:637(?!\\d)/.test(document.querySelector('[aria-label="Preview"] .view-lines')?.textContent ?? '')`,
  );
  await page.evaluate(`(${ARM})(${JSON.stringify(`127.0.0.1:637${digit}`)})`);
  await page.keyboard.press(String(digit));
  return (await page.evaluate('window.__typed')) as number;
}

/**
 * One more keystroke into the app's twemproxy Listen port, after `keystrokeToPreview` has selected
 * the node and timed the first: the same steps and the same timing (`ARM`).
 */
export async function appKeystroke(page: Page, i: number): Promise<number> {
  const field = page.getByRole('region', { name: 'Inspector' }).getByLabel('Listen port', { exact: true });
  const digit = i % 9;
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(`/127\\.0\\.0\\.1:637(?!\\d)/.test((${VISIBLE_TEXT})())`, undefined, { timeout: 10_000 });
  await page.evaluate(`(${ARM})(${JSON.stringify(`127.0.0.1:637${digit}`)})`);
  await page.keyboard.press(String(digit));
  return (await page.evaluate('window.__typed')) as number;
}

/** Frame times (ms between animation frames) while `gesture` runs. */
async function frameTimes(page: Page, gesture: () => Promise<unknown>): Promise<{ frames: number[]; long: number[] }> {
  // A string, so that the bundler's helpers (`__name`) stay out of the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__framing = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const long = (await gesture()) as number[];
  const stamps = (await page.evaluate('(() => { window.__framing = false; return window.__frames; })()')) as number[];
  const frames: number[] = [];
  for (let i = 1; i < stamps.length; i++) frames.push((stamps[i] as number) - (stamps[i - 1] as number));
  return { frames, long };
}

const p95 = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
};

export async function bench(): Promise<{ label: string; value: string }[]> {
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', DIST, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, PODSMITH_FLOOR: '1' },
  });
  const rows: { label: string; value: string }[] = [];
  const port = await freePort();
  const server = await startPreview(port, DIST);
  const url = `http://127.0.0.1:${port}/`;
  const floorUrl = `${url}floor.html`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const redis = getExample('sharded-redis')?.design;
  const first = getExample(FIRST_EXAMPLE)?.design;
  if (!redis || !first) throw new Error('no sharded-redis example');
  try {
    // Cold load, alternating: the app opens its first example, the floor draws that example's nodes.
    const app: number[] = [];
    const bare: number[] = [];
    const firstNodes = floorData(first);
    for (let i = 0; i < 9; i++) {
      app.push(...(await coldLoad(browser, url, 1, WINDOW_SETTLE_MS)));
      bare.push(await floorCold(browser, `${floorUrl}?mode=canvas`, firstNodes));
    }
    const [a, f] = [median(app), median(bare)];
    rows.push({
      label: 'cold load to a visible node: app (with palette) / floor, median of 9 each (goal: ratio ≤ 1.5)',
      value: `${ms(a)} / ${ms(f)} = ${(a / f).toFixed(2)}`,
    });

    // Keystroke to preview, keystroke by keystroke.
    const text = generateBundle(redis).files.find((x) => x.path === 'configs/nutcracker.yaml')?.content ?? '';
    const appPage = await openWith(browser, url, redis);
    const floor = await floorPage(browser, { text, field: '127.0.0.1:6379' });
    await floor.goto(`${floorUrl}?mode=monaco`);
    await floor.locator('[aria-label="Preview"] .view-lines').waitFor();
    const keysApp: number[] = [];
    const keysFloor: number[] = [];
    for (let i = 0; i < 15; i++) {
      keysApp.push(...(i === 0 ? await keystrokeToPreview(appPage, 1) : [await appKeystroke(appPage, i)]));
      keysFloor.push(await floorKeystroke(floor, i));
    }
    const [ka, kf] = [median(keysApp), median(keysFloor)];
    rows.push({
      label: 'keystroke to preview, sharded-Redis: app / bare Monaco edit, median of 15 each (goal: within one frame)',
      value: `${ms(ka)} / ${ms(kf)}: ${ka - kf <= FRAME_MS ? 'within' : 'more than'} one frame (+${ms(ka - kf)})`,
    });
    await appPage.context().close();
    await floor.context().close();

    // Pan and zoom of 1,000 containers with the same gesture.
    const huge = designOfSize(1000);
    const bigApp = await openWith(browser, url, huge);
    const bigFloor = await floorPage(browser, floorData(huge));
    await bigFloor.goto(`${floorUrl}?mode=canvas`);
    await bigFloor.locator('.react-flow__node-container, .lod-boxes').first().waitFor();
    const onApp = await frameTimes(bigApp, () => panZoomLongTasks(bigApp));
    const onFloor = await frameTimes(bigFloor, () => panZoomLongTasks(bigFloor));
    const [pa, pf] = [p95(onApp.frames), p95(onFloor.frames)];
    rows.push({
      label: 'pan/zoom 1,000 containers: 95th-percentile frame time, app / floor (goal: ratio ≤ 1.5)',
      value: `${ms(pa)} / ${ms(pf)} = ${(pa / pf).toFixed(2)}`,
    });
    const over = (xs: number[]) => xs.filter((d) => d > 50).length;
    rows.push({
      label: '  long tasks over 50 ms during the gesture, app / floor',
      value: `${over(onApp.long)} / ${over(onFloor.long)}`,
    });
    await bigApp.context().close();
    await bigFloor.context().close();
  } finally {
    await browser.close();
    server.kill();
  }
  return rows;
}
