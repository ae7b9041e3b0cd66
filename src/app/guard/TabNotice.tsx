/**
 * The notice a tab shows when another tab has the same design open, with the choice of editing here
 * (the other tab stops saving) or leaving the design to the other tab (this one stops saving).
 */
import { createRoot, type Root } from 'react-dom/client';
import type { TabEvent } from './two-tabs';

export interface TabNoticeActions {
  readonly editHere: () => void;
  readonly leaveToOther: () => void;
}

const BOX: React.CSSProperties = {
  position: 'fixed',
  insetInline: '25%',
  top: 12,
  zIndex: 1000,
  padding: '12px 16px',
  borderRadius: 8,
  background: 'Canvas',
  color: 'CanvasText',
  border: '2px solid #b45309',
  boxShadow: '0 4px 16px rgb(0 0 0 / 25%)',
};

function TabNotice({ event, actions, close }: { event: TabEvent; actions: TabNoticeActions; close: () => void }) {
  if (event === 'taken-over')
    return (
      <div role="alert" style={BOX}>
        <p>This design is now edited in another tab. Changes made here are no longer saved.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  return (
    <div role="alert" style={BOX}>
      <p>This design is also open in another tab. Saving from both would overwrite each other.</p>
      <button
        type="button"
        onClick={() => {
          actions.editHere();
          close();
        }}
      >
        Edit here
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          actions.leaveToOther();
          close();
        }}
      >
        Leave it to the other tab
      </button>
    </div>
  );
}

let root: Root | null = null;

/** Shows (or replaces) the notice in a root of its own, outside the app's panels. */
export function showTabNotice(event: TabEvent, actions: TabNoticeActions): void {
  if (!root) {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  }
  const current = root;
  current.render(<TabNotice event={event} actions={actions} close={() => current.render(null)} />);
}
