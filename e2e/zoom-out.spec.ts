import { expect, type Page, test } from '@playwright/test';
import { designOfSize } from '../bench/designs';
import { Designer } from './pages/designer';

/** React Flow's transform of the canvas: [x, y, zoom]. */
async function transform(page: Page): Promise<[number, number, number]> {
  const style = await page.locator('.react-flow__viewport').getAttribute('style');
  const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec(style ?? '');
  if (!m) throw new Error(`no transform in ${style}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

test('a design fitted below 20 % zoom is drawn as boxes that select, and nodes come back zooming in', async ({
  page,
}) => {
  const design = designOfSize(300);
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('podsmith.design', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(design));
  const app = new Designer(page);
  await page.goto('/');
  const boxes = app.canvas.locator('.lod-boxes');
  await expect(boxes).toBeAttached();
  // The boxes are drawn from the first frame; React Flow fits the view right after.
  await expect.poll(async () => (await transform(page))[2]).toBeLessThan(0.2);
  // React Flow draws no node out there: the boxes stand for them all.
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(0);
  // A screen reader hears why Tab reaches no container, and how to reach them.
  const hint = app.canvas.getByRole('status');
  await expect(hint).toHaveText(/Zoomed out below 20 %.*Zoom in with the zoom controls to reach them with Tab/);

  // A click on a container's box selects it; its pod is then drawn by React Flow, as selected.
  const w = design.workloads[0];
  const c = w?.containers[0];
  if (!w || !c) throw new Error('no container');
  const pane = await app.canvas.locator('.react-flow__renderer').boundingBox();
  if (!pane) throw new Error('no pane');
  const [tx, ty, zoom] = await transform(page);
  const at = (x: number, y: number) => ({ x: pane.x + tx + x * zoom, y: pane.y + ty + y * zoom });
  const point = at(w.layout.x + c.layout.x + 40, w.layout.y + c.layout.y + 20);
  await page.mouse.click(point.x, point.y);
  await expect(app.field('Name')).toHaveValue(c.name);
  await expect(app.canvas.locator(`.react-flow__node[data-id="${c.id}"]`)).toHaveClass(/selected/);
  await expect(app.canvas.locator(`.react-flow__node[data-id="${w.id}"]`)).toBeAttached();
  // A click on the empty pane clears the selection.
  const empty = at(w.layout.x - 10, w.layout.y - 10);
  await page.mouse.click(empty.x, empty.y);
  await expect(app.canvas.locator('.react-flow__node.selected')).toHaveCount(0);

  // Zooming in past 20 %, the nodes in view are drawn by React Flow again, and the boxes go.
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  while ((await transform(page))[2] < 0.3) {
    await zoomIn.click();
    await page.waitForTimeout(300);
  }
  await expect(app.canvas.locator('.react-flow__node-container').first()).toBeVisible();
  await expect(boxes).toHaveCount(0);
  await expect(hint).toHaveText('');

  // Fit view fits the whole design again, hidden nodes and all: back below 20 %, as boxes.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(async () => (await transform(page))[2]).toBeLessThan(0.2);
  await expect(boxes).toBeAttached();
  await expect(app.canvas.locator('.react-flow__node')).toHaveCount(0);
});
