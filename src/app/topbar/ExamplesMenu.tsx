/** A menu of the book's examples; choosing one replaces the design (undo brings it back). */
import { useEffect, useRef, useState } from 'react';
import { EXAMPLES } from '../../core';
import { useEditorStore } from '../store';

export function ExamplesMenu() {
  const store = useEditorStore();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('.menu-item')?.focus();
    const onDown = (e: MouseEvent): void => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (!open) return;
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('.menu-item') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      items[(i + 1) % items.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      items[(i - 1 + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Examples
      </button>
      {open && (
        <div className="menu-list" role="menu" aria-label="Examples" onKeyDown={onKeyDown}>
          {EXAMPLES.map((ex) => (
            <button
              key={ex.name}
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                setOpen(false);
                store.getState().openExample(ex.name);
                button.current?.focus();
              }}
            >
              {ex.title}
              <small>{ex.summary}</small>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
