import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('change a parameter and see the preview change', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  const port = app.field('Listen port');
  await expect(port).toHaveValue('6379');
  await app.expectPreview(/listen:\s+127\.0\.0\.1:6379/);

  await port.fill('6380');
  await app.expectPreview(/listen:\s+127\.0\.0\.1:6380/);
  await expect(app.container('twemproxy', 'ambassador')).toContainText(':6380');
  await app.screenshot('preview-change');
});
