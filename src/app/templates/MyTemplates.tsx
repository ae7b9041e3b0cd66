/**
 * "My templates" in the palette: the user templates the design carries, each added like a built-in
 * (`Add ROLE: TITLE`), with Edit, Export and Remove; and Import template / New template. The file
 * text comes from the core (`templateFileText`, `readTemplateFile` in the store); this only renders.
 */
import { type ComponentType, type ReactNode, useRef } from 'react';
import type { UserTemplate } from '../../core';
import type { TemplateSummary } from '../../core/catalog/summary';
import { templateFileName, templateFileText } from '../../core/catalog/user/file-text';
import { emptyTemplate } from '../../core/edit/templates';
import { download } from '../export/download';
import { useEditor, useEditorStore } from '../store';

function Actions({ template }: { template: UserTemplate }) {
  const store = useEditorStore();
  return (
    <div className="my-template-actions">
      <button
        type="button"
        className="btn ghost small"
        aria-label={`Edit template ${template.title}`}
        aria-haspopup="dialog"
        onClick={() => store.getState().openTemplateEditor(template, false)}
      >
        Edit
      </button>
      <button
        type="button"
        className="btn ghost small"
        aria-label={`Export template ${template.title}`}
        onClick={() => download(templateFileName(template), templateFileText(template), 'application/json')}
      >
        Export
      </button>
      <button
        type="button"
        className="btn ghost small"
        aria-label={`Remove template ${template.title}`}
        onClick={() => store.getState().removeTemplate(template.id)}
      >
        Remove
      </button>
    </div>
  );
}

/** The palette section; `Item` is the palette's own button for one template. */
export function MyTemplates({ Item }: { Item: ComponentType<{ template: TemplateSummary; extra?: ReactNode }> }) {
  const store = useEditorStore();
  const templates = useEditor((s) => s.design.templates);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="palette-section my-templates" aria-labelledby="palette-mine">
      <h2 id="palette-mine" className="role-heading">
        My templates
      </h2>
      {templates.length === 0 ? (
        <p className="palette-hint">Save a configured container as a template, or import a template file.</p>
      ) : (
        <ul className="palette-items">
          {templates.map((t) => (
            <Item key={t.id} template={t} extra={<Actions template={t} />} />
          ))}
        </ul>
      )}
      <div className="my-template-tools">
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Template file"
          tabIndex={-1}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await store.getState().importTemplate(await file.text(), file.name);
          }}
        />
        <button type="button" className="btn small" onClick={() => input.current?.click()}>
          Import template
        </button>
        <button
          type="button"
          className="btn small"
          aria-haspopup="dialog"
          onClick={() => {
            const state = store.getState();
            state.openTemplateEditor(emptyTemplate(state.design), true, 'New template');
          }}
        >
          New template
        </button>
      </div>
    </section>
  );
}
