/**
 * Hostile strings in every name and field, typed and restored from local storage: nothing runs
 * (no `window.__pwned`, no dialog) and the strings show as text.
 */
import { expect, type Page, test } from '@playwright/test';
import { EXAMPLES } from '../../src/core';
import { Designer } from '../pages/designer';

const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "'><script>window.__pwned=1</script>",
  'javascript:window.__pwned=1',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

function watch(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: readonly string[]): Promise<void> {
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

test('typed into the design name, a container name and parameters, markup stays text', async ({ page }) => {
  const dialogs = watch(page);
  const app = new Designer(page);
  await app.open();
  await page.getByLabel('Design name').fill(PAYLOADS[0] ?? '');
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Name').fill(PAYLOADS[1] ?? '');
  await expect(app.canvas.getByText(PAYLOADS[1] ?? '', { exact: false }).first()).toBeVisible();
  const inputs = app.inspector.locator('input[type="text"], input:not([type]), textarea');
  const count = await inputs.count();
  for (let i = 0; i < count; i++) {
    const input = inputs.nth(i);
    if (!(await input.isEditable())) continue;
    await input.fill(PAYLOADS[i % PAYLOADS.length] ?? '');
  }
  await app.expectPreview(/./);
  await expectNothingRan(page, dialogs);
  await page.reload();
  await expect(app.canvas.locator('.react-flow__node').first()).toBeVisible();
  await expectNothingRan(page, dialogs);
});

test('a saved design with markup in every name opens without running it', async ({ page }) => {
  const dialogs = watch(page);
  const example = EXAMPLES[0];
  if (!example) throw new Error('no example');
  const hostile = JSON.parse(JSON.stringify(example.design), (key, value) =>
    typeof value === 'string' && (key === 'name' || key === 'image' || key === 'title')
      ? `${value}${PAYLOADS[1]}`
      : value,
  );
  hostile.name = PAYLOADS[0];
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('podsmith.design', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(hostile));
  await page.goto('/');
  await expect(page.getByRole('main').or(page.locator('#root'))).toBeVisible();
  await page.waitForTimeout(500);
  await expectNothingRan(page, dialogs);
});
