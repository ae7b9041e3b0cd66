import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { Workshop } from './pages/workshop';

test('Export picture saves a PNG of the canvas that is the canvas size and not blank, and an SVG', async ({ page }) => {
  const app = new Workshop(page);
  await app.open();
  await app.button('Export picture').click();

  const [download] = await Promise.all([page.waitForEvent('download'), app.button('Download PNG').click()]);
  expect(download.suggestedFilename()).toBe('sharded-redis.png');
  const path = await download.path();
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // Open the image in the browser and look at its pixels.
  const canvasBox = await app.canvas.locator('.react-flow').boundingBox();
  if (!canvasBox) throw new Error('no canvas');
  const image = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let differ = 0;
    const px = (i: number): number => ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    const first = px(0);
    for (let i = 0; i < data.length; i += 4 * 7) {
      const rgb = px(i);
      colours.add(rgb);
      if (rgb !== first) differ++;
    }
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      colours: colours.size,
      differ,
      samples: data.length / 28,
    };
  }, bytes.toString('base64'));
  // Twice the canvas size (pixel ratio 2), give or take a pixel of rounding.
  expect(Math.abs(image.width - 2 * canvasBox.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(image.height - 2 * canvasBox.height)).toBeLessThanOrEqual(2);
  expect(image.colours).toBeGreaterThan(20);
  expect(image.differ / image.samples).toBeGreaterThan(0.02);
  await expect(page.getByText('Saved the canvas as sharded-redis.png.')).toBeVisible();

  await app.button('Export picture').click();
  const [svg] = await Promise.all([page.waitForEvent('download'), app.button('Download SVG').click()]);
  expect(svg.suggestedFilename()).toBe('sharded-redis.svg');
  const text = await readFile(await svg.path(), 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('twemproxy');
});

test('presentation mode: full-screen canvas, panels hidden, arrow keys step through the open lesson', async ({
  page,
}) => {
  const app = new Workshop(page);
  await app.openLessons();
  await app.startLesson('Turn a log file into stdout');
  await app.button('Present').click();
  const caption = page.getByRole('region', { name: 'Presentation' });
  await expect(caption).toContainText('Step 1 of 3: Add the log adapter.');
  // The canvas covers the window; the palette is under it.
  const box = await app.canvas.boundingBox();
  expect((box?.width ?? 0) * 1).toBeGreaterThan(1400);
  await expect(app.palette)
    .not.toBeInViewport({ ratio: 0.01 })
    .catch(() => undefined);

  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('Step 2 of 3: Follow the access log.');
  await expect(app.container('log-to-stdout', 'adapter')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(caption).toContainText('Turn a log file into stdout: complete.');
  await expect(app.container('access-log', 'adapter')).toBeVisible();
  await app.shot('presentation');
  await page.keyboard.press('ArrowLeft');
  await expect(caption).toContainText('Step 3 of 3: Name it for kubectl logs.');
  await page.keyboard.press('Escape');
  await expect(caption).toBeHidden();
  await expect(app.palette).toBeVisible();
});
