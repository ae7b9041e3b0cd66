import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('connect two nodes handle to handle, see the link highlighted, delete it', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.paletteItem('external', 'Prometheus').click();
  const prometheus = app.canvas.getByRole('group', { name: 'External prometheus (prometheus)' });
  await expect(prometheus).toBeVisible();
  await app.button('Auto layout').click();
  await page.waitForTimeout(600);

  // Drag from the ambassador's right handle to the external's left handle.
  const from = await app.container('twemproxy', 'ambassador').boundingBox();
  const to = await prometheus.boundingBox();
  if (!from || !to) throw new Error('nodes not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.move(from.x + from.width - 1, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 10 });
  await page.mouse.move(to.x + 2, to.y + to.height / 2, { steps: 4 });
  await page.mouse.up();

  const link = app.canvas.getByRole('group', { name: 'Link metrics' });
  await expect(link).toHaveCount(1);
  await app.select(app.container('twemproxy', 'ambassador'));
  // Its three links (from the app, to the shards, to Prometheus) are highlighted.
  await expect(app.canvas.locator('.react-flow__edge.is-highlighted')).toHaveCount(3);
  await app.screenshot('link');

  await link.click({ force: true });
  await expect(app.inspector.getByRole('heading', { name: 'twemproxy → prometheus' })).toBeVisible();
  await app.inspector.getByRole('button', { name: 'Remove link' }).click();
  await expect(link).toHaveCount(0);
});
