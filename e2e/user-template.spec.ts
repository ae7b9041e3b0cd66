// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${key} placeholders are what the user types
/**
 * A user template journey: configure a generic container, save it as a template with two
 * parameters and a config file, use it in another pod, change a parameter and see the env and the
 * file follow, export the ZIP (its Dockerfile documents the parameters as ENV), export the template
 * file, and import it into a fresh browser and use it there. Hostile template files change nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Designer, SCREENS } from './pages/designer';
import { Templates } from './pages/templates';
import { RoundTrip, readZip, workDir } from './roundtrip/pages/roundtrip';

const dirs: string[] = [];
test.afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('save a container as a template, use it in another pod, export it and import it in a fresh browser', async ({
  page,
  browser,
}) => {
  const dir = workDir('podsmith-usertpl-');
  dirs.push(dir);
  const app = new Designer(page);
  const tpl = new Templates(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await app.open();
  await app.newDesign();

  // A generic app with an environment variable.
  await app.paletteItem('app', 'Generic app').click();
  await expect(app.container('app', 'app')).toBeVisible();
  await app.inspector.getByRole('button', { name: 'Add variable' }).click();
  await app.field('Name of variable 1').fill('GREETING');
  await app.field('Value of variable 1').fill('hello');
  await app.field('Image').fill('hashicorp/http-echo:1.0.0');

  // Save it as a template: two parameters, the env var and a config file that use them.
  const editor = await tpl.saveSelectedAsTemplate();
  await expect(editor.getByLabel('Variable 1 name', { exact: true })).toHaveValue('GREETING');
  await editor.getByLabel('Title', { exact: true }).fill('Greeter');
  await editor.getByLabel('Summary', { exact: true }).fill('Says hello over HTTP.');
  await page.screenshot({ path: `${SCREENS}/usertpl-editor-top.png` });
  await tpl.addParam(editor, 1, {
    key: 'greeting',
    kind: 'string',
    title: 'Greeting',
    doc: 'What the server says.',
    default: 'hello',
  });
  await tpl.addParam(editor, 2, {
    key: 'port',
    kind: 'int',
    title: 'Listen port',
    doc: 'Port the server listens on.',
    min: '1024',
    max: '65535',
    default: '5678',
  });
  await editor.getByRole('group', { name: 'Parameter 2' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/usertpl-editor-params.png` });
  await editor.getByLabel('Variable 1 value', { exact: true }).fill('${greeting}');
  await editor.getByLabel('Port 1 number', { exact: true }).fill('${port}');
  await tpl.addFile(editor, 1, {
    name: 'greeter.yaml',
    mountPath: '/etc/greeter/greeter.yaml',
    language: 'yaml',
    text: 'greeting: ${greeting}\nlisten: ":${port}"\n',
  });
  // A placeholder that names no parameter is refused in place.
  await editor.getByLabel('File 1 text', { exact: true }).fill('greeting: ${greting}\n');
  await expect(editor.getByRole('region', { name: 'Template problems' })).toContainText(
    'File 1 text: line 1 column 11: ${greting} names no parameter of this template',
  );
  await expect(editor.getByRole('button', { name: 'Save template' })).toBeDisabled();
  await page.screenshot({ path: `${SCREENS}/usertpl-editor-problem.png` });
  await editor.getByLabel('File 1 text', { exact: true }).fill('greeting: ${greeting}\nlisten: ":${port}"\n');
  await editor.getByText('Config files with the defaults').click();
  const preview = editor.getByRole('figure', { name: 'greeter.yaml' }).locator('pre');
  await expect(preview).toHaveText('greeting: hello\nlisten: ":5678"\n');
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/usertpl-editor.png` });
  await tpl.save(editor);

  // My templates offers it; drop it on empty canvas: a second pod.
  const item = app.paletteItem('app', 'Greeter');
  await item.scrollIntoViewIfNeeded();
  await expect(item).toBeVisible();
  await app.screenshot('usertpl-palette');
  const canvasBox = await app.canvas.boundingBox();
  if (!canvasBox) throw new Error('no canvas');
  await app.dragPaletteItem(item, { x: canvasBox.x + canvasBox.width * 0.2, y: canvasBox.y + canvasBox.height * 0.2 });
  await expect(app.canvas.getByRole('group', { name: /^Workload / }), errors.join('\n')).toHaveCount(2);
  await expect(app.workload('pod-2')).toBeVisible();
  await expect(app.container('greeter', 'app')).toBeVisible();
  await expect(app.inspector).toContainText('Greeter');

  // Change a parameter: the env var and the file follow.
  await app.field('Greeting').fill('bonjour');
  await app.preview.getByRole('tab', { name: 'configs/greeter.yaml' }).click();
  await app.expectPreview(/greeting: bonjour/);
  await app.preview.getByRole('tab', { name: 'manifests/pod-pod-2.yaml' }).click();
  await app.expectPreview(/name: GREETING\s+value: bonjour/);
  await app.field('Listen port').fill('6000');
  await app.expectPreview(/containerPort: 6000/);
  await app.screenshot('usertpl-used');

  // The ZIP's Dockerfile documents the parameters as ENV with their doc lines.
  const rt = new RoundTrip(page);
  const exportDialog = await rt.openExport();
  const zip = readZip(await rt.download(exportDialog, 'Download ZIP', dir));
  await exportDialog.getByRole('button', { name: 'Close' }).click();
  const dockerfile = zip['images/greeter/Dockerfile'] ?? '';
  expect(dockerfile).toContain('FROM hashicorp/http-echo:1.0.0\n');
  expect(dockerfile).toContain('# Greeting: What the server says.\nENV GREETING="hello"\n');
  expect(dockerfile).toContain('# Listen port: Port the server listens on.\nENV PORT="5678"\n');
  expect(dockerfile).toContain('EXPOSE 5678');
  expect(dockerfile).toContain('org.opencontainers.image.source="Podsmith user template user.greeter"');
  expect(zip['configs/greeter.yaml']).toBe('greeting: bonjour\nlisten: ":6000"\n');
  expect(JSON.parse(zip['design.json'] ?? '{}').templates.map((t: { id: string }) => t.id)).toEqual(['user.greeter']);

  // The editor is a dialog with a name on every control; Escape closes it without saving.
  await tpl.mine.getByRole('button', { name: 'Edit template Greeter', exact: true }).click();
  const again = tpl.editor();
  await expect(again).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await again.getByLabel('Title', { exact: true }).fill('Changed');
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await expect(app.paletteItem('app', 'Greeter')).toBeVisible();

  // Autosave keeps the template and its container across a reload.
  await page.reload();
  await expect(app.container('greeter', 'app')).toBeVisible();
  await expect(app.paletteItem('app', 'Greeter')).toBeVisible();

  // Export the template file, open a fresh browser, import it and use it there.
  const file = await tpl.exportTemplate('Greeter', dir);
  expect(file.endsWith('greeter.podsmith-template.json')).toBe(true);
  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  const app2 = new Designer(page2);
  const tpl2 = new Templates(page2);
  await app2.open();
  await expect(app2.paletteItem('app', 'Greeter')).toHaveCount(0);
  await tpl2.importTemplate(file);
  await expect(page2.getByText('Imported the template "Greeter"')).toBeVisible();
  await app2.paletteItem('app', 'Greeter').click();
  await expect(app2.inspector).toContainText('Greeter');
  await expect(app2.field('Greeting')).toHaveValue('hello');
  await app2.preview.getByRole('tab', { name: 'configs/greeter.yaml' }).click();
  await app2.expectPreview(/greeting: hello/);
  await page2.screenshot({ path: `${SCREENS}/usertpl-imported.png` });

  // A share link carries the template: a third browser that never saw it opens the design whole.
  const link = await new RoundTrip(page2).shareLink();
  const third = await browser.newContext();
  const page3 = await third.newPage();
  const app3 = new Designer(page3);
  await page3.goto(link);
  await expect(app3.container('greeter', 'app')).toBeVisible();
  await app3.preview.getByRole('tab', { name: 'configs/greeter.yaml' }).click();
  await app3.expectPreview(/greeting: hello/);
  await expect(app3.paletteItem('app', 'Greeter')).toBeVisible();
  await third.close();

  // A hostile template file changes nothing and says what is wrong.
  const hostile = join(dir, 'hostile.podsmith-template.json');
  const text = JSON.parse(readFileSync(file, 'utf8'));
  text.template.files[0].text = 'url: http://${greeting}/\n';
  text.template.params[0].default = 'x; admin: true';
  writeFileSync(hostile, JSON.stringify(text));
  const before = await page2.evaluate(() => localStorage.getItem('podsmith.design'));
  await tpl2.importTemplate(hostile);
  await expect(page2.getByText(/hostile\.podsmith-template\.json was not imported, nothing changed/)).toBeVisible();
  await expect(page2.getByText(/the default of \$\{greeting\} "x; admin: true" can hold only/)).toBeVisible();
  await page2.waitForTimeout(400);
  expect(await page2.evaluate(() => localStorage.getItem('podsmith.design'))).toBe(before);
  await page2.screenshot({ path: `${SCREENS}/usertpl-hostile.png` });
  await fresh.close();
});

test('a new template with a table parameter: rows set in the inspector reach its YAML file', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new Designer(page);
  const tpl = new Templates(page);
  await app.open();
  await app.newDesign();
  await tpl.mine.getByRole('button', { name: 'New template', exact: true }).click();
  const editor = tpl.editor();
  await expect(editor).toBeVisible();
  await expect(editor).toHaveAccessibleName('New template');
  // Keyboard: focus starts inside the dialog and is drawn; axe finds nothing in the dark theme.
  await page.keyboard.press('Tab');
  expect(await editor.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await editor.getByLabel('Title', { exact: true }).fill('Pool');
  await editor.getByLabel('Role', { exact: true }).selectOption('ambassador');
  await editor.getByRole('button', { name: 'Add parameter' }).click();
  await editor.getByLabel('Parameter 1 kind', { exact: true }).selectOption('table');
  await editor.getByLabel('Parameter 1 key', { exact: true }).fill('servers');
  await editor.getByLabel('Parameter 1 title', { exact: true }).fill('Servers');
  await editor.getByLabel('Parameter 1 row name', { exact: true }).fill('server');
  await editor.getByLabel('Parameter 1 columns', { exact: true }).fill('host:string Host\nport:int:1:65535 Port');
  await tpl.addFile(editor, 1, {
    name: 'pool.yaml',
    mountPath: '/etc/pool/pool.yaml',
    language: 'yaml',
    text: 'servers: ${servers}\n',
  });
  await tpl.save(editor);
  await app.paletteItem('ambassador', 'Pool').click();
  await app.inspector.getByRole('button', { name: 'Add server' }).click();
  await app.field('Host of server 1').fill('redis-0');
  await app.field('Port of server 1').fill('6379');
  await app.preview.getByRole('tab', { name: 'configs/pool.yaml' }).click();
  await app.expectPreview(/servers: \[\{"host": "redis-0", "port": 6379\}\]/);
  await app.screenshot('usertpl-table-dark');
});
