import { expect, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

test('lesson: send 10 % of users to an experiment, then explore routes', async ({ page }) => {
  const app = new Workshop(page);
  await app.openLessons();
  await app.startLesson('Send 10 % of users to an experiment');
  await expect(app.workload('production')).toBeVisible();

  // Step 1: a Node app dropped on empty canvas starts a pod; rename it experiment.
  const canvas = await app.canvas.boundingBox();
  if (!canvas) throw new Error('no canvas');
  await app.dragPaletteItem(app.paletteItem('app', 'Node app'), {
    x: canvas.x + canvas.width * 0.3,
    y: canvas.y + canvas.height * 0.85,
  });
  await expect(app.workload('pod')).toBeVisible();
  await app.select(app.workload('pod'));
  await app.type('Name', 'experiment');
  await app.expectStepDone('Deploy the experiment');

  // Step 2: a new upstream row on the splitter.
  await app.select(app.container('request-splitter', 'ambassador'));
  await app.inspector.getByRole('button', { name: 'Add upstream' }).click();
  await app.type('Name of upstream 2', 'experiment');
  await app.type('Host of upstream 2', 'experiment');
  await app.type('Port of upstream 2', '3000');
  await app.expectStepDone('Add it as an upstream');

  // Step 3: 9 to 1.
  await expect(app.step('Send 10 % to the experiment')).toContainText('50.0 %, not 10 %');
  await app.type('Weight of upstream 1', '9');
  await app.expectStepDone('Send 10 % to the experiment');

  // Step 4: sticky by client address, chosen with the keyboard.
  const stickiness = app.field('Stickiness');
  await stickiness.focus();
  await stickiness.selectOption({ label: 'Client address (ip_hash)' });
  await app.expectComplete();
  await app.expectPreview(/ip_hash;/);
  await app.shot('experiment-complete');

  await app.inspector.getByRole('button', { name: 'Explore routes' }).click();
  const explorer = page.getByRole('dialog', { name: 'Route explorer: request-splitter' });
  await explorer.getByLabel('Client addresses', { exact: true }).fill('203.0.113.7\n203.0.113.99\nnot-an-address');
  const rows = explorer.getByRole('table', { name: 'Where each client goes' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  // One /24 goes one way.
  expect(await rows.nth(1).getByRole('cell').nth(1).textContent()).toBe(
    await rows.nth(2).getByRole('cell').nth(1).textContent(),
  );
  await expect(rows.nth(3)).toContainText('not an IP address');
  await expect(explorer.getByRole('row', { name: /^experiment/ })).toContainText('10.00 %');
  await app.shot('route-explorer');
  await page.keyboard.press('Escape');
  await expect(explorer).toBeHidden();
});
