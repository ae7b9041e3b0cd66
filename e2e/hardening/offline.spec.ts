/**
 * Offline and private: after one visit the app opens and works with the network cut, and a journey
 * asks no host but the app's own.
 */
import { expect, test } from '@playwright/test';
import { Designer } from '../pages/designer';

test('after one visit, the app opens and works offline', async ({ page, context }) => {
  const app = new Designer(page);
  await app.open();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  await app.expectPreview(/nutcracker|kind:/);

  await context.setOffline(true);
  await page.reload();
  await expect(app.canvas.locator('.react-flow__node').first()).toBeVisible();
  await expect(app.palette).toBeVisible();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Listen port').fill('6391');
  await app.expectPreview(/6391/);
  await context.setOffline(false);
});

test('a journey asks no host but the app’s own', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol.startsWith('http')) foreign.push(url.href);
  });
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Listen port').fill('6392');
  await app.expectPreview(/6392/);
  await app.button('Export').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await app.button('Examples').click();
  await page.waitForTimeout(500);
  await page.keyboard.press('Escape');
  expect(foreign).toEqual([]);
});
