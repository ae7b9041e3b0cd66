/** Global keys: Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo, Delete removes the selection, Escape on the canvas clears it. */
import { useEffect } from 'react';
import { useEditorStore } from '../store';

/** True when the key press belongs to a text field (typing, not a command). */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target.closest('.monaco-editor') !== null;
}

export function useShortcuts(): void {
  const store = useEditorStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && (key === 'z' || key === 'y')) {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) store.getState().redo();
        else store.getState().undo();
        return;
      }
      if (e.key === 'Escape' && e.target instanceof HTMLElement && e.target.closest('.canvas')) {
        store.getState().select(null);
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod && !isTextTarget(e.target)) {
        const target = e.target instanceof HTMLElement ? e.target : null;
        // Only where the selection is what the key acts on: the canvas, or nothing in particular.
        if (target && target !== document.body && !target.closest('.canvas')) return;
        if (!store.getState().selection) return;
        e.preventDefault();
        const focused = document.activeElement;
        store.getState().deleteSelection();
        // The focused node goes when the canvas draws the change (in a render of its own, right
        // after): keep keyboard users on the canvas then rather than the page top.
        refocusCanvasWhenGone(focused);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

/** How long to wait for the canvas to draw a deletion before giving up on moving the focus. */
const REFOCUS_FRAMES = 60;

/** Focuses the canvas once `el` (the node that had the focus) has left the page and the focus with it. */
function refocusCanvasWhenGone(el: Element | null, frames = REFOCUS_FRAMES): void {
  requestAnimationFrame(() => {
    const lost = document.activeElement === document.body || !document.activeElement?.isConnected;
    if (lost && !el?.isConnected) document.querySelector<HTMLElement>('.canvas')?.focus();
    else if (el?.isConnected && document.activeElement === el && frames > 0) refocusCanvasWhenGone(el, frames - 1);
  });
}
