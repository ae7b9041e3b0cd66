import { expect, type Locator, type Page, test } from '@playwright/test';
import { Designer } from './pages/designer';

/** The preview's Monaco editor once it shows `path`. */
async function showFile(app: Designer, path: string): Promise<Locator> {
  await app.preview.getByRole('tab', { name: path, exact: true }).click();
  const editor = app.preview.getByTestId('preview-editor');
  await expect(editor.locator('.view-lines')).toBeVisible({ timeout: 20_000 });
  return editor;
}

/** The rendered line of the editor whose text matches `pattern`. */
function line(editor: Locator, pattern: RegExp): Locator {
  return editor.locator('.view-line').filter({ hasText: pattern }).first();
}

/** Hovers the first occurrence of `word` on a line and returns the hover widget. */
async function hoverWord(page: Page, target: Locator, word: string): Promise<Locator> {
  const span = target.locator('span span').filter({ hasText: word }).first();
  const hover = page.locator('.monaco-hover:not(.hidden)');
  // The YAML worker may still be starting when the pointer first rests there (its first answer
  // can come after the hover has given up): the pointer leaves and comes back until one shows.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await span.hover();
    await expect(hover).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  return hover;
}

/**
 * A mark sits on a line: its middle within half a line of the line's. Monaco redraws its lines as
 * the worker answers, so the boxes are read again until both are there.
 */
async function expectOnLine(mark: Locator, onLine: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        const [lineBox, markBox] = await Promise.all([onLine.boundingBox(), mark.boundingBox()]);
        if (!lineBox || !markBox) return Number.POSITIVE_INFINITY;
        return Math.abs(markBox.y + markBox.height / 2 - (lineBox.y + lineBox.height / 2)) - lineBox.height / 2;
      },
      { timeout: 10_000 },
    )
    .toBeLessThan(0);
}

test('all.yaml explains Kubernetes fields from the bundled schema', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  const editor = await showFile(app, 'all.yaml');
  // all.yaml opens with the ConfigMap of twemproxy's config file.
  const hover = await hoverWord(page, line(editor, /^data:/), 'data');
  await expect(hover).toContainText('Data contains the configuration data');
  await app.screenshot('preview-language-hover');
  // The generated manifests are valid: the schema marks nothing.
  await expect(editor.locator('[class*="squiggly-"]')).toHaveCount(0);

  // kustomization.yaml has a schema of its own.
  await page.mouse.move(0, 0);
  const kustomization = await showFile(app, 'kustomization.yaml');
  const resources = await hoverWord(page, line(kustomization, /^resources:/), 'resources');
  await expect(resources).toContainText('Files, folders or other kustomizations');
});

test('a warning in Problems is marked on the line of nutcracker.yaml that causes it', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Hash').selectOption('fnv1a_64');
  await expect(app.problems.getByRole('button', { name: /hash fnv1a_64/ })).toBeVisible();

  const editor = await showFile(app, 'configs/nutcracker.yaml');
  const hash = line(editor, /hash:\s+fnv1a_64/);
  await expect(hash).toBeVisible();
  const squiggle = editor.locator('.squiggly-warning');
  await expect(squiggle).toHaveCount(1);
  // The mark sits on the hash line, under its value.
  await expectOnLine(squiggle, hash);
  await app.screenshot('preview-language-marker');

  // Hovering the mark says what is wrong and how to fix it.
  const hover = await hoverWord(page, hash, 'fnv1a_64');
  await expect(hover).toContainText('Choose murmur');
  await expect(hover).toContainText('PS132');
  // A config file gets the line's explanation, not the Kubernetes schema.
  await expect(hover).toContainText('really 32-bit');
  await expect(hover).not.toContainText('Kubernetes object');

  // Back to murmur: the mark goes.
  await app.field('Hash').selectOption('murmur');
  await expect(editor.locator('.squiggly-warning')).toHaveCount(0);
});

/** A Deployment and a kept PersistentVolumeClaim whose accessModes is text where Kubernetes wants a list. */
const WRONG_TYPE = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "nginx:1.27"}]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  accessModes: ReadWriteOnce
  resources: {requests: {storage: 1Gi}}
`;

test('a kept object with a field of the wrong type is marked by the Kubernetes schema', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  const chooser = page.waitForEvent('filechooser');
  await app.button('Import').click();
  await (await chooser).setFiles({ name: 'claim.yaml', mimeType: 'application/yaml', buffer: Buffer.from(WRONG_TYPE) });
  const report = page.getByRole('dialog', { name: 'Imported claim.yaml' });
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(app.workload('web')).toBeVisible();

  const editor = await showFile(app, 'manifests/persistentvolumeclaim-data.yaml');
  const modes = line(editor, /accessModes:\s+ReadWriteOnce/);
  await expect(modes).toBeVisible();
  // monaco-yaml reports a schema violation as a warning.
  const squiggle = editor.locator('.squiggly-warning');
  await expect(squiggle).toHaveCount(1, { timeout: 20_000 });
  await expectOnLine(squiggle, modes);
  const hover = await hoverWord(page, modes, 'ReadWriteOnce');
  await expect(hover).toContainText(/Incorrect type\. Expected "array"/);
  await app.screenshot('preview-language-schema-marker');
});
