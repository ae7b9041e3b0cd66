/**
 * The design's diagnostics for views that are on screen from the start (canvas marks, the name
 * field): none on the very first frame, so validation and generation stay off the critical path
 * of the first paint; from the next frame on, the cached diagnostics of the current design.
 */
import type { Design, Diagnostic } from '../../core';
import { diagnosticsOf } from '../derive';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const NONE: readonly Diagnostic[] = [];

export function useDiagnostics(design: Design): readonly Diagnostic[] {
  const ready = useAfterFirstPaint();
  return ready ? diagnosticsOf(design) : NONE;
}
