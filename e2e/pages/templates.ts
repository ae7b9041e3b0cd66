/** Page object of user templates: Save as template, the template editor, and My templates in the palette. */
import { expect, type Locator, type Page } from '@playwright/test';

export class Templates {
  readonly mine: Locator;

  constructor(readonly page: Page) {
    this.mine = page.getByRole('navigation', { name: 'Palette' }).getByRole('region', { name: 'My templates' });
  }

  /** The open template editor dialog. */
  editor(): Locator {
    return this.page.getByRole('dialog', { name: /^(Save as template|New template|Edit template )/ });
  }

  /** Opens the editor on the selected container ("Save as template" in the inspector). */
  async saveSelectedAsTemplate(): Promise<Locator> {
    await this.page
      .getByRole('region', { name: 'Inspector' })
      .getByRole('button', { name: 'Save as template' })
      .click();
    const dialog = this.editor();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Adds a parameter in the editor and fills its fields (number `n`, from 1). */
  async addParam(
    dialog: Locator,
    n: number,
    p: { key: string; kind: string; title: string; doc: string; default: string; min?: string; max?: string },
  ): Promise<void> {
    await dialog.getByRole('button', { name: 'Add parameter' }).click();
    await dialog.getByLabel(`Parameter ${n} kind`, { exact: true }).selectOption(p.kind);
    await dialog.getByLabel(`Parameter ${n} key`, { exact: true }).fill(p.key);
    await dialog.getByLabel(`Parameter ${n} title`, { exact: true }).fill(p.title);
    await dialog.getByLabel(`Parameter ${n} doc`, { exact: true }).fill(p.doc);
    if (p.min !== undefined) await dialog.getByLabel(`Parameter ${n} min`, { exact: true }).fill(p.min);
    if (p.max !== undefined) await dialog.getByLabel(`Parameter ${n} max`, { exact: true }).fill(p.max);
    await dialog.getByLabel(`Parameter ${n} default`, { exact: true }).fill(p.default);
  }

  /** Adds a config file in the editor (number `n`, from 1). */
  async addFile(dialog: Locator, n: number, f: { name: string; mountPath: string; language: string; text: string }) {
    await dialog.getByRole('button', { name: 'Add file' }).click();
    await dialog.getByLabel(`File ${n} name`, { exact: true }).fill(f.name);
    await dialog.getByLabel(`File ${n} mount path`, { exact: true }).fill(f.mountPath);
    await dialog.getByLabel(`File ${n} language`, { exact: true }).selectOption(f.language);
    await dialog.getByLabel(`File ${n} text`, { exact: true }).fill(f.text);
  }

  /** Saves the editor's template and waits for the dialog to close. */
  async save(dialog: Locator): Promise<void> {
    await expect(dialog.getByRole('region', { name: 'Template problems' })).toContainText('No problems');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Clicks "Export template TITLE" and saves the download under `dir`; returns its path. */
  async exportTemplate(title: string, dir: string): Promise<string> {
    const wait = this.page.waitForEvent('download');
    await this.mine.getByRole('button', { name: `Export template ${title}`, exact: true }).click();
    const d = await wait;
    const path = `${dir}/${d.suggestedFilename()}`;
    await d.saveAs(path);
    return path;
  }

  /** Imports a template file through "Import template". */
  async importTemplate(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.mine.getByRole('button', { name: 'Import template', exact: true }).click();
    await (await chooser).setFiles(path);
  }
}
