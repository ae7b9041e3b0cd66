/**
 * Writing the template file a team shares: JSON with a format marker and version,
 * `{ "podsmithTemplate": 1, "template": { "id": "user.echo", ... } }`. Reading it back is in
 * `file.ts` (it needs the whole restore).
 *
 * @example templateFileText(t).startsWith('{\n  "podsmithTemplate": 1,') // true
 */
import type { UserTemplate } from '../../model/user-template';

/** The template file format this build writes and reads. */
export const TEMPLATE_FILE_FORMAT = 1;

/** The text of a template file: indented JSON ending in one newline. */
export function templateFileText(template: UserTemplate): string {
  return `${JSON.stringify({ podsmithTemplate: TEMPLATE_FILE_FORMAT, template }, null, 2)}\n`;
}

/** A file name for the template: `echo-server.podsmith-template.json`. */
export function templateFileName(template: UserTemplate): string {
  return `${template.id.replace(/^user\./, '')}.podsmith-template.json`;
}
