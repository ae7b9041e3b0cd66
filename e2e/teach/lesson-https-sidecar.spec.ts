import { expect, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

test('lesson: add an HTTPS sidecar to a legacy app, by mouse and keyboard', async ({ page }) => {
  const app = new Workshop(page);
  await app.openLessons();
  await app.startLesson('Add an HTTPS sidecar to a legacy app');
  await expect(app.workload('legacy-web')).toBeVisible();

  // Step 1: the sidecar goes into the legacy app's pod.
  await app.dropInto('sidecar', 'HTTPS terminator', 'legacy-web');
  await app.expectStepDone('Add the HTTPS terminator');
  await expect(app.step('Forward to the app’s port')).toContainText('Not yet: Legacy port is 8080');

  // Step 2: the hint, then the port.
  await app.step('Forward to the app’s port').getByRole('button', { name: 'Hint' }).click();
  await expect(app.step('Forward to the app’s port')).toContainText('forwards each decrypted request');
  await app.select(app.container('https-terminator', 'sidecar'));
  await app.type('Legacy port', '9000');
  await app.expectStepDone('Forward to the app’s port');

  // Steps 3 and 4.
  await app.type('Server name', 'legacy.example.com');
  await app.expectStepDone('Name the host');
  await app.type('Certificate Secret', 'legacy-web-tls');
  await app.expectComplete();
  await expect(app.field('Certificate Secret')).toHaveValue('legacy-web-tls');
  await app.expectPreview(/ssl_certificate \/etc\/nginx\/tls\/tls\.crt;/);
  await expect(app.problems).not.toContainText(/\berror\b/i);
  await app.shot('https-sidecar-complete');

  // Hovering a line of the generated nginx.conf explains its directive.
  await app.preview.getByRole('tab', { name: 'configs/nginx.conf' }).click();
  await app.preview.getByText('ssl_protocols', { exact: true }).hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'TLS versions nginx accepts' })).toBeVisible();
  await app.shot('preview-hover');
});
