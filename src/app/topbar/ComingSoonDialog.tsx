/** An honest dialog for commands that are not in this version yet. */
import { useEffect, useRef } from 'react';

const TEXT: Record<string, string> = {
  Import: 'Importing a design file or existing Kubernetes YAML is not available in this version yet.',
  Export:
    'Downloading the bundle (ZIP, YAML, Kustomize) is not available in this version yet. The Preview panel shows every file it will contain.',
  Share: 'Share links that carry the whole design are not available in this version yet.',
};

export function ComingSoonDialog({ what, onClose }: { what: string | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (what && !d.open) d.showModal();
    if (!what && d.open) d.close();
  }, [what]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="soon-title" onClose={onClose}>
      <div className="dialog-body">
        <h2 id="soon-title">{what} is coming soon</h2>
        <p>{what ? TEXT[what] : ''}</p>
        <p>Your design is saved in this browser as you work.</p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
