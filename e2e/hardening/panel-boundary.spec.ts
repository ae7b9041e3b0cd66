/** A panel that fails to render is replaced by a message with `Download design`; the rest keeps working. */
import { expect, test } from '@playwright/test';
import { Designer } from '../pages/designer';

test('a crashed inspector leaves canvas and preview working and offers the design for download', async ({ page }) => {
  const app = new Designer(page);
  await page.goto('/?crash=inspector');
  await expect(app.canvas.locator('.react-flow__node').first()).toBeVisible();
  const failure = page.getByRole('alert').filter({ hasText: 'The Inspector panel stopped working' });
  await expect(failure).toBeVisible();
  const download = page.waitForEvent('download');
  await failure.getByRole('button', { name: 'Download design' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await app.select(app.container('twemproxy', 'ambassador'));
  await expect(app.palette).toBeVisible();
  await app.expectPreview(/nutcracker|kind:/);
});
