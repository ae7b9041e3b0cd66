/**
 * A section of the inspector that opens and closes (the disclosure pattern): its heading holds the
 * button that opens it (`aria-expanded`), so every section is reachable by Tab and listed by
 * heading; its fields are rendered only while open. It opens by itself, in the same render, when
 * the Problems panel asks to focus a field under one of its paths, so the inspector finds the
 * field. Which sections are open is remembered while the page lives, so the next container or
 * workload selected shows the same ones.
 */
import { type ReactNode, useState } from 'react';
import { useEditor } from '../store';
import './collapsible.css';
import { under } from './errors';

/** Names of the sections open now (UI state, not part of the design). */
const openSections = new Set<string>();

export function Collapsible({
  id,
  name,
  title,
  count,
  paths,
  children,
}: {
  /** A DOM id prefix unique in the page (the container's or workload's id). */
  id: string;
  /** The section's key among the remembered open ones (unique across the inspector's sections). */
  name: string;
  title: string;
  /** A short summary beside the title (how many rows, a type, "proposed by the template"). */
  count?: string;
  /** Field paths under this section (`kube.readinessProbe`, `volumes`): a focus request on one opens it. */
  paths: readonly string[];
  children: ReactNode;
}) {
  const focus = useEditor((s) => s.focus);
  const [open, setOpen] = useState(() => openSections.has(name));
  const [seen, setSeen] = useState(focus?.nonce);
  if (focus && focus.nonce !== seen) {
    setSeen(focus.nonce);
    if (!open && paths.some((p) => under(focus.field, p))) {
      openSections.add(name);
      setOpen(true);
    }
  }
  const headingId = `${id}-${name}-h`;
  const bodyId = `${id}-${name}-body`;
  const toggle = () => {
    if (open) openSections.delete(name);
    else openSections.add(name);
    setOpen(!open);
  };
  return (
    <section className="section collapsible" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <button type="button" className="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
          <span className="chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
          {count && (
            <span className="section-count" aria-hidden="true">
              {count}
            </span>
          )}
        </button>
      </h3>
      <div id={bodyId} className="section-body" hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
