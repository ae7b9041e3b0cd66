/**
 * A modal `<dialog>` named by its heading: the browser keeps focus inside it and gives it back to
 * the opener when it closes; Escape and the Close button close it.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import './roundtrip.css';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Buttons at the foot of the dialog, before Close. */
  readonly actions?: ReactNode;
  readonly className?: string;
}

export function Modal({ title, onClose, children, actions, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog roundtrip-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={id}>{title}</h2>
        {children}
      </div>
      <div className="dialog-actions">
        {actions}
        <button type="button" className="btn ghost" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
