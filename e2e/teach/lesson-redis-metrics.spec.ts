import { expect, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

test('lesson: expose Redis metrics to Prometheus with an adapter', async ({ page }) => {
  const app = new Workshop(page);
  await app.openLessons();
  await app.startLesson('Expose Redis metrics to Prometheus with an adapter');

  await app.dropInto('adapter', 'Redis metrics (Prometheus)', 'cache');
  await app.expectStepDone('Add the metrics adapter');
  await expect(app.problems).toContainText('localhost:6379');

  await app.select(app.container('redis-exporter', 'adapter'));
  await app.type('Redis address', 'localhost:6380');
  await app.expectStepDone('Point it at this pod’s Redis');

  // Step 3 on the canvas: tidy it, then draw a link from the adapter to Prometheus.
  await app.button('Auto layout').click();
  await expect(page.getByText('Laid out the design.')).toBeVisible();
  await page.waitForTimeout(400);
  await app.connect(app.container('redis-exporter', 'adapter'), app.external('prometheus', 'prometheus'));
  await app.expectComplete();
  await expect(
    app.canvas.getByRole('group', { name: /^Link metrics/ }).or(app.canvas.locator('.react-flow__edge')),
  ).not.toHaveCount(0);
  await app.shot('redis-metrics-complete');
});
