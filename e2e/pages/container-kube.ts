/** Page object of the container inspector's Kubernetes sections (probes, security, env, files, mounts, more). */
import { expect, type Locator } from '@playwright/test';
import type { Designer } from './designer';

export const KUBE_SECTIONS = ['Probes', 'Security', 'Environment', 'Config files', 'Mounts', 'More'] as const;
export type KubeSection = (typeof KUBE_SECTIONS)[number];

export class ContainerKube {
  constructor(readonly app: Designer) {}

  /** The button in a section's heading that opens and closes it. */
  toggle(section: KubeSection): Locator {
    return this.app.inspector.getByRole('heading', { name: new RegExp(`^${section}\\b`) }).getByRole('button');
  }

  /** Opens a section (if it is closed) and waits for its body. */
  async open(section: KubeSection): Promise<void> {
    const toggle = this.toggle(section);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async openAll(): Promise<void> {
    for (const s of KUBE_SECTIONS) await this.open(s);
  }

  /** A group of fields by its legend: `Readiness probe`, `Variable 1`, `envoy.yaml`, `Mount 1`. */
  group(name: string): Locator {
    return this.app.inspector.getByRole('group', { name, exact: true });
  }

  /** The Monaco editor of a config file, once loaded. */
  async codeEditor(fileName: string): Promise<Locator> {
    const editor = this.group(fileName).getByTestId('config-file-editor');
    await expect(editor.locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
    return editor;
  }

  /** Pastes text into a config file's editor, as a user pasting from another file (no auto-indent on each line). */
  async paste(editor: Locator, text: string): Promise<void> {
    await editor.locator('.view-lines').click();
    await editor.page().evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }
}
