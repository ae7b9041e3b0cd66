/** No lost work: a tab killed right after a keystroke keeps it; a full local storage is said out loud. */
import { expect, test } from '@playwright/test';
import { Designer } from '../pages/designer';

test('a tab killed right after a keystroke keeps the change', async ({ context }) => {
  const first = await context.newPage();
  const app = new Designer(first);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Listen port').fill('6393');
  await first.close({ runBeforeUnload: false });

  const second = await context.newPage();
  const again = new Designer(second);
  await second.goto('/');
  await expect(again.container('twemproxy', 'ambassador')).toBeVisible();
  await again.select(again.container('twemproxy', 'ambassador'));
  await expect(again.field('Listen port')).toHaveValue('6393');
});

test('a full local storage gives a visible warning', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  const filled = await page.evaluate(() => {
    let size = 1024 * 1024;
    let n = 0;
    while (size >= 16) {
      try {
        localStorage.setItem(`filler-${n}`, 'x'.repeat(size));
        n++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(0);
  await app.field('Listen port').fill('6394');
  await expect(page.getByText(/could not be saved in this browser/)).toBeVisible();
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
});

test('a second tab on the same design is told and chooses; the first stops saving', async ({ context }) => {
  const first = await context.newPage();
  await new Designer(first).open();
  const second = await context.newPage();
  const app = new Designer(second);
  await app.open();
  const notice = second.getByRole('alert').filter({ hasText: 'also open in another tab' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Edit here' }).click();
  await expect(first.getByRole('alert').filter({ hasText: 'now edited in another tab' })).toBeVisible();

  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Listen port').fill('6395');
  const saved = await second.evaluate(() => localStorage.getItem('podsmith.design'));
  const old = new Designer(first);
  await old.select(old.container('twemproxy', 'ambassador'));
  await old.field('Listen port').fill('6396');
  expect(await first.evaluate(() => localStorage.getItem('podsmith.design'))).toBe(saved);
});
