/**
 * A collapsible section of the container inspector: its heading holds the button that opens it
 * (the disclosure pattern), so every section is reachable by Tab and listed by heading. A section
 * opens by itself when the Problems panel asks to focus a field under it, so the field is there.
 * Which sections are open is remembered while the page lives, so the next container selected shows
 * the same ones.
 */
import { type ReactNode, useState } from 'react';
import { useEditor } from '../../store';

/** Titles of the sections open now (UI state, not part of the design). */
const openTitles = new Set<string>();

export function Collapsible({
  id,
  title,
  fields,
  count,
  children,
}: {
  /** A DOM id unique in the page. */
  id: string;
  title: string;
  /** Field paths under this section (`kube.readinessProbe`, `files`): a focus request on one opens it. */
  fields: readonly string[];
  /** A short note beside the title when closed (how many rows, "proposed by the template"). */
  count?: string;
  children: ReactNode;
}) {
  const focus = useEditor((s) => s.focus);
  const [open, setOpenState] = useState(() => openTitles.has(title));
  const setOpen = (next: boolean) => {
    if (next) openTitles.add(title);
    else openTitles.delete(title);
    setOpenState(next);
  };
  const [seen, setSeen] = useState(focus?.nonce);
  if (focus && focus.nonce !== seen) {
    // A focus request arrived: open when it names a field of this section (before the inspector looks for it).
    setSeen(focus.nonce);
    if (
      !open &&
      fields.some((f) => focus.field === f || focus.field.startsWith(`${f}.`) || focus.field.startsWith(`${f}[`))
    )
      setOpen(true);
  }
  return (
    <section className="section kube-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        <button
          type="button"
          className="kube-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" className="kube-caret">
            {open ? '▾' : '▸'}
          </span>
          {title}
          {count && <span className="kube-count">{count}</span>}
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
