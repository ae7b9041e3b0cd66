/**
 * The design's diagnostics as the preview's editor marks them. The shell provides them (it has the
 * design and its cached diagnostics); the panel does not pass them down, so a preview without a
 * provider (the harness page) shows no marks. Imports no Monaco code.
 */
import { createContext } from 'react';
import type { BundleFile, Design, Diagnostic } from '../../core';

export interface PreviewDiagnostics {
  readonly design: Design;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly BundleFile[];
}

export const PreviewDiagnosticsContext = createContext<PreviewDiagnostics | null>(null);
