/** The Export button and its dialog. */
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';

export function ExportControl() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
