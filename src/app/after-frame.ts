/**
 * Work that must not delay the frame showing a change: run in a task of its own right after the
 * next frame is painted (at once where the page has no frames, as in tests without a DOM clock).
 */

/** Runs `f` after the next frame; returns a function that cancels it if it has not run yet. */
export function afterFrame(f: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    f();
    return () => undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(f, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
