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
  await span.hover();
  const hover = page.locator('.monaco-hover:not(.hidden)');
  await expect(hover).toBeVisible({ timeout: 15_000 });
  return hover;
}

test('all.yaml explains Kubernetes fields from the bundled schema', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  const editor = await showFile(app, 'all.yaml');
  // all.yaml opens with the ConfigMap of twemproxy's config file.
  const hover = await hoverWord(page, line(editor, /^data:/), 'data');
  await expect(hover).toContainText('Data contains the configuration data');
  await app.screenshot('preview-language-hover');
});
