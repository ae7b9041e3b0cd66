/** The preview slot: the generated files of the current design, the selected container's first. */
import { useMemo } from 'react';
import { bundleOf } from '../derive';
import { useEditor } from '../store';
import { PlainPreview } from './PlainPreview';

export function BottomPreview() {
  const design = useEditor((s) => s.design);
  const selection = useEditor((s) => s.selection);
  const files = useMemo(() => bundleOf(design), [design]);
  const focusOwner = selection?.kind === 'container' || selection?.kind === 'workload' ? selection.id : null;
  return (
    <div className="preview-slot">
      <PlainPreview files={files} focusOwner={focusOwner} />
    </div>
  );
}
