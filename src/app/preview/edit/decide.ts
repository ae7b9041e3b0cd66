/**
 * What the preview does with text typed in Edit mode, decided from the core's reading of it: apply it
 * at once, show where it does not read, or show what the design cannot hold and let the user choose.
 * Pure: no React, no Monaco, no store.
 */
import type { Design, Notice, ReadBackResult, TextProblem } from '../../../core';
import type { Draft } from '../../store/drafts';

export type { Draft };

export type Verdict =
  /** The text stands for `design` exactly (it regenerates as typed): apply it as it is. */
  | { readonly kind: 'apply'; readonly design: Design }
  /** The text does not read; the design stays as it was. */
  | { readonly kind: 'problems'; readonly problems: readonly TextProblem[] }
  /** The text reads as `design`, but with notices: what the design cannot hold or writes otherwise. */
  | { readonly kind: 'notices'; readonly design: Design; readonly notices: readonly Notice[] };

/**
 * The verdict on a reading. The core adds an `info` notice for each line the regenerated file writes
 * otherwise, so "no notices" means the file regenerated from the design is what was typed.
 *
 * @example decide(readBack(design, 'all.yaml', typed)).kind // 'apply' | 'problems' | 'notices'
 */
export function decide(result: ReadBackResult): Verdict {
  if (!result.ok) return { kind: 'problems', problems: result.problems };
  if (result.notices.length === 0) return { kind: 'apply', design: result.design };
  return { kind: 'notices', design: result.design, notices: result.notices };
}

/**
 * The draft after the user typed `text` into `path`, whose generated text is `generated`: null when
 * the text is the generated one again (nothing to keep); otherwise the draft, still over the text it
 * was begun on.
 */
export function draftAfterTyping(
  previous: Draft | undefined,
  path: string,
  generated: string,
  text: string,
): Draft | null {
  if (text === generated) return null;
  if (previous !== undefined && previous.text === text) return previous;
  return { path, base: previous?.base ?? generated, text };
}

/** Whether the design changed under a draft (an edit elsewhere, an undo): its file is no longer what it was typed over. */
export function isStale(draft: Draft, generated: string | undefined): boolean {
  return generated !== draft.base;
}
