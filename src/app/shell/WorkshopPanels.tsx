/** The workshop's dialogs and side panels: gallery, lessons, pattern notes, explorers. Loaded on first use. */
import { useCallback } from 'react';
import { builtContainer, EXAMPLES, getExample, getTemplate, type TemplateDef } from '../../core';
import { findContainer } from '../../core/edit/ops';
import { LESSONS, type Lesson } from '../../core/teach';
import { useEditor, useEditorStore } from '../store';
import { ExamplesGallery, LessonPanel, RouteExplorer, ShardExplorer, TeachDialog, TeachingPanel } from '../teach';
import { store } from './lesson-progress';
import { type Explorer, useWorkshop } from './Workshop';

/** The shard or route explorer of one container. */
export function ExplorerDialog({ explorer, onClose }: { explorer: Explorer; onClose: () => void }) {
  const design = useEditor((s) => s.design);
  const found = findContainer(design, explorer.containerId);
  // The parameters as the core's analysis resolved them: the same object while this container is
  // unchanged, so the explorers recompute their sample figures only when its parameters change.
  const params = found ? builtContainer(design, found.workload.id, found.container.id)?.params : undefined;
  if (!found || !params) return null;
  return explorer.kind === 'shard' ? (
    <TeachDialog title={`Shard explorer: ${found.container.name}`} onClose={onClose}>
      <ShardExplorer params={params} workloadName={found.workload.name} />
    </TeachDialog>
  ) : (
    <TeachDialog title={`Route explorer: ${found.container.name}`} onClose={onClose}>
      <RouteExplorer params={params} />
    </TeachDialog>
  );
}

/** The templates an example is about: its patterns first, its apps last. */
function templatesOfExample(name: string): readonly TemplateDef[] {
  const example = getExample(name);
  if (!example) return [];
  const ids = [...new Set(example.design.workloads.flatMap((w) => w.containers.map((c) => c.template)))];
  const all = ids.map((id) => getTemplate(id)).filter((t): t is TemplateDef => t !== undefined);
  return [...all.filter((t) => t.role !== 'app'), ...all.filter((t) => t.role === 'app').slice(0, 1)];
}

/** The workshop's dialogs and side panels (the default export, loaded lazily by WorkshopLayer). */
export default function WorkshopPanels() {
  const { state, set } = useWorkshop();
  const editor = useEditorStore();
  const design = useEditor((s) => s.design);
  const onActiveChange = useCallback((lesson: Lesson | undefined) => set({ lesson }), [set]);
  const example = state.panel?.kind === 'example' ? getExample(state.panel.name) : undefined;
  return (
    <>
      {state.gallery && (
        <ExamplesGallery
          examples={EXAMPLES}
          onClose={() => set({ gallery: false })}
          onOpen={(name) => {
            editor.getState().openExample(name);
            set({ gallery: false, panel: { kind: 'example', name } });
          }}
        />
      )}
      {state.panel?.kind === 'lessons' && (
        <LessonPanel
          lessons={LESSONS}
          design={design}
          store={store}
          onStart={(lesson) => editor.getState().replace(lesson.start, `Started the lesson "${lesson.title}".`)}
          onEdit={(op) => editor.getState().edit(op)}
          onClose={() => set({ panel: null })}
          onActiveChange={onActiveChange}
        />
      )}
      {example && (
        <TeachingPanel
          heading={example.title}
          source={example.source}
          templates={templatesOfExample(example.name)}
          onClose={() => set({ panel: null })}
        />
      )}
      {state.explorer && <ExplorerDialog explorer={state.explorer} onClose={() => set({ explorer: null })} />}
    </>
  );
}
