import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('undo and redo with the keyboard and the buttons', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await app.field('Name').fill('proxy');
  await expect(app.container('proxy', 'ambassador')).toBeVisible();

  // Removing the container is a second step.
  await app.inspector.getByRole('button', { name: 'Remove container' }).click();
  await expect(app.container('proxy', 'ambassador')).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(app.container('proxy', 'ambassador')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(app.container('twemproxy', 'ambassador')).toBeVisible();
  await expect(app.button('Undo')).toBeDisabled();

  await page.keyboard.press('Control+Shift+z');
  await expect(app.container('proxy', 'ambassador')).toBeVisible();
  await app.button('Redo').click();
  await expect(app.container('proxy', 'ambassador')).toHaveCount(0);
  await app.button('Undo').click();
  await page.keyboard.press('Control+y');
  await expect(app.container('proxy', 'ambassador')).toHaveCount(0);
  await expect(app.button('Redo')).toBeDisabled();
  await app.screenshot('undo-redo');
});
