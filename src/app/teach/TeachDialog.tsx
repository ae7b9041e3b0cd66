/** A modal dialog for the workshop tools (gallery, explorers): Escape and the Close button close it. */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import './teach.css';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly wide?: boolean;
}

export function TeachDialog({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog teach-dialog${wide ? ' wide' : ''}`}
      aria-labelledby={id}
      onClose={onClose}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="teach-dialog-head">
        <h2 id={id}>{title}</h2>
        <button type="button" className="btn ghost" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="teach-dialog-body">{children}</div>
    </dialog>
  );
}
