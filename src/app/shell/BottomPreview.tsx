/** The preview slot (Monaco, loaded lazily by the panel): the generated files of the current design, the selected container's first. */
import { useMemo } from 'react';
import { bundleOf, diagnosticsOf } from '../derive';
import { PreviewPanel } from '../preview';
import { PreviewDiagnosticsContext } from '../preview/diagnostics-context';
import { useTextEdit } from '../preview/edit/useTextEdit';
import { useEditor } from '../store';

export function BottomPreview() {
  const design = useEditor((s) => s.design);
  const selection = useEditor((s) => s.selection);
  const files = useMemo(() => bundleOf(design), [design]);
  // The same cached diagnostics the Problems panel lists, marked on the files' lines.
  const diagnostics = useMemo(() => ({ design, diagnostics: diagnosticsOf(design), files }), [design, files]);
  const focusOwner = selection?.kind === 'container' || selection?.kind === 'workload' ? selection.id : null;
  const edit = useTextEdit(design, files);
  return (
    <div className="preview-slot">
      <PreviewDiagnosticsContext.Provider value={diagnostics}>
        <PreviewPanel files={files} focusOwner={focusOwner} edit={edit} />
      </PreviewDiagnosticsContext.Provider>
    </div>
  );
}
