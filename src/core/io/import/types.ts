/** What an import returns: a design that passed `restore()`, and what the import changed or could not keep. */
import type { Design } from '../../model/design';
import type { Notice } from '../../read/notice';

export type { Notice };

export type ImportResult =
  | { readonly ok: true; readonly design: Design; readonly notices: readonly Notice[] }
  | { readonly ok: false; readonly errors: readonly string[] };
