/** Page object of workshop mode: the gallery, the lessons panel, the explorers and the picture export. */
import { expect, type Locator, type Page } from '@playwright/test';
import { Designer } from '../../pages/designer';

export class Workshop extends Designer {
  readonly lessons: Locator;
  readonly gallery: Locator;

  constructor(page: Page) {
    super(page);
    this.lessons = page
      .getByRole('complementary', { name: /^(Lessons|.+)$/ })
      .filter({ has: page.getByRole('button', { name: 'Close lessons' }) });
    this.gallery = page.getByRole('dialog', { name: 'Examples' });
  }

  /** Opens the app on a fresh profile and the lessons panel. */
  async openLessons(): Promise<void> {
    await this.open();
    await this.button('Lessons').click();
    await expect(this.lessons).toBeVisible();
  }

  /** Starts a lesson from the list by its title. */
  async startLesson(title: string): Promise<void> {
    await this.lessons.getByRole('button', { name: `Start ${title}`, exact: true }).click();
    await expect(this.lessons.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }

  /** A step of the open lesson by its title. */
  step(title: string): Locator {
    return this.lessons.getByRole('listitem').filter({ hasText: title });
  }

  async expectStepDone(title: string): Promise<void> {
    await expect(this.step(title)).toContainText('(done)');
  }

  async expectComplete(): Promise<void> {
    await expect(this.lessons.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
  }

  /** Drops a palette item into a workload, near the bottom of its box. */
  async dropInto(role: string, title: string, workload: string): Promise<void> {
    const item = this.paletteItem(role, title);
    await item.scrollIntoViewIfNeeded();
    const box = await this.workload(workload).boundingBox();
    if (!box) throw new Error(`workload ${workload} is not visible`);
    await this.dragPaletteItem(item, { x: box.x + box.width / 2, y: box.y + box.height - 12 });
  }

  /** Replaces an inspector field's value by keyboard, as a learner would. */
  async type(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.pressSequentially(value);
    await field.press('Tab');
  }

  /** A canvas node of an external endpoint. */
  external(name: string, kind: string): Locator {
    return this.canvas.getByRole('group', { name: `External ${name} (${kind})`, exact: true });
  }

  /** Draws a link with the mouse from a node's right (out) handle to another node's left (in) handle. */
  async connect(from: Locator, to: Locator): Promise<void> {
    const source = await from.locator('.react-flow__handle-right').first().boundingBox();
    const target = await to.locator('.react-flow__handle-left').first().boundingBox();
    if (!source || !target) throw new Error('handles are not visible');
    const mouse = this.page.mouse;
    await mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await mouse.down();
    await mouse.move(source.x + 40, source.y + 10, { steps: 4 });
    await mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await mouse.up();
  }

  /** Takes a screenshot of the page to test-results/screens/teach-NAME.png. */
  async shot(name: string): Promise<void> {
    await this.screenshot(`teach-${name}`);
  }
}
