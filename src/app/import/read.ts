/**
 * Reading a file the user imports: the core's `importText` tells a Podsmith design (`design.json`,
 * migrated by `restore`) from Kubernetes manifests, as the CLI's import does. Never throws; a
 * refusal says what is wrong and where. The importer (YAML parser, recognisers, schema) is fetched
 * on the first import, not at start-up.
 */
import type { Design, Notice, TextFormat } from '../../core';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportOutcome =
  | {
      readonly ok: true;
      readonly fileName: string;
      readonly format: TextFormat;
      readonly design: Design;
      readonly notices: readonly Notice[];
    }
  | { readonly ok: false; readonly fileName: string; readonly errors: readonly string[] };

/** The part of `File` an import reads. */
export interface ImportFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

/** Reads and imports a file; a file over `MAX_IMPORT_BYTES` is refused unread. */
export async function importFile(file: ImportFile): Promise<ImportOutcome> {
  const fileName = file.name;
  if (file.size > MAX_IMPORT_BYTES)
    return {
      ok: false,
      fileName,
      errors: [`the file is ${megabytes(file.size)}; Podsmith imports files of up to ${megabytes(MAX_IMPORT_BYTES)}`],
    };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return {
      ok: false,
      fileName,
      errors: [`the file could not be read (${e instanceof Error ? e.message : String(e)})`],
    };
  }
  const { importText } = await import('../../core/io/import/text');
  const r = importText(text);
  return r.ok ? { ...r, fileName } : { ok: false, fileName, errors: r.errors };
}
