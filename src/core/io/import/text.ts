/**
 * One entry for whatever a user imports: a Podsmith design (design.json, of this or an older
 * `schemaVersion`, migrated by `restore()`) or Kubernetes YAML (or JSON) manifests.
 */
import type { Design } from '../../model/design';
import { MAX_TEXT_LENGTH } from '../../read/yaml';
import { restore } from '../restore';
import { importYaml } from '.';
import type { Notice } from './types';

/** What an imported text was: a Podsmith design, or Kubernetes manifests (YAML or JSON). */
export type TextFormat = 'design' | 'manifests';

export type TextImportResult =
  | {
      readonly ok: true;
      readonly format: TextFormat;
      readonly design: Design;
      readonly notices: readonly Notice[];
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/** True for a parsed value that is a design document rather than a Kubernetes object. */
function isDesign(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'schemaVersion' in value;
}

/**
 * A design from a file's text: design.json is restored (older versions migrated, newer ones refused
 * with a clear message); anything else is read as Kubernetes manifests by `importYaml`. Never throws.
 *
 * @example importText(await file.text()) // { ok: true, format: 'manifests', design, notices }
 */
export function importText(text: string): TextImportResult {
  if (text.length <= MAX_TEXT_LENGTH && /^\s*\{/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (isDesign(value)) {
      const r = restore(value);
      return r.ok ? { ok: true, format: 'design', design: r.design, notices: [] } : { ok: false, errors: r.errors };
    }
  }
  const r = importYaml(text);
  return r.ok ? { ok: true, format: 'manifests', design: r.design, notices: r.notices } : r;
}
