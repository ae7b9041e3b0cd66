/**
 * Wires workshop mode (src/app/teach) into the designer: one small store holds which workshop tool
 * is open, and small components put its buttons in the top bar and inspector, the presentation frame
 * around the canvas, and the dialogs and side panels on top.
 */
import { type ReactNode, useCallback } from 'react';
import { create } from 'zustand';
import {
  type Container,
  EXAMPLES,
  getExample,
  getTemplate,
  resolveParams,
  type TemplateDef,
  type Workload,
} from '../../core';
import { findContainer } from '../../core/model/ops';
import { getLesson, LESSONS, type Lesson } from '../../core/teach';
import { useEditor, useEditorStore } from '../store';
import {
  browserStorage,
  ExamplesGallery,
  ExportPicture,
  LessonPanel,
  PresentationMode,
  progressStore,
  RouteExplorer,
  ShardExplorer,
  TeachDialog,
  TeachingPanel,
} from '../teach';

type Explorer = { readonly kind: 'shard' | 'route'; readonly containerId: string };

interface Workshop {
  readonly gallery: boolean;
  /** The side panel shown: lessons, or the notes of an opened example. */
  readonly panel: { readonly kind: 'lessons' } | { readonly kind: 'example'; readonly name: string } | null;
  readonly explorer: Explorer | null;
  readonly presenting: boolean;
  /** The lesson open in the lessons panel, also stepped through in presentation. */
  readonly lesson: Lesson | undefined;
}

const store = progressStore(browserStorage());

/** The workshop's UI state: one per page, like the designer itself. */
const useWorkshopStore = create<Workshop & { set: (patch: Partial<Workshop>) => void }>()((set) => ({
  gallery: false,
  panel: null,
  explorer: null,
  presenting: false,
  lesson: getLesson(store.load().active ?? ''),
  set: (patch) => set(patch),
}));

function useWorkshop(): { state: Workshop; set: (patch: Partial<Workshop>) => void } {
  const state = useWorkshopStore();
  return { state, set: state.set };
}

/** Top-bar buttons: Examples (the gallery) and Lessons. */
export function WorkshopOpeners() {
  const { state, set } = useWorkshop();
  return (
    <>
      <button type="button" className="btn ghost" aria-haspopup="dialog" onClick={() => set({ gallery: true })}>
        Examples
      </button>
      <button
        type="button"
        className="btn ghost"
        aria-pressed={state.panel?.kind === 'lessons'}
        onClick={() => set({ panel: state.panel?.kind === 'lessons' ? null : { kind: 'lessons' } })}
      >
        Lessons
      </button>
    </>
  );
}

/** Top-bar buttons: Present and Export picture. */
export function WorkshopPictures() {
  const { state, set } = useWorkshop();
  const editor = useEditorStore();
  const name = useEditor((s) => s.design.name);
  return (
    <>
      <button
        type="button"
        className="btn ghost"
        aria-pressed={state.presenting}
        onClick={() => set({ presenting: true })}
      >
        Present
      </button>
      <ExportPicture
        fileBase={name}
        getElement={() => document.querySelector<HTMLElement>('section[aria-label="Pod canvas"] .react-flow')}
        onDone={(file) => editor.getState().notify(`Saved the canvas as ${file}.`)}
        onError={(message) => editor.getState().notify(message, 'error')}
      />
    </>
  );
}

/** The inspector's way into the explorers, for a twemproxy or request-splitting ambassador. */
export function ExploreButton({ container }: { workload: Workload; container: Container }) {
  const { set } = useWorkshop();
  const kind =
    container.template === 'twemproxy' ? 'shard' : container.template === 'request-splitter' ? 'route' : null;
  if (!kind) return null;
  return (
    <button
      type="button"
      className="btn small"
      aria-haspopup="dialog"
      onClick={() => set({ explorer: { kind, containerId: container.id } })}
    >
      {kind === 'shard' ? 'Explore shards' : 'Explore routes'}
    </button>
  );
}

/** The canvas inside the presentation frame. */
export function CanvasStage({ children }: { children: ReactNode }) {
  const { state, set } = useWorkshop();
  const editor = useEditorStore();
  const design = useEditor((s) => s.design);
  const exit = useCallback(() => {
    set({ presenting: false });
    editor.getState().requestFit();
  }, [set, editor]);
  // Fit once the canvas has taken the whole window (React Flow measures it on resize).
  const enter = useCallback(() => {
    setTimeout(() => editor.getState().requestFit(), 150);
  }, [editor]);
  return (
    <PresentationMode
      active={state.presenting}
      onExit={exit}
      onEnter={enter}
      lesson={state.lesson}
      design={design}
      onDesign={(next) => editor.getState().edit(() => next)}
    >
      {children}
    </PresentationMode>
  );
}

function ExplorerDialog({ explorer, onClose }: { explorer: Explorer; onClose: () => void }) {
  const design = useEditor((s) => s.design);
  const found = findContainer(design, explorer.containerId);
  const template = found ? getTemplate(found.container.template) : undefined;
  if (!found || !template) return null;
  const params = resolveParams(template, found.container.params);
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

/** The workshop's dialogs and side panels. */
export function WorkshopLayer() {
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
