/**
 * The Import button (a file picker) and file drops on the canvas. A successful import replaces the
 * design as one undoable step; a refused one leaves it untouched. Either way a dialog says what happened.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useEditorStore } from '../store';
import { type ImportOutcome, importFile } from './read';

/** What an import did: fetched with the importer, once a file is read. */
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

const CANVAS = '[aria-label="Pod canvas"]';

function hasFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

function onCanvas(e: Event): boolean {
  return e.target instanceof Element && e.target.closest(CANVAS) !== null;
}

export function ImportControl() {
  const store = useEditorStore();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const take = async (file: File): Promise<void> => {
    const r = await importFile(file);
    if (r.ok) store.getState().replace(r.design, `Imported ${r.fileName}. Undo brings the previous design back.`);
    setOutcome(r);
  };
  const takeRef = useRef(take);
  takeRef.current = take;

  useEffect(() => {
    const over = (e: DragEvent): void => {
      if (!hasFiles(e) || !onCanvas(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e) || !onCanvas(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void takeRef.current(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        aria-label="Import file"
        tabIndex={-1}
        accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void take(file);
        }}
      />
      <button
        type="button"
        className="btn"
        title="Import a design.json or Kubernetes YAML (or drop the file on the canvas)"
        onClick={() => input.current?.click()}
      >
        Import
      </button>
      {outcome && (
        <Suspense fallback={null}>
          <ImportDialog outcome={outcome} onClose={() => setOutcome(null)} />
        </Suspense>
      )}
    </>
  );
}
