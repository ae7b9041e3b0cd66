/** Page object of the export, import and share dialogs, by their accessible names. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

/** A fresh directory for the files a journey writes and downloads. */
export function workDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The entries of a zip file, as text. */
export function readZip(file: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(readFileSync(file)))).map(([p, b]) => [p, strFromU8(b)]),
  );
}

/** Writes zip entries under `dir`, keeping their paths. */
export function writeTree(dir: string, entries: Record<string, string>): string {
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export class RoundTrip {
  constructor(readonly page: Page) {}

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Imports a file through the Import button's file picker. */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(path);
  }

  /** Opens the export dialog. */
  async openExport(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = this.dialog('Export');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Clicks a download button of the export dialog and saves the file under `dir`; returns its path. */
  async download(dialog: Locator, button: string, dir: string): Promise<string> {
    const wait = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: button, exact: true }).click();
    const d = await wait;
    const path = join(dir, d.suggestedFilename());
    await d.saveAs(path);
    return path;
  }

  /** Opens the share dialog and returns the link it shows. */
  async shareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = this.dialog('Share link');
    await expect(dialog).toBeVisible();
    const link = await dialog.getByRole('textbox', { name: 'Link to this design' }).inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    return link;
  }
}
