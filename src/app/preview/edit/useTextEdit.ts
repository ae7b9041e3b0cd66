/**
 * The preview's Edit mode, joined to the store: the text typed in a file is read back through the
 * core (`readBack`, fetched when Edit mode is first entered, never in the first JavaScript) and
 * applied at once when it stands for a design exactly; otherwise it stays a draft, with the problems
 * or notices that keep it from being applied.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BundleFile, Design, Editable } from '../../../core';
import { bundleOf } from '../../derive';
import { useEditor, useEditorStore } from '../../store';
import type { Drafts } from '../../store/drafts';
import { decide, draftAfterTyping, isStale, type Verdict } from './decide';

type ReadbackModule = typeof import('../../../core/io/readback');

let loaded: ReadbackModule | null = null;
let loading: Promise<ReadbackModule> | null = null;

/** The core's reader (its own chunk, fetched once; a failed fetch may be retried). */
function loadReadback(): Promise<ReadbackModule> {
  if (loaded !== null) return Promise.resolve(loaded);
  if (loading === null)
    loading = import('../../../core/io/readback').then(
      (m) => {
        loaded = m;
        return m;
      },
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
  return loading;
}

/** What Edit mode says about a file with a draft. */
export interface DraftState {
  /** The typed text. */
  readonly text: string;
  /** The design changed under the draft since it was begun. */
  readonly stale: boolean;
  /** How the text reads against the design as it is now; null while the reader loads. */
  readonly verdict: Verdict | null;
}

/** The preview's Edit mode, as the panel uses it. */
export interface TextEditing {
  readonly on: boolean;
  /** False until the reader has arrived: no file is writable before. */
  readonly ready: boolean;
  readonly drafts: Drafts;
  setOn(on: boolean): void;
  /** Whether a file may be typed in, and why not; null until the reader has arrived. */
  editable(path: string): Editable | null;
  /** The draft of a file, with how it reads; null when the file shows the design. */
  draft(path: string): DraftState | null;
  /** The user typed: the file's whole text. */
  type(path: string, text: string): void;
  /** Applies a draft with notices (or one the design changed under) as one undo step. */
  applyAnyway(path: string): void;
  /** Drops a draft: the file shows the design again. */
  discard(path: string): void;
}

interface Read {
  readonly design: Design;
  readonly text: string;
  readonly verdict: Verdict;
}

/** Edit mode for the preview of `design`, whose bundle is `files`. */
export function useTextEdit(design: Design, files: readonly BundleFile[]): TextEditing {
  const store = useEditorStore();
  const on = useEditor((s) => s.editingText);
  const drafts = useEditor((s) => s.drafts);
  const [reader, setReader] = useState<ReadbackModule | null>(loaded);
  const reads = useRef(new Map<string, Read>());

  const wantReader = on || Object.keys(drafts).length > 0;
  useEffect(() => {
    if (!wantReader || reader !== null) return;
    let live = true;
    loadReadback().then(
      (m) => {
        if (live) setReader(m);
      },
      (e: unknown) =>
        store
          .getState()
          .notify(`The text editor could not be loaded (${String(e)}). Reload the page to try again.`, 'error'),
    );
    return () => {
      live = false;
    };
  }, [wantReader, reader, store]);

  // Each draft read against the design as it is now; a reading is kept while neither changes.
  const states = useMemo(() => {
    const out = new Map<string, DraftState>();
    for (const d of Object.values(drafts)) {
      const generated = files.find((f) => f.path === d.path)?.content;
      let verdict: Verdict | null = null;
      if (reader !== null) {
        const had = reads.current.get(d.path);
        if (had !== undefined && had.design === design && had.text === d.text) verdict = had.verdict;
        else {
          verdict = decide(reader.readBack(design, d.path, d.text, files));
          reads.current.set(d.path, { design, text: d.text, verdict });
        }
      }
      out.set(d.path, { text: d.text, stale: isStale(d, generated), verdict });
    }
    for (const path of reads.current.keys()) if (!(path in drafts)) reads.current.delete(path);
    return out;
  }, [drafts, design, files, reader]);

  return useMemo<TextEditing>(
    () => ({
      on,
      ready: reader !== null,
      drafts,
      setOn: (next) => store.getState().setEditingText(next),
      editable: (path) => (reader === null ? null : reader.editable(path)),
      draft: (path) => states.get(path) ?? null,
      type(path, text) {
        const state = store.getState();
        const now = state.design;
        const bundle = bundleOf(now);
        const generated = bundle.find((f) => f.path === path)?.content;
        const previous = state.drafts[path];
        if (generated === undefined) {
          state.setDraft(path, { path, base: previous?.base ?? '', text });
          return;
        }
        const draft = draftAfterTyping(previous, path, generated, text);
        if (draft === null || draft === previous) {
          state.setDraft(path, draft);
          return;
        }
        if (loaded !== null && !isStale(draft, generated)) {
          const verdict = decide(loaded.readBack(now, path, text, bundle));
          reads.current.set(path, { design: now, text, verdict });
          if (verdict.kind === 'apply') {
            state.applyText(path, verdict.design, `text:${path}`);
            return;
          }
        }
        state.setDraft(path, draft);
      },
      applyAnyway(path) {
        const verdict = states.get(path)?.verdict;
        if (!verdict || verdict.kind === 'problems') return;
        store.getState().applyText(path, verdict.design);
      },
      discard(path) {
        reads.current.delete(path);
        store.getState().setDraft(path, null);
      },
    }),
    [on, reader, drafts, states, store],
  );
}
