/** Page object of the designer: the regions and controls a user sees, by their accessible names. */
import { expect, type Locator, type Page } from '@playwright/test';

export const SCREENS = 'test-results/screens';

export class Designer {
  readonly palette: Locator;
  readonly canvas: Locator;
  readonly inspector: Locator;
  readonly preview: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.palette = page.getByRole('navigation', { name: 'Palette' });
    this.canvas = page.getByRole('region', { name: 'Pod canvas' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.problems = page.getByRole('region', { name: 'Problems' });
  }

  /** Opens the app on a fresh profile (the first example) and waits for the canvas. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  paletteItem(role: string, title: string): Locator {
    return this.palette.getByRole('button', { name: `Add ${role}: ${title}`, exact: true });
  }

  workload(name: string): Locator {
    return this.canvas.getByRole('group', { name: `Workload ${name}`, exact: true });
  }

  container(name: string, role: string): Locator {
    return this.canvas.getByRole('group', { name: `Container ${name} (${role})`, exact: true });
  }

  field(label: string): Locator {
    return this.inspector.getByLabel(label, { exact: true });
  }

  async newDesign(): Promise<void> {
    await this.button('New design').click();
    await expect(this.canvas.getByText('This design is empty')).toBeVisible();
  }

  /** Drags a palette item with the mouse and drops it at a point of the page. */
  async dragPaletteItem(item: Locator, to: { x: number; y: number }): Promise<void> {
    const box = await item.boundingBox();
    if (!box) throw new Error('palette item is not visible');
    const mouse = this.page.mouse;
    await mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await mouse.down();
    await mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.up();
  }

  /** The centre of a locator's box. */
  async centre(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element is not visible');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Selects a container by clicking its node. */
  async select(node: Locator): Promise<void> {
    const box = await node.boundingBox();
    if (!box) throw new Error('node is not visible');
    await this.page.mouse.click(box.x + box.width / 2, box.y + 14);
  }

  /** Waits for the preview to show text matching `pattern` (whatever editor renders it). */
  async expectPreview(pattern: RegExp): Promise<void> {
    await expect(this.preview).toContainText(pattern, { timeout: 15_000 });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENS}/${name}.png` });
  }
}
