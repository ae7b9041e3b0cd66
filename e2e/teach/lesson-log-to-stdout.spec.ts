import { expect, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

test('lesson: turn a log file into stdout, then reload and find the progress kept', async ({ page }) => {
  const app = new Workshop(page);
  await app.openLessons();
  await app.startLesson('Turn a log file into stdout');

  // The adapter goes in with the keyboard: select the pod, then Enter on the palette item.
  await app.select(app.workload('web'));
  await app.paletteItem('adapter', 'Log file to stdout').focus();
  await page.keyboard.press('Enter');
  await app.expectStepDone('Add the log adapter');

  await app.select(app.container('log-to-stdout', 'adapter'));
  await app.type('Log path', '/var/log/nginx/access.log');
  await app.expectStepDone('Follow the access log');
  await app.type('Name', 'access-log');
  await app.expectComplete();
  await app.shot('log-to-stdout-complete');

  // Progress survives a reload.
  await page.reload();
  await app.button('Lessons').click();
  await expect(app.lessons).toBeVisible();
  await expect(app.lessons.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
  await app.lessons.getByRole('button', { name: 'More lessons' }).click();
  await expect(app.lessons.getByRole('listitem').filter({ hasText: 'Turn a log file into stdout' })).toContainText(
    '✓ Completed',
  );
});
