import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('reload and find the same design and layout', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Name').fill('shard-proxy');
  await app.field('Listen port').fill('6390');

  // Move the external endpoint with the mouse.
  const ext = app.canvas.getByRole('group', { name: /^External redis-shards/ });
  const from = await app.centre(ext);
  const saved = await page.evaluate(() => localStorage.getItem('podsmith.design'));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 120, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((before) => localStorage.getItem('podsmith.design') !== before, saved);
  const before = JSON.parse((await page.evaluate(() => localStorage.getItem('podsmith.design'))) ?? '{}');

  await page.reload();
  await expect(app.container('shard-proxy', 'ambassador')).toBeVisible();
  const after = JSON.parse((await page.evaluate(() => localStorage.getItem('podsmith.design'))) ?? '{}');
  expect(after).toEqual(before);
  expect(before.externals[0].layout).not.toEqual({ x: 360, y: 0 });
  await app.select(app.container('shard-proxy', 'ambassador'));
  await expect(app.field('Listen port')).toHaveValue('6390');
  await app.screenshot('reload');
});
