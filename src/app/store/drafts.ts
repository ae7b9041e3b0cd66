/**
 * Text drafts of the preview's Edit mode, kept in local storage beside the autosaved design so that a
 * reload loses nothing typed. What is read back is checked: anything but a list of drafts of the
 * right shape is dropped (and said), never trusted.
 */
import type { KeyValueStorage } from './persist';

/** A file's text typed over the text generated from the design. */
export interface Draft {
  readonly path: string;
  /** The generated text the user began typing over. */
  readonly base: string;
  /** What the user typed. */
  readonly text: string;
}

export type Drafts = Readonly<Record<string, Draft>>;

export const DRAFTS_KEY = 'podsmith.drafts';
/** More drafts than a user types by hand are not read back (a sign the storage holds something else). */
export const MAX_DRAFTS = 100;

const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Draft).path === 'string' &&
  (v as Draft).path !== '' &&
  typeof (v as Draft).base === 'string' &&
  typeof (v as Draft).text === 'string';

export type SavedDrafts = { readonly drafts: Drafts; readonly problem?: string };

/** The drafts kept in `storage`; a corrupt entry gives none, with the reason. */
export function readDrafts(storage: KeyValueStorage): SavedDrafts {
  let text: string | null;
  try {
    text = storage.getItem(DRAFTS_KEY);
  } catch (e) {
    return { drafts: {}, problem: `local storage cannot be read (${String(e)})` };
  }
  if (text === null) return { drafts: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { drafts: {}, problem: 'the saved drafts are not JSON' };
  }
  if (!Array.isArray(json) || json.length > MAX_DRAFTS)
    return { drafts: {}, problem: 'the saved drafts are not a list of drafts' };
  const drafts: Record<string, Draft> = {};
  let dropped = 0;
  for (const d of json) {
    if (!isDraft(d) || d.path === '__proto__') {
      dropped++;
      continue;
    }
    drafts[d.path] = { path: d.path, base: d.base, text: d.text };
  }
  return dropped === 0
    ? { drafts }
    : { drafts, problem: `${dropped} saved draft${dropped === 1 ? ' was' : 's were'} not readable and left out` };
}

/** Writes the drafts (an empty list when there are none); throws as `setItem` does (a full quota). */
export function writeDrafts(storage: KeyValueStorage, drafts: Drafts): void {
  storage.setItem(
    DRAFTS_KEY,
    JSON.stringify(Object.values(drafts).map((d) => ({ path: d.path, base: d.base, text: d.text }))),
  );
}
