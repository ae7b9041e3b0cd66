/**
 * Migrations of older documents to the current `SCHEMA_VERSION`. `MIGRATIONS[n]` turns a version-n
 * document into a version-(n+1) one. Version 1 is the first published version, so the table is
 * empty; when the document changes, bump SCHEMA_VERSION and add the step here with its tests.
 */
import { SCHEMA_VERSION } from '../model/design';

type Doc = Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, (doc: Doc) => Doc>> = {};

export type MigrationResult = { ok: true; doc: Doc } | { ok: false; error: string };

export function migrate(doc: Doc): MigrationResult {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      error: `schemaVersion: expected a whole number from 1 to ${SCHEMA_VERSION}, got ${JSON.stringify(version) ?? 'nothing'}`,
    };
  if (version > SCHEMA_VERSION)
    return {
      ok: false,
      error: `schemaVersion: this design was saved by a newer Podsmith (version ${version}); this one reads versions up to ${SCHEMA_VERSION}. Update Podsmith to open it.`,
    };
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${v}` };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current };
}
