/** Where the template editor opens: its code is fetched the first time a template is edited. */
import { lazy, Suspense } from 'react';
import { useEditor } from '../store';

const TemplateEditor = lazy(() => import('./TemplateEditor').then((m) => ({ default: m.TemplateEditor })));

export function TemplateEditorSlot() {
  const draft = useEditor((s) => s.templateDraft);
  if (!draft) return null;
  return (
    <Suspense fallback={null}>
      <TemplateEditor key={`${draft.template.id}:${draft.isNew}`} draft={draft} />
    </Suspense>
  );
}
