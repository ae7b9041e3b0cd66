/**
 * The design's diagnostics for views that are on screen from the start (canvas marks, the name
 * field): none until the first frame is up and the validation code (not in the start-up code) has
 * arrived; from then on, the cached diagnostics of the current design.
 */
import { useEffect, useState } from 'react';
import type { Design, Diagnostic } from '../../core';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const NONE: readonly Diagnostic[] = [];

type Derive = typeof import('../derive');
let loaded: Derive | null = null;
let loading: Promise<Derive> | null = null;

/** The derive module (validation and generators), fetched once. */
function loadDerive(): Promise<Derive> {
  loading ??= import('../derive').then(
    (m) => {
      loaded = m;
      return m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function useDiagnostics(design: Design): readonly Diagnostic[] {
  const ready = useAfterFirstPaint();
  const [derive, setDerive] = useState<Derive | null>(loaded);
  useEffect(() => {
    if (!ready || derive) return;
    let live = true;
    loadDerive().then(
      (m) => {
        if (live) setDerive(m);
      },
      (error: unknown) => console.error('Validation could not be loaded; the canvas shows no problem marks.', error),
    );
    return () => {
      live = false;
    };
  }, [ready, derive]);
  return ready && derive ? derive.diagnosticsOf(design) : NONE;
}
