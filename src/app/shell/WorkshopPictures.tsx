/** Top-bar buttons: Present and Export picture (with the picture code, loaded after the first paint). */
import { useEditor, useEditorStore } from '../store';
import { ExportPicture } from '../teach/ExportPicture';
import { useWorkshop } from './Workshop';

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
