/** The text of a design document as it is saved and written: indented JSON ending in one newline. */
import type { Design } from '../model/design';

/**
 * `design.json` of the bundle, a downloaded design and the CLI's output, all the same bytes.
 *
 * @example designJson(design).endsWith('}\n') // true
 */
export function designJson(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}
