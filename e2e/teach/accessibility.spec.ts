import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

async function serious(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`workshop panels and dialogs pass axe in the ${scheme} theme, with visible focus`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new Workshop(page);
    await app.open();

    await app.button('Examples').click();
    await expect(app.gallery).toBeVisible();
    expect(await serious(page, '.teach-dialog')).toEqual([]);
    // Keyboard focus on an Open button is visible (an outline is drawn).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await app.shot(`gallery-${scheme}`);
    await page.keyboard.press('Escape');
    await expect(app.gallery).toBeHidden();

    await app.button('Lessons').click();
    await app.startLesson('Shard Redis with an ambassador');
    await app.step('Add the ambassador').getByRole('button', { name: 'Hint' }).click();
    expect(await serious(page, '.teach-side')).toEqual([]);
    await app.shot(`lessons-${scheme}`);

    await app.step('Add the ambassador').getByRole('button', { name: 'Show me' }).click();
    await app.expectStepDone('Add the ambassador');
    await app.select(app.container('twemproxy', 'ambassador'));
    await app.inspector.getByRole('button', { name: 'Explore shards' }).click();
    await expect(page.getByRole('dialog', { name: 'Shard explorer: twemproxy' })).toBeVisible();
    expect(await serious(page, '.teach-dialog')).toEqual([]);
    await app.shot(`shard-explorer-${scheme}`);
  });
}
