/**
 * Wires workshop mode (src/app/teach) into the designer: one small store holds which workshop tool
 * is open, and small components put its buttons in the top bar and inspector, the presentation frame
 * around the canvas, and the dialogs and side panels on top.
 */
import { lazy, type ReactNode, Suspense, useCallback } from 'react';
import { create } from 'zustand';
import type { Container, Workload } from '../../core';
import type { Lesson } from '../../core/teach';
import { useEditor, useEditorStore } from '../store';
import { PresentationMode } from '../teach/PresentationMode';

export type Explorer = { readonly kind: 'shard' | 'route'; readonly containerId: string };

/** The gallery, lessons, pattern notes and explorers: fetched when one is first opened. */
const WorkshopPanels = lazy(() => import('./WorkshopPanels'));

export interface Workshop {
  readonly gallery: boolean;
  /** The side panel shown: lessons, or the notes of an opened example. */
  readonly panel: { readonly kind: 'lessons' } | { readonly kind: 'example'; readonly name: string } | null;
  readonly explorer: Explorer | null;
  readonly presenting: boolean;
  /** The lesson open in the lessons panel, also stepped through in presentation. */
  readonly lesson: Lesson | undefined;
}

/** The workshop's UI state: one per page, like the designer itself. */
const useWorkshopStore = create<Workshop & { set: (patch: Partial<Workshop>) => void }>()((set) => ({
  gallery: false,
  panel: null,
  explorer: null,
  presenting: false,
  lesson: undefined,
  set: (patch) => set(patch),
}));

// The lesson in progress is restored once the designer is up (lessons are not in the start-up code).
function restoreLesson(): void {
  void import('./lesson-progress').then(({ activeLesson }) => {
    const lesson = activeLesson();
    if (lesson && useWorkshopStore.getState().lesson === undefined) useWorkshopStore.setState({ lesson });
  });
}
if (typeof requestIdleCallback === 'function') requestIdleCallback(restoreLesson, { timeout: 2000 });
else setTimeout(restoreLesson, 200);

export function useWorkshop(): { state: Workshop; set: (patch: Partial<Workshop>) => void } {
  const state = useWorkshopStore();
  return { state, set: state.set };
}

/** Top-bar buttons: Examples (the gallery) and Lessons. */
export function WorkshopOpeners() {
  const { state, set } = useWorkshop();
  return (
    <>
      <button type="button" className="btn ghost" aria-haspopup="dialog" onClick={() => set({ gallery: true })}>
        Examples
      </button>
      <button
        type="button"
        className="btn ghost"
        aria-pressed={state.panel?.kind === 'lessons'}
        onClick={() => set({ panel: state.panel?.kind === 'lessons' ? null : { kind: 'lessons' } })}
      >
        Lessons
      </button>
    </>
  );
}

/** The inspector's way into the explorers, for a twemproxy or request-splitting ambassador. */
export function ExploreButton({ container }: { workload: Workload; container: Container }) {
  const { set } = useWorkshop();
  const kind =
    container.template === 'twemproxy' ? 'shard' : container.template === 'request-splitter' ? 'route' : null;
  if (!kind) return null;
  return (
    <button
      type="button"
      className="btn small"
      aria-haspopup="dialog"
      onClick={() => set({ explorer: { kind, containerId: container.id } })}
    >
      {kind === 'shard' ? 'Explore shards' : 'Explore routes'}
    </button>
  );
}

/** The canvas inside the presentation frame. */
export function CanvasStage({ children }: { children: ReactNode }) {
  const { state, set } = useWorkshop();
  const editor = useEditorStore();
  const design = useEditor((s) => s.design);
  const exit = useCallback(() => {
    set({ presenting: false });
    editor.getState().requestFit();
  }, [set, editor]);
  // Fit once the canvas has taken the whole window (React Flow measures it on resize).
  const enter = useCallback(() => {
    setTimeout(() => editor.getState().requestFit(), 150);
  }, [editor]);
  return (
    <PresentationMode
      active={state.presenting}
      onExit={exit}
      onEnter={enter}
      lesson={state.lesson}
      design={design}
      onDesign={(next) => editor.getState().edit(() => next)}
    >
      {children}
    </PresentationMode>
  );
}

/** The workshop's dialogs and side panels, loaded on first use. */
export function WorkshopLayer() {
  const { state } = useWorkshop();
  if (!state.gallery && !state.panel && !state.explorer) return null;
  return (
    <Suspense fallback={null}>
      <WorkshopPanels />
    </Suspense>
  );
}
