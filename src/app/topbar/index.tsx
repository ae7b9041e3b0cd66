/**
 * Top bar: design name, examples, new design, undo/redo, auto layout, import, and the tools around
 * it (present, picture, share, export), which arrive just after the first frame.
 */
import { lazy, Suspense } from 'react';
import { setDesignName } from '../../core/edit/ops';
import { autoLayout } from '../canvas/autoLayout';
import { Logo } from '../icons';
import { ImportControl } from '../import/ImportControl';
import { useAfterFirstPaint } from '../shell/useAfterFirstPaint';
import { useDiagnostics } from '../shell/useDiagnostics';
import { WorkshopOpeners } from '../shell/Workshop';
import { useEditor, useEditorStore, useFollowingDesign } from '../store';

const ToolsBeforeImport = lazy(() => import('./tools').then((m) => ({ default: m.ToolsBeforeImport })));
const ToolsAfterImport = lazy(() => import('./tools').then((m) => ({ default: m.ToolsAfterImport })));

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

export function TopBar() {
  const store = useEditorStore();
  const design = useFollowingDesign();
  const nameInvalid = useDiagnostics(design).some((d) => d.target.kind === 'design' && d.target.field === 'name');
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const later = useAfterFirstPaint();

  const layout = async (): Promise<void> => {
    const before = store.getState().design;
    const next = await autoLayout(before);
    // Apply only if nothing changed while dagre was loading.
    if (store.getState().design !== before) return;
    store.getState().edit(() => next);
    store.getState().requestFit();
    store.getState().notify('Laid out the design.');
  };

  return (
    <header className="topbar panel">
      <div className="brand">
        <Logo />
        <span>Podsmith</span>
      </div>
      <input
        className="design-name"
        aria-label="Design name"
        value={design.name}
        spellCheck={false}
        aria-invalid={nameInvalid}
        onChange={(e) => {
          const value = e.target.value;
          store.getState().edit((d) => setDesignName(d, value), 'design:name');
        }}
      />
      <div className="toolbar-group">
        <WorkshopOpeners />
        <button type="button" className="btn ghost" onClick={() => store.getState().newDesign()}>
          New design
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="btn ghost"
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title={`Undo (${MOD}Z)`}
          onClick={() => store.getState().undo()}
        >
          Undo
        </button>
        <button
          type="button"
          className="btn ghost"
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          title={`Redo (${MOD}Shift+Z)`}
          onClick={() => store.getState().redo()}
        >
          Redo
        </button>
        <button type="button" className="btn ghost" onClick={() => void layout()}>
          Auto layout
        </button>
      </div>
      <div className="spacer" />
      {later && (
        <Suspense fallback={null}>
          <ToolsBeforeImport />
        </Suspense>
      )}
      <ImportControl />
      {later && (
        <Suspense fallback={null}>
          <ToolsAfterImport />
        </Suspense>
      )}
    </header>
  );
}
