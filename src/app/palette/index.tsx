/**
 * Palette: the four roles with their templates. Drag an item onto a workload (or empty canvas for a
 * new Pod); or press it (Enter, Space, click) to add it to the selected workload.
 */
import { memo } from 'react';
import { ROLES, type Role, type TemplateDef, templatesOf } from '../../core';
import { RoleIcon } from '../icons';
import { useEditorStore } from '../store';
import { TEMPLATE_MIME } from './dnd';

const HEADINGS: Record<Role, string> = { app: 'App', sidecar: 'Sidecar', ambassador: 'Ambassador', adapter: 'Adapter' };

const Item = memo(function Item({ template }: { template: TemplateDef }) {
  const store = useEditorStore();
  const summaryId = `palette-${template.id}-summary`;
  return (
    <li>
      <button
        type="button"
        className={`palette-item role-${template.role}`}
        draggable
        aria-label={`Add ${template.role}: ${template.title}`}
        aria-describedby={summaryId}
        onDragStart={(e) => {
          e.dataTransfer.setData(TEMPLATE_MIME, template.id);
          e.dataTransfer.setData('text/plain', template.title);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={() => {
          const state = store.getState();
          state.addFromTemplate(template.id, state.defaultPlacement());
        }}
      >
        <span className="stripe" aria-hidden="true" />
        <span className="title">{template.title}</span>
        <span className="summary" id={summaryId}>
          {template.summary}
        </span>
      </button>
    </li>
  );
});

export function Palette() {
  return (
    <nav className="palette panel" aria-label="Palette">
      <h2 className="panel-title">Palette</h2>
      <p className="palette-hint">Drag onto a pod, or select a pod and press an item.</p>
      {ROLES.map((role) => (
        <section key={role} className={`palette-section role-${role}`} aria-labelledby={`palette-${role}`}>
          <h2 id={`palette-${role}`} className="role-heading">
            <RoleIcon role={role} />
            {HEADINGS[role]}
          </h2>
          <ul className="palette-items">
            {templatesOf(role).map((t) => (
              <Item key={t.id} template={t} />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
