import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

for (const scheme of ['light', 'dark'] as const) {
  test(`accessible names and contrast hold in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new Designer(page);
    await app.open();
    await app.select(app.container('twemproxy', 'ambassador'));
    await expect(app.field('Listen port')).toBeVisible();
    // Every region and named control of DESIGN.md section 5.
    for (const region of [app.palette, app.canvas, app.inspector, app.preview, app.problems])
      await expect(region).toBeVisible();
    for (const name of ['Export', 'Import', 'Examples', 'Share', 'Undo', 'Redo', 'New design', 'Auto layout'])
      await expect(app.button(name)).toBeVisible();
    for (const heading of ['App', 'Sidecar', 'Ambassador', 'Adapter'])
      await expect(app.palette.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(app.workload('web')).toBeVisible();
    await expect(app.preview.getByRole('tab', { name: 'configs/nutcracker.yaml' })).toBeVisible();

    const results = await new AxeBuilder({ page })
      .include('.palette')
      .include('.inspector')
      .include('.problems')
      .include('.topbar')
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await app.screenshot(`accessibility-${scheme}`);
  });
}
