import { expect, type Locator, type Page, test } from '@playwright/test';
import { Designer } from './pages/designer';

/** The preview's Edit mode, by what a user sees and presses. */
class TextEditor {
  readonly toggle: Locator;
  readonly editor: Locator;
  readonly pane: Locator;

  constructor(
    readonly page: Page,
    readonly app: Designer,
  ) {
    this.toggle = app.preview.getByRole('button', { name: 'Edit', exact: true });
    this.editor = app.preview.getByTestId('preview-editor');
    this.pane = app.preview.getByRole('complementary', { name: /^Editing / });
  }

  tab(path: string, draft = false): Locator {
    return this.app.preview.getByRole('tab', { name: draft ? `${path} (draft)` : path, exact: true });
  }

  async open(path: string): Promise<void> {
    await this.tab(path).click();
    await expect(this.editor.locator('.view-lines')).toBeVisible({ timeout: 15_000 });
  }

  async start(): Promise<void> {
    await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(this.editor.getByRole('textbox', { name: / \(editing\)$/ })).toBeAttached({ timeout: 15_000 });
  }

  /**
   * Selects the first `find` in the file with Monaco's find (the lines far down are not drawn, so
   * they cannot be clicked), then types `replacement` over it as keystrokes.
   */
  async replace(find: string, replacement: string): Promise<void> {
    await this.editor.locator('.view-lines').click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Control+F');
    const input = this.editor.getByRole('textbox', { name: 'Find' });
    await expect(input).toBeFocused();
    // Filled anew, so that the find moves the selection even when the search is the last one.
    await input.fill('');
    await input.fill(find);
    await expect(this.editor.locator('.find-widget .matchesCount')).not.toHaveText(/No results/);
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.type(replacement);
  }
}

test('a hash typed into nutcracker.yaml reaches the inspector and Problems', async ({ page }) => {
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await expect(app.field('Hash')).toHaveValue('murmur');
  await text.open('configs/nutcracker.yaml');
  await text.start();
  await text.replace('murmur', 'fnv1a_64');

  await expect(app.field('Hash')).toHaveValue('fnv1a_64');
  await expect(app.problems).toContainText('PS132');
  // Applied: the file is the design's again, and no draft is left.
  await expect(text.tab('configs/nutcracker.yaml')).toBeVisible();
  await expect(text.pane).toHaveCount(0);
  await app.expectPreview(/hash: fnv1a_64/);
  await app.screenshot('edit-text-hash');
});

test('broken YAML is marked at its line, changes nothing, and survives a reload', async ({ page }) => {
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  await app.open();
  await expect(app.workload('web')).toContainText('×2');
  await text.open('all.yaml');
  await text.start();
  await text.replace('replicas: 2', 'replicas: [2');
  // Monaco closes the bracket as it is typed: take the closing one away again.
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');

  await expect(text.editor.locator('.squiggly-error').first()).toBeAttached();
  const problems = text.pane.getByRole('region', { name: 'Problems in the text' });
  await expect(problems).toContainText(/Line \d+, column \d+: missed comma between flow collection entries/);
  await expect(text.tab('all.yaml', true)).toBeVisible();
  await expect(app.workload('web')).toContainText('×2');
  await app.screenshot('edit-text-broken');

  await page.reload();
  await expect(app.canvas.locator('.react-flow__node').first()).toBeVisible();
  await expect(text.toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(text.tab('all.yaml', true)).toHaveAttribute('aria-selected', 'true');
  await expect(app.preview.getByTestId('preview-text')).toContainText('replicas: [2');
  await expect(text.editor.locator('.squiggly-error').first()).toBeAttached({ timeout: 15_000 });
  await expect(text.pane.getByRole('region', { name: 'Problems in the text' })).toBeVisible();
  await app.screenshot('edit-text-broken-reloaded');

  // The problem's place, clicked, puts the editor's cursor on its line.
  const goTo = problems.getByRole('button', { name: /^Go to line \d+, column \d+$/ }).first();
  const at = Number(/line (\d+)/.exec((await goTo.getAttribute('aria-label')) ?? '')?.[1]);
  await goTo.click();
  await expect(text.editor.getByRole('textbox', { name: 'all.yaml (editing)' })).toBeFocused();
  await expect(text.editor.locator('.line-numbers.active-line-number')).toHaveText(String(at));

  await text.pane.getByRole('button', { name: 'Discard' }).click();
  await expect(text.tab('all.yaml')).toBeVisible();
  await expect(app.preview.getByTestId('preview-text')).toContainText('replicas: 2\n');
  await expect(text.editor.locator('.squiggly-error')).toHaveCount(0);
});

test('a replica count typed into all.yaml shows on the canvas, and Undo brings it back', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  await app.open();
  await text.open('all.yaml');
  await text.start();
  await text.replace('replicas: 2', 'replicas: 3');

  await expect(app.workload('web')).toContainText('×3');
  await expect(app.preview.getByTestId('preview-text')).toContainText('replicas: 3\n');
  await expect(text.pane).toHaveCount(0);
  // The cursor stays where the user typed: a further digit goes after the 3.
  await app.screenshot('edit-text-replicas-dark');

  await app.button('Undo').click();
  await expect(app.workload('web')).toContainText('×2');
  await expect(app.preview.getByTestId('preview-text')).toContainText('replicas: 2\n');
  await expect(text.editor.locator('.view-lines')).toContainText('replicas: 2');
  await app.button('Redo').click();
  await expect(app.workload('web')).toContainText('×3');
  await app.screenshot('edit-text-undo-redo-dark');
});

test('a text the design cannot hold as typed waits for Apply anyway or Discard', async ({ page }) => {
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await text.open('configs/nutcracker.yaml');
  await text.start();
  await text.replace('murmur', 'crc99');

  const notices = text.pane.getByRole('region', { name: 'Notices about the text' });
  await expect(notices).toContainText('hash crc99 is not one nutcracker 0.5 knows');
  await expect(text.tab('configs/nutcracker.yaml', true)).toBeVisible();
  await expect(app.field('Hash')).toHaveValue('murmur');
  await app.screenshot('edit-text-notices');

  await text.pane.getByRole('button', { name: 'Discard' }).click();
  await expect(text.pane).toHaveCount(0);
  await expect(app.preview.getByTestId('preview-text')).toContainText('hash: murmur');
  await expect(text.editor.locator('.view-lines')).toContainText('hash: murmur');
  await expect(app.field('Hash')).toHaveValue('murmur');

  // Apply anyway takes the design the text reads as, and the file shows what Podsmith writes.
  await text.replace('murmur', 'crc99');
  await text.pane.getByRole('button', { name: 'Apply anyway' }).click();
  await expect(text.pane).toHaveCount(0);
  await expect(app.field('Hash')).toHaveValue('fnv1a_64');
  await expect(app.preview.getByTestId('preview-text')).toContainText('hash: fnv1a_64');
});

test('a file written from others says why it cannot be edited', async ({ page }) => {
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  await app.open();
  await text.open('kustomization.yaml');
  await text.toggle.click();
  await expect(text.pane).toContainText('This file cannot be edited: kustomize files are written from the manifests');
  await expect(text.editor.getByRole('textbox', { name: 'kustomization.yaml (read only)' })).toBeAttached();
});

test('a wrong type typed into a manifest is marked by the Kubernetes schema, with its reason', async ({ page }) => {
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  await app.open();
  await text.open('manifests/deployment-web.yaml');
  await text.start();
  await text.replace('replicas: 2', 'replicas: two');

  // The schema (monaco-yaml's worker) marks the value; the read-back does not apply it (its notices
  // say the design would write `replicas: 1`): nothing changes until Apply anyway.
  const squiggle = text.editor.locator('.squiggly-warning, .squiggly-error').first();
  await expect(squiggle).toBeAttached({ timeout: 20_000 });
  await expect(app.workload('web')).toContainText('×2');
  // The pointer rests on the mark until the hover shows (the YAML worker may still be starting).
  const reason = page
    .locator('.monaco-hover')
    .filter({ hasText: /Incorrect type|integer/i })
    .first();
  await expect(async () => {
    await page.mouse.move(0, 0);
    await squiggle.hover({ force: true });
    await expect(reason).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await app.screenshot('edit-text-schema-marker');
});

test('completion offers Kubernetes fields in a manifest and directives in nutcracker.yaml', async ({ page }) => {
  const app = new Designer(page);
  const text = new TextEditor(page, app);
  // Monaco draws its widgets outside the editor (fixed overflow widgets).
  const suggestions = page.getByRole('listbox', { name: 'Suggest' });
  await app.open();
  await text.open('manifests/deployment-web.yaml');
  await text.start();
  // A new key under the Deployment's spec, beside replicas.
  await text.replace('replicas: 2', 'replicas: 2');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('minReady');
  await page.keyboard.press('Control+Space');
  await expect(suggestions.getByRole('listitem', { name: /^minReadySeconds/ }).first()).toBeVisible({
    timeout: 20_000,
  });
  await app.screenshot('edit-text-complete-kubernetes');
  await page.keyboard.press('Escape');
  // A key with no value yet does not read: the draft waits, and is discarded.
  await text.pane.getByRole('button', { name: 'Discard' }).click();
  await expect(text.tab('manifests/deployment-web.yaml')).toBeVisible();

  // Edit mode stays on from file to file.
  await text.open('configs/nutcracker.yaml');
  await expect(text.editor.getByRole('textbox', { name: 'configs/nutcracker.yaml (editing)' })).toBeAttached();
  await text.replace('hash: murmur', 'hash: murmur');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('distri');
  await page.keyboard.press('Control+Space');
  await expect(suggestions.getByRole('listitem', { name: /^distribution/ }).first()).toBeVisible({ timeout: 20_000 });
  await app.screenshot('edit-text-complete-nutcracker');
});
