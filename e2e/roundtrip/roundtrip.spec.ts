/**
 * Round trip in the browser: import a manifest file, see its pattern recognised, export the bundle
 * as a ZIP and check what was downloaded with the real programs (nginx -t, nutcracker -t, kubectl
 * kustomize) and the Kubernetes schema; carry a design to a fresh browser in a share link; bad
 * links and bad files leave the design as it was.
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { load, loadAll } from 'js-yaml';
import { generateBundle, getExample } from '../../src/core';
import { apiServerProblems, schemaProblem } from '../../test/support/apiserver';
import { nginxTest, parseNginx, tempDir, testCopy, upstreamHosts } from '../../test/support/nginx';
import { requireProgram } from '../../test/support/programs';
import { Designer, SCREENS } from '../pages/designer';
import { RoundTrip, readZip, workDir, writeTree } from './pages/roundtrip';

type Obj = Record<string, unknown>;

const dirs: string[] = [];
test.afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dir(prefix: string): string {
  const d = workDir(prefix);
  dirs.push(d);
  return d;
}

function exampleAllYaml(name: string): string {
  const design = getExample(name)?.design;
  if (!design) throw new Error(`no example ${name}`);
  return generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
}

/** The checks a cluster would make: schema, API server rules, and kubectl kustomize on the unzipped tree. */
function checkManifests(entries: Record<string, string>, root: string): void {
  const manifests = Object.keys(entries).filter((p) => p.startsWith('manifests/'));
  expect(manifests.length).toBeGreaterThan(0);
  const objects = manifests.map((p) => load(entries[p] as string) as Obj);
  expect(objects.map(schemaProblem).filter(Boolean)).toEqual([]);
  expect(apiServerProblems(objects)).toEqual([]);
  expect(loadAll(entries['all.yaml'] ?? '')).toEqual(objects);
  const kubectl = requireProgram('kubectl');
  const built = loadAll(execFileSync(kubectl, ['kustomize', root], { encoding: 'utf8', timeout: 30_000 })) as Obj[];
  const key = (o: Obj) => `${o.kind}/${(o.metadata as Obj).name}`;
  expect(built.map(key).sort()).toEqual(objects.map(key).sort());
}

async function containerNames(app: Designer): Promise<string[]> {
  const labels = await app.canvas
    .getByRole('group', { name: /^Container / })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.sort();
}

/** No serious or critical axe violation (names, contrast, roles) inside `selector`. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENS}/roundtrip-${name}.png` });
}

test('export the first example as a ZIP: nutcracker -t, kubectl kustomize and the schema accept it', async ({
  page,
}) => {
  const app = new Designer(page);
  const rt = new RoundTrip(page);
  await app.open();
  await expect(app.container('twemproxy', 'ambassador')).toBeVisible();
  const dialog = await rt.openExport();
  await expect(dialog.getByRole('button', { name: 'Download YAML' })).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Download Kustomize' })).toBeEnabled();
  await shot(page, 'export-dialog');
  await expectAccessible(page, '.export-dialog');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, '.export-dialog');
  await shot(page, 'export-dialog-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  const out = dir('podsmith-rt-redis-');
  const zip = await rt.download(dialog, 'Download ZIP', out);
  const entries = readZip(zip);
  const design = getExample('sharded-redis')?.design;
  if (!design) throw new Error('no sharded-redis example');
  expect(Object.keys(entries)).toEqual(generateBundle(design).files.map((f) => f.path));

  const nutcracker = requireProgram('nutcracker');
  const conf = join(out, 'nutcracker.yaml');
  writeFileSync(conf, entries['configs/nutcracker.yaml'] ?? '');
  const r = spawnSync(nutcracker, ['-t', '-c', conf], { encoding: 'utf8', timeout: 10_000 });
  expect(`${r.stdout}${r.stderr}`).toMatch(/syntax is ok/);
  expect(r.status).toBe(0);
  checkManifests(entries, writeTree(join(out, 'bundle'), entries));

  // The YAML download is all.yaml, byte for byte.
  const yaml = await rt.download(dialog, 'Download YAML', out);
  expect(readFileSync(yaml, 'utf8')).toBe(entries['all.yaml']);
  // Escape closes the dialog and gives focus back to the Export button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('import a YAML file, see the ambassador, export a ZIP nginx accepts, share it to a fresh browser', async ({
  page,
  browser,
}) => {
  const app = new Designer(page);
  const rt = new RoundTrip(page);
  await app.open();
  const work = dir('podsmith-rt-split-');
  const input = join(work, 'request-splitting.yaml');
  writeFileSync(input, exampleAllYaml('request-splitting'));

  await rt.importFile(input);
  const report = rt.dialog('Imported request-splitting.yaml');
  await expect(report).toBeVisible();
  await expect(report.getByRole('region', { name: 'Recognised' })).toContainText('request-splitter: ambassador');
  await expect(report.getByRole('region', { name: 'Notices' })).toBeVisible();
  await expectAccessible(page, '.import-dialog');
  await shot(page, 'import-report');
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(app.container('request-splitter', 'ambassador')).toBeVisible();
  await expect(app.container('twemproxy', 'ambassador')).toHaveCount(0);
  await shot(page, 'imported');

  // Undo brings the previous design back in one step; redo the import.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.container('twemproxy', 'ambassador')).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(app.container('request-splitter', 'ambassador')).toBeVisible();

  const dialog = await rt.openExport();
  const zip = await rt.download(dialog, 'Download ZIP', work);
  await page.keyboard.press('Escape');
  const entries = readZip(zip);
  const conf = entries['configs/nginx.conf'];
  expect(conf).toBeDefined();
  const nginxDir = tempDir('podsmith-rt-nginx-');
  dirs.push(nginxDir);
  const copy = testCopy(conf as string, { dir: nginxDir });
  const check = nginxTest(nginxDir, copy, upstreamHosts(parseNginx(conf as string)));
  expect(check.output).toBe('');
  expect(check.ok).toBe(true);
  checkManifests(entries, writeTree(join(work, 'bundle'), entries));

  // The share link opens the same design in a fresh browser.
  const link = await rt.shareLink();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=1\./);
  const names = await containerNames(app);
  await app.preview.getByRole('tab', { name: 'configs/nginx.conf' }).click();
  await app.expectPreview(/weight=9/);

  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    const there = new Designer(other);
    await other.goto(link);
    await expect(there.container('request-splitter', 'ambassador')).toBeVisible();
    expect(await containerNames(there)).toEqual(names);
    await there.preview.getByRole('tab', { name: 'configs/nginx.conf' }).click();
    await there.expectPreview(/weight=9/);
    await expect(other.getByRole('region', { name: 'Shared design' })).toBeVisible();
    expect(new URL(other.url()).hash).toBe('');
    // Nothing is saved until the design is kept.
    await other.waitForTimeout(600);
    expect(await other.evaluate(() => localStorage.getItem('podsmith.design'))).toBeNull();
    await shot(other, 'shared-fresh-browser');
    await other.getByRole('button', { name: 'Keep this design' }).click();
    await expect(other.getByRole('region', { name: 'Shared design' })).toBeHidden();
    const kept = JSON.parse((await other.evaluate(() => localStorage.getItem('podsmith.design'))) ?? '{}');
    expect(kept.name).toBe('request-splitting');
  } finally {
    await context.close();
  }
});

test('a share link opened where a design is saved does not overwrite it until kept', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  const design = getExample('tee')?.design;
  if (!design) throw new Error('no tee example');
  const { encodeShareLink } = await import('../../src/core');
  // Save the first example as the user's own design.
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await page.waitForFunction(() => localStorage.getItem('podsmith.design') !== null);
  const saved = await page.evaluate(() => localStorage.getItem('podsmith.design'));
  const own = await containerNames(app);

  await page.goto(`/#design=${encodeShareLink(design)}`);
  await expect(page.getByRole('region', { name: 'Shared design' })).toBeVisible();
  expect(await containerNames(app)).not.toEqual(own);
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => localStorage.getItem('podsmith.design'))).toBe(saved);
  await shot(page, 'shared-bar');
  await page.getByRole('button', { name: 'Back to my design' }).click();
  await expect(page.getByRole('region', { name: 'Shared design' })).toBeHidden();
  expect(await containerNames(app)).toEqual(own);
});

test('a bad share link and a bad import file each say what is wrong and leave the design as it was', async ({
  page,
}) => {
  const app = new Designer(page);
  const rt = new RoundTrip(page);
  await app.open();
  const own = await containerNames(app);

  await page.goto('/#design=1.this-link-was-cut-of');
  await expect(page.getByRole('status').getByText(/The link could not be opened: share link: /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  await expect(app.canvas.getByRole('group', { name: /^Container / }).first()).toBeVisible();
  expect(await containerNames(app)).toEqual(own);
  expect(new URL(page.url()).hash).toBe('');
  await shot(page, 'bad-link');

  const work = dir('podsmith-rt-bad-');
  const cases: [string, string, RegExp][] = [
    ['notes.yaml', 'key: [unclosed\n', /line|column|YAML/i],
    ['list.yaml', '- just\n- a list\n', /Kubernetes|kind|object/i],
    ['design.json', '{"schemaVersion": 999, "name": "x"}', /version|newer/i],
  ];
  for (const [name, content, why] of cases) {
    const path = join(work, name);
    writeFileSync(path, content);
    await rt.importFile(path);
    const dialog = rt.dialog(`Could not import ${name}`);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('your design is as it was');
    await expect(dialog.getByRole('list', { name: 'What is wrong' })).toContainText(why);
    if (name === 'notes.yaml') await shot(page, 'bad-import');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    expect(await containerNames(app)).toEqual(own);
  }
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
});

test('export is refused while the design has errors; each error lands on its field', async ({ page }) => {
  const app = new Designer(page);
  const rt = new RoundTrip(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Listen port').fill('70000');
  const dialog = await rt.openExport();
  await expect(dialog.getByRole('heading', { name: /Export is blocked by/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download ZIP' })).toBeDisabled();
  await shot(page, 'export-blocked');
  await expect(dialog.getByRole('button', { name: /web connects to localhost:6379/ })).toBeVisible();
  await dialog.getByRole('button', { name: /Listen port 70000 must be between 1 and 65535/ }).click();
  await expect(dialog).toBeHidden();
  await expect(app.field('Listen port')).toBeFocused();
});

test('a design.json dropped on the canvas opens as one undoable step', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  const design = getExample('tee')?.design;
  if (!design) throw new Error('no tee example');
  const text = `${JSON.stringify(design, null, 2)}\n`;
  await app.canvas.evaluate((canvas, content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'design.json', { type: 'application/json' }));
    const at = canvas.getBoundingClientRect();
    const init = { dataTransfer: data, bubbles: true, cancelable: true, clientX: at.x + 40, clientY: at.y + 40 };
    const target = document.elementFromPoint(init.clientX, init.clientY) ?? canvas;
    target.dispatchEvent(new DragEvent('dragover', init));
    target.dispatchEvent(new DragEvent('drop', init));
  }, text);
  const report = new RoundTrip(page).dialog('Imported design.json');
  await expect(report).toContainText('The Podsmith design was opened as it was saved.');
  await report.getByRole('button', { name: 'Close' }).click();
  for (const w of design.workloads)
    for (const c of w.containers) await expect(app.container(c.name, c.role).first()).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.container('twemproxy', 'ambassador')).toBeVisible();
});
