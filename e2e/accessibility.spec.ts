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

for (const scheme of ['light', 'dark'] as const) {
  test(`the preview's Edit mode, its notices and choices are named and legible in the ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new Designer(page);
    await app.open();
    const preview = app.preview;
    await preview.getByRole('tab', { name: 'configs/nutcracker.yaml', exact: true }).click();
    const toggle = preview.getByRole('button', { name: 'Edit', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const editor = preview.getByTestId('preview-editor');
    await expect(editor.getByRole('textbox', { name: 'configs/nutcracker.yaml (editing)' })).toBeAttached({
      timeout: 15_000,
    });
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+F');
    await editor.getByRole('textbox', { name: 'Find' }).fill('murmur');
    await page.keyboard.press('Escape');
    await page.keyboard.type('crc99');
    const pane = preview.getByRole('complementary', { name: 'Editing configs/nutcracker.yaml' });
    await expect(pane.getByRole('region', { name: 'Notices about the text' })).toBeVisible();
    await expect(pane.getByRole('button', { name: 'Apply anyway' })).toBeVisible();
    await expect(pane.getByRole('button', { name: 'Discard' })).toBeVisible();
    await expect(preview.getByRole('tab', { name: 'configs/nutcracker.yaml (draft)', exact: true })).toBeVisible();

    const results = await new AxeBuilder({ page }).include('.ps-preview-bar').include('.ps-edit-pane').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await app.screenshot(`accessibility-edit-${scheme}`);
  });
}
