/** The preview slot (Monaco, loaded lazily by the panel): the generated files of the current design, the selected container's first. */
import { useMemo } from 'react';
import { bundleOf } from '../derive';
import { PreviewPanel } from '../preview';
import { useTextEdit } from '../preview/edit/useTextEdit';
import { useEditor } from '../store';

export function BottomPreview() {
  const design = useEditor((s) => s.design);
  const selection = useEditor((s) => s.selection);
  const files = useMemo(() => bundleOf(design), [design]);
  const focusOwner = selection?.kind === 'container' || selection?.kind === 'workload' ? selection.id : null;
  const edit = useTextEdit(design, files);
  return (
    <div className="preview-slot">
      <PreviewPanel files={files} focusOwner={focusOwner} edit={edit} />
    </div>
  );
}
