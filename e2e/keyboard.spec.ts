import { expect, type Page, test } from '@playwright/test';
import { Designer } from './pages/designer';

/** Presses Tab until the focused element has this accessible name (or gives up). */
async function tabTo(page: Page, name: string | RegExp, back = false, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      if (labelled) return labelled;
      if (el.id) {
        const l = document.querySelector(`label[for="${el.id}"]`);
        if (l) return l.textContent ?? '';
      }
      return el.textContent ?? '';
    });
    if (typeof name === 'string' ? label.trim() === name : name.test(label)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test('work with the keyboard only', async ({ page }) => {
  const app = new Designer(page);
  await app.open();

  await tabTo(page, 'New design');
  await page.keyboard.press('Enter');
  await expect(app.canvas.getByText('This design is empty')).toBeVisible();

  // Enter on a palette item adds it: a new Pod first, then into the selected pod.
  await tabTo(page, 'Add app: Redis');
  await page.keyboard.press('Enter');
  await expect(app.container('redis', 'app')).toBeVisible();
  await tabTo(page, 'Add adapter: Redis metrics (Prometheus)');
  await page.keyboard.press('Enter');
  await expect(app.canvas.getByRole('group', { name: /\(adapter\)$/ })).toHaveCount(1);
  await expect(app.canvas.getByRole('group', { name: /^Workload / })).toHaveCount(1);

  // Into the inspector, edit the container's name.
  await tabTo(page, 'Name');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('exporter');
  await expect(app.container('exporter', 'adapter')).toBeVisible();

  // Focus the node on the canvas, select it with Enter, delete it with Delete, undo.
  await tabTo(page, 'Container exporter (adapter)', true);
  await expect(app.container('exporter', 'adapter')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(app.container('exporter', 'adapter')).toHaveCount(0);
  await expect(app.canvas).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(app.container('exporter', 'adapter')).toBeVisible();
  // Back to the node, which shows its focus ring.
  await tabTo(page, 'Container exporter (adapter)');
  await app.screenshot('keyboard');
});
