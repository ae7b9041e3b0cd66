/**
 * User templates: templates a user writes as data (`model/user-template.ts`), carried by the design
 * and shared as template files.
 *
 * - `placeholders.ts`: `${key}` parsing (`$${` for a literal `${`).
 * - `contexts.ts`: where each placeholder of a config file stands (a whole YAML value, part of an
 *   nginx word, ...); `render.ts`: how a value is written there, or why it cannot be.
 * - `compile.ts`: a template's texts parsed and checked once; rendering of files, env and args.
 * - `restore.ts`: the gate for untrusted templates; `file.ts`: the template file format.
 * - `define.ts`: the `TemplateDef` a user template becomes, so it works everywhere a built-in does.
 *
 * To add a file language: give it contexts in `contexts.ts` and its escaping in `render.ts`, and
 * add its hostile cases to `user.hostile.test.ts`.
 */

export type * from '../../model/user-template';
export { STRING_FORMATS, USER_FILE_LANGUAGES } from '../../model/user-template';
export type { Compiled, Refusal } from './compile';
export { compileTemplate, renderFile } from './compile';
export { envNameOf, USER_TEMPLATE_PREFIX, userTemplateDef } from './define';
export type { TemplateFileResult } from './file';
export {
  MAX_TEMPLATE_FILE_CHARS,
  readTemplateFile,
  TEMPLATE_FILE_FORMAT,
  templateFileName,
  templateFileText,
} from './file';
export { escapeLiteral, parseTemplateText } from './placeholders';
export { LIMITS, MAX_DESIGN_TEMPLATES, restoreUserTemplate, USER_TEMPLATE_ID } from './restore';
