/**
 * False until the designer's first frame is on screen and the browser has a moment to spare, then
 * true for the rest of the page's life: for panels and checks that can wait. Every caller flips in
 * the same render, and a component mounted later starts out true.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** Longest wait for an idle moment after the first frame. */
const IDLE_TIMEOUT_MS = 250;

let started = false;
let scheduled = false;
const listeners = new Set<() => void>();

function start(): void {
  started = true;
  for (const listener of listeners) listener();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(start, 0);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): boolean => started;

export function useAfterFirstPaint(): boolean {
  const ready = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(schedule, []);
  return ready;
}
