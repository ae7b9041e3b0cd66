import { expect, test } from '@playwright/test';
import { EXAMPLES } from '../../src/core';
import { Workshop } from './pages/workshop';

test('the gallery opens every example: its files are in the preview, Problems has no error, and its notes are shown', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new Workshop(page);
  await app.open();
  await app.button('Examples').click();
  await expect(app.gallery).toBeVisible();
  await expect(app.gallery.getByRole('listitem')).toHaveCount(EXAMPLES.length);
  await expect(app.gallery.getByRole('img').first()).toBeVisible();
  await app.shot('gallery');

  for (const ex of EXAMPLES) {
    if (!(await app.gallery.isVisible())) await app.button('Examples').click();
    await app.gallery.getByRole('button', { name: `Open ${ex.title}`, exact: true }).click();
    await expect(app.gallery).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Design name' })).toHaveValue(ex.design.name);
    // The preview lists the example's files and shows one of them.
    await expect(app.preview.getByRole('tab', { name: /^manifests\// }).first()).toBeVisible();
    await expect(app.preview.getByRole('tab', { name: 'all.yaml' })).toHaveCount(1);
    await app.expectPreview(/\S/);
    // No error-level problem.
    await expect(app.problems).toContainText(/0\s*errors/);
    // The pattern notes explain it.
    const notes = page.getByRole('complementary', { name: ex.title });
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Parameters' }).first()).toBeVisible();
  }
  await app.shot('teaching-panel');
});
