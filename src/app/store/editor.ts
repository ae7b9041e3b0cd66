/**
 * The designer's one store: the design document (the one source of truth), its undo history and
 * the UI selection. Every change goes through `edit(op)`, where `op` is a pure function from
 * `core/model/ops.ts`; React components never build documents or config text themselves.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Design, ElementRef, ExternalKind, Point, Role, TemplateFileResult, UserTemplate } from '../../core';
import { addExternal, addWorkload, emptyDesign, findContainer, nextId, removeElement } from '../../core/edit/ops';
import { carryTemplates, putUserTemplate, removeUserTemplate, usesOf } from '../../core/edit/templates';
import { catalogNow, loadCatalog } from '../late/catalog';
import type { Draft, Drafts } from './drafts';
import { commit, type History, redo, startHistory, undo } from './history';
import { keepSelection, type Selection, selectionOf } from './selection';

export type NoticeTone = 'info' | 'error';

export interface Notice {
  readonly text: string;
  readonly tone: NoticeTone;
  readonly id: number;
}

/** A request for the inspector to focus one field of the selected element. */
export interface FocusRequest {
  readonly field: string;
  readonly nonce: number;
}

/** Where a palette item goes: into a workload (at a point relative to it), or a new Pod at a point. */
export type Placement =
  | { readonly kind: 'workload'; readonly workloadId: string; readonly at?: Point }
  | { readonly kind: 'new-pod'; readonly at?: Point };

/** A user template open in the template editor: a new one (not yet in the design) or one to change. */
export interface TemplateDraft {
  readonly template: UserTemplate;
  readonly isNew: boolean;
  /** The editor's heading when not the default ("Save as template", "Edit template TITLE"). */
  readonly heading?: string;
}

export interface EditorState {
  readonly history: History;
  /** The current document (`history.present`), for narrow selectors. */
  readonly design: Design;
  readonly selection: Selection | null;
  readonly focus: FocusRequest | null;
  readonly notice: Notice | null;
  /** Bumped when the canvas should fit the whole design into view (a new document, a re-layout). */
  readonly fitNonce: number;
  /** The user template open in the template editor, if any. */
  readonly templateDraft: TemplateDraft | null;
  /** Whether the preview is in Edit mode (its files can be typed in). */
  readonly editingText: boolean;
  /** Texts typed in the preview that are not (yet) the design, by file path. */
  readonly drafts: Drafts;

  /** Applies a pure edit; edits with the same `coalesce` key in a row form one undo step. */
  edit(op: (design: Design) => Design, coalesce?: string): void;
  undo(): void;
  redo(): void;
  select(selection: Selection | null): void;
  /** Selects the element a diagnostic points at and asks the inspector to focus its field. */
  reveal(target: ElementRef): void;
  /** Adds a container from a template and selects it. */
  /** `role`: the role of a custom container (a template that may take any role). */
  addFromTemplate(templateId: string, placement: Placement, role?: Role): void;
  /** Adds an endpoint outside the pods (at a free spot unless `at` is given) and selects it. */
  addExternal(kind: ExternalKind, at?: Point): void;
  /** Where Enter on a palette item puts the container: the selected workload, else a new Pod. */
  defaultPlacement(): Placement;
  deleteSelection(): void;
  /** Replaces the document as one undoable step (an example, an import, a new design). */
  replace(design: Design, message?: string): void;
  newDesign(): void;
  openExample(name: string): void;
  notify(text: string, tone?: NoticeTone): void;
  dismissNotice(): void;
  requestFit(): void;
  /** Opens the template editor on a template (`isNew`: not yet in the design). */
  openTemplateEditor(template: UserTemplate, isNew: boolean, heading?: string): void;
  closeTemplateEditor(): void;
  /** Adds or replaces a user template of the design as one undoable step. */
  saveTemplate(template: UserTemplate): void;
  setEditingText(on: boolean): void;
  /** Keeps what was typed in a file of the preview (`null`: drops it, the file shows the design again). */
  setDraft(path: string, draft: Draft | null): void;
  /**
   * Applies the design a file's text was read as and drops the file's draft. `coalesce`: typing in one
   * file makes one undo step; without it (Apply anyway) the change is a step of its own.
   */
  applyText(path: string, design: Design, coalesce?: string): void;
  /** Removes a user template no container uses; says so when one does. */
  removeTemplate(templateId: string): void;
  /**
   * Reads a template file and adds its template; a refused file changes nothing and says why. The
   * reader is fetched on first use, so it stays out of the first frame's code.
   */
  importTemplate(text: string, fileName: string): Promise<TemplateFileResult>;
}

export type EditorStore = StoreApi<EditorState>;

/** Default names of new external endpoints. */
const EXTERNAL_NAMES: Record<ExternalKind, string> = {
  service: 'service',
  database: 'database',
  prometheus: 'prometheus',
  logs: 'log-aggregator',
  client: 'clients',
  other: 'external',
};

/**
 * The catalog for an action that reads a template; null when it has not arrived yet (it comes right
 * after the first frame), and `again` runs once it has.
 */
function catalogOr(again: () => void, notify: EditorState['notify']): ReturnType<typeof catalogNow> {
  const catalog = catalogNow();
  if (!catalog)
    loadCatalog().then(again, () =>
      notify('The template catalog could not be loaded: check the connection and reload the page.', 'error'),
    );
  return catalog;
}

let noticeIds = 0;
let focusNonce = 0;

/** Creates an editor store holding `initial`. */
export function createEditorStore(initial: Design): EditorStore {
  return createStore<EditorState>()((set, get) => {
    const setHistory = (history: History, selection: Selection | null = get().selection): void => {
      set({ history, design: history.present, selection: keepSelection(history.present, selection) });
    };
    return {
      history: startHistory(initial),
      design: initial,
      selection: null,
      focus: null,
      notice: null,
      fitNonce: 0,
      templateDraft: null,
      editingText: false,
      drafts: {},

      edit(op, coalesce) {
        const { history } = get();
        const next = op(history.present);
        if (next === history.present) return;
        setHistory(commit(history, next, coalesce));
      },
      undo() {
        const { history } = get();
        if (history.past.length === 0) return;
        setHistory(undo(history));
      },
      redo() {
        const { history } = get();
        if (history.future.length === 0) return;
        setHistory(redo(history));
      },
      select(selection) {
        const current = get().selection;
        if (current?.kind === selection?.kind && current?.id === selection?.id) return;
        set({ selection: keepSelection(get().design, selection) });
      },
      reveal(target) {
        const design = get().design;
        let selection: Selection | null = null;
        if (target.kind === 'container') selection = { kind: 'container', id: target.containerId };
        else if (target.kind === 'workload') selection = { kind: 'workload', id: target.workloadId };
        else if (target.kind === 'external') selection = { kind: 'external', id: target.externalId };
        else if (target.kind === 'link') selection = { kind: 'link', id: target.linkId };
        set({
          selection: keepSelection(design, selection),
          focus: { field: target.field ?? '', nonce: ++focusNonce },
        });
      },
      addFromTemplate(templateId, placement, role) {
        const catalog = catalogOr(() => get().addFromTemplate(templateId, placement, role), get().notify);
        if (!catalog) return;
        const template = catalog.templateFor(get().design, templateId);
        if (!template) {
          get().notify(`There is no template "${templateId}".`, 'error');
          return;
        }
        const before = get().history.present;
        let design = before;
        let workloadId: string;
        if (placement.kind === 'new-pod') {
          workloadId = nextId(design, 'w');
          design = addWorkload(design, placement.at ? { at: placement.at } : {});
        } else {
          workloadId = placement.workloadId;
        }
        const id = nextId(design, 'c');
        design = catalog.addContainer(
          design,
          workloadId,
          templateId,
          placement.kind === 'workload' ? placement.at : undefined,
          role,
        );
        if (design === before || !findContainer(design, id)) return;
        setHistory(commit(get().history, design), { kind: 'container', id });
        if (before.workloads.length === 0) get().requestFit();
        const where = findContainer(design, id);
        get().notify(
          `Added ${where?.container.role ?? template.role} ${where?.container.name ?? ''} to ${where?.workload.name ?? ''}.`,
        );
      },
      addExternal(kind, at) {
        const before = get().history.present;
        const id = nextId(before, 'e');
        const design = addExternal(before, { kind, name: EXTERNAL_NAMES[kind], ...(at ? { at } : {}) });
        setHistory(commit(get().history, design), { kind: 'external', id });
        if (before.workloads.length === 0 && before.externals.length === 0) get().requestFit();
        get().notify(`Added external ${design.externals.at(-1)?.name ?? ''}.`);
      },
      defaultPlacement() {
        const { selection, design } = get();
        if (selection?.kind === 'workload') return { kind: 'workload', workloadId: selection.id };
        if (selection?.kind === 'container') {
          const found = findContainer(design, selection.id);
          if (found) return { kind: 'workload', workloadId: found.workload.id };
        }
        if (design.workloads.length === 1 && design.workloads[0])
          return { kind: 'workload', workloadId: design.workloads[0].id };
        return { kind: 'new-pod' };
      },
      deleteSelection() {
        const { selection } = get();
        if (!selection) return;
        get().edit((d) => removeElement(d, selection.id));
      },
      replace(design, message) {
        setHistory(commit(get().history, design), null);
        get().requestFit();
        if (message) get().notify(message);
      },
      newDesign() {
        // My templates stay: a new design or an example starts with the user's templates.
        get().replace(
          carryTemplates(emptyDesign(), get().design),
          'Started a new, empty design. Undo brings the previous one back.',
        );
      },
      openExample(name) {
        const catalog = catalogOr(() => get().openExample(name), get().notify);
        if (!catalog) return;
        const example = catalog.getExample(name);
        if (!example) {
          get().notify(`There is no example "${name}".`, 'error');
          return;
        }
        get().replace(
          carryTemplates(example.design, get().design),
          `Opened the example "${example.title}". Undo brings the previous design back.`,
        );
      },
      notify(text, tone = 'info') {
        set({ notice: { text, tone, id: ++noticeIds } });
      },
      dismissNotice() {
        set({ notice: null });
      },
      requestFit() {
        set({ fitNonce: get().fitNonce + 1 });
      },
      openTemplateEditor(template, isNew, heading) {
        set({ templateDraft: { template, isNew, ...(heading ? { heading } : {}) } });
      },
      closeTemplateEditor() {
        set({ templateDraft: null });
      },
      setEditingText(on) {
        if (get().editingText !== on) set({ editingText: on });
      },
      setDraft(path, draft) {
        const { drafts } = get();
        if ((drafts[path] ?? null) === draft) return;
        const { [path]: _gone, ...rest } = drafts;
        set({ drafts: draft === null ? rest : { ...rest, [path]: draft } });
      },
      applyText(path, design, coalesce) {
        get().setDraft(path, null);
        get().edit(() => design, coalesce);
      },
      saveTemplate(template) {
        const known = get().design.templates.some((t) => t.id === template.id);
        get().edit((d) => putUserTemplate(d, template));
        get().notify(
          known
            ? `Saved the template "${template.title}"; its containers follow it.`
            : `Saved the template "${template.title}" under My templates.`,
        );
      },
      removeTemplate(templateId) {
        const design = get().design;
        const template = design.templates.find((t) => t.id === templateId);
        if (!template) return;
        const uses = usesOf(design, templateId);
        if (uses.length) {
          get().notify(
            `The template "${template.title}" is used by ${uses.map((c) => c.name).join(', ')}: remove ${uses.length === 1 ? 'that container' : 'those containers'} first.`,
            'error',
          );
          return;
        }
        get().edit((d) => removeUserTemplate(d, templateId));
        get().notify(`Removed the template "${template.title}". Undo brings it back.`);
      },
      async importTemplate(text, fileName) {
        const { readTemplateFile } = await import('../../core/catalog/user/file');
        const r = readTemplateFile(text);
        if (!r.ok) {
          const more = r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : '';
          get().notify(`${fileName} was not imported, nothing changed: ${r.errors[0]}${more}`, 'error');
          return r;
        }
        const known = get().design.templates.find((t) => t.id === r.template.id);
        get().edit((d) => putUserTemplate(d, r.template));
        get().notify(
          `${known ? 'Updated' : 'Imported'} the template "${r.template.title}" from ${fileName}: find it under My templates.`,
        );
        return r;
      },
    };
  });
}

/** Selects the element whose id this is (a canvas click). */
export function selectId(store: EditorStore, id: string | null): void {
  const state = store.getState();
  state.select(id === null ? null : selectionOf(state.design, id));
}
