/** The export dialog passes axe (no serious or critical violation) with visible focus. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { Designer } from '../pages/designer';

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('dialog[open], [role="dialog"]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** True when the focused element draws an outline or a focus shadow. */
async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the export dialog passes axe in the ${scheme} theme, with visible focus`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new Designer(page);
    await app.open();
    for (const name of ['Export']) {
      await app.button(name).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      expect(await serious(page), `${name} dialog`).toEqual([]);
      await page.keyboard.press('Tab');
      expect(await focusVisible(page), `focus visible in the ${name} dialog`).toBe(true);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
}
