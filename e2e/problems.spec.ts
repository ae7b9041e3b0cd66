import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('an invalid port shows in Problems; clicking it lands on the field', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await expect(app.problems).toContainText('No problems');

  await app.select(app.container('twemproxy', 'ambassador'));
  const port = app.field('Listen port');
  await port.fill('70000');
  // The field keeps what was typed and says what is wrong.
  await expect(port).toHaveValue('70000');
  await expect(port).toHaveAttribute('aria-invalid', 'true');

  const problem = app.problems.getByRole('button', { name: /70000/ });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText(/between 1 and 65535/);

  // Leave the container, then jump back from the problem.
  await app.select(app.container('web', 'app'));
  await expect(app.field('Listen port')).toHaveCount(0);
  await problem.click();
  await expect(app.field('Listen port')).toBeFocused();
  await expect(app.inspector.getByRole('heading', { name: 'twemproxy' })).toBeVisible();
  await app.screenshot('problems-jump');
});

test('a warning about a whole group of fields lands on its first field', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('web', 'app'));
  await app.field('CPU request').fill('');
  const warning = app.problems.getByRole('button', { name: /"web" does not request CPU\./ });
  await expect(warning).toBeVisible();
  await app.select(app.container('twemproxy', 'ambassador'));
  await warning.click();
  await expect(app.field('CPU request')).toBeFocused();
  await expect(app.inspector.getByRole('heading', { name: 'web', exact: true })).toBeVisible();
});

test('text that is not a number stays in the field with a message and leaves the document alone', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  const port = app.field('Listen port');
  await port.fill('63x');
  await expect(port).toHaveValue('63x');
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(app.inspector.getByText('Enter a whole number.')).toBeVisible();
  await app.expectPreview(/listen:\s+127\.0\.0\.1:6379/);
  await port.fill('6381');
  await expect(app.inspector.getByText('Enter a whole number.')).toHaveCount(0);
  await app.expectPreview(/listen:\s+127\.0\.0\.1:6381/);
});
