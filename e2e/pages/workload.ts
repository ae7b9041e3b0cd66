/** Page object of the workload inspector's sections (Pod, Volumes, Init containers, Service, Other fields). */
import { expect, type Locator } from '@playwright/test';
import type { Designer } from './designer';

export class WorkloadInspector {
  constructor(readonly app: Designer) {}

  /** The disclosure button heading a section. */
  toggle(title: string): Locator {
    return this.app.inspector.getByRole('button', { name: title, exact: true });
  }

  /** Opens a section (if it is closed) and waits for it to be open. */
  async open(title: string): Promise<void> {
    const button = this.toggle(title);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }

  /** Types YAML into a YAML field and leaves it, which applies it. */
  async applyYaml(label: string, yaml: string): Promise<void> {
    const field = this.app.field(label);
    await field.fill(yaml);
    await field.blur();
  }
}
