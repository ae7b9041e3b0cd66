/**
 * The design's diagnostics as Monaco markers (owner `podsmith`) on the lines of a generated file
 * they concern (`diagnosticSpans` from the core): the same problems the Problems panel lists, seen
 * where they are written. In the preview's lazily loaded chunk.
 */
import { type BundleFile, type Diagnostic, diagnosticSpans, type Severity } from '../../core';
import type { PreviewDiagnostics } from './diagnostics-context';
import { monaco } from './monaco-setup';

/** The marker owner; other owners (the YAML schema's) are left alone. */
export const MARKER_OWNER = 'podsmith';

const SEVERITY: Readonly<Record<Severity, monaco.MarkerSeverity>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** The markers of one file. */
export function markersFor(
  source: PreviewDiagnostics,
  file: BundleFile,
  diagnostics: readonly Diagnostic[] = source.diagnostics,
): monaco.editor.IMarkerData[] {
  return diagnostics.flatMap((diagnostic) =>
    diagnosticSpans(source.design, diagnostic, file).map((span) => ({
      severity: SEVERITY[diagnostic.severity],
      message: `${diagnostic.message}\n${diagnostic.fix}`,
      code: diagnostic.rule,
      source: 'Podsmith',
      startLineNumber: span.line,
      startColumn: span.startColumn,
      endLineNumber: span.line,
      endColumn: span.endColumn,
    })),
  );
}

/** Puts the markers of the file `path` on `model`, replacing the ones it had (none without a source). */
export function markModel(model: monaco.editor.ITextModel, path: string, source: PreviewDiagnostics | null): void {
  if (model.isDisposed()) return;
  const file = source?.files.find((candidate) => candidate.path === path);
  // A file whose text is not the design's (being edited, say) keeps no marks: their lines may have moved.
  const markers = source && file && file.content === model.getValue() ? markersFor(source, file) : [];
  monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
}
