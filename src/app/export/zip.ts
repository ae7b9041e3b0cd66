/** Zips files in the browser, byte for byte the same for the same files (fixed times, given order). */
import { strToU8, type Zippable, zipSync } from 'fflate';

/** The time every entry carries: 1980-01-01 00:00, the earliest a zip can hold, in any time zone. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** A zip archive of the files under their paths. */
export function zipFiles(files: readonly { readonly path: string; readonly content: string }[]): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) tree[f.path] = [strToU8(f.content), { mtime: FIXED_MTIME }];
  return zipSync(tree, { level: 6, mtime: FIXED_MTIME });
}
