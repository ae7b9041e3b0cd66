// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the editor shows the placeholder syntax to the user
/**
 * The template editor: a dialog over a draft of one user template. Every change is checked by the
 * core's `restoreUserTemplate`, so the problems shown are the ones an import would report; Save
 * stores the checked template through the store (one undoable step). Escape or Close discards.
 */
import { useMemo, useState } from 'react';
import { compileTemplate, ROLES, type Role, renderFile, restoreUserTemplate, type UserTemplate } from '../../core';
import { userTemplateId } from '../../core/edit/templates';
import { Modal } from '../export/Modal';
import { type TemplateDraft, useEditorStore } from '../store';
import { ParamsEditor } from './ParamsEditor';
import { Area, Field, linesOf, Select } from './parts';
import { WiringEditor } from './WiringEditor';
import './templates.css';

/** A problem path as the editor's labels name it: `params[0].key` → `Parameter 1 key`. */
function readable(problem: string): string {
  return problem.replace(
    /^(params|env|ports|files|args|command)\[(\d+)\]\.?/,
    (_m, list: string, i: string) =>
      `${{ params: 'Parameter', env: 'Variable', ports: 'Port', files: 'File', args: 'Argument', command: 'Command item' }[list]} ${Number(i) + 1} `,
  );
}

export function TemplateEditor({ draft }: { draft: TemplateDraft }) {
  const store = useEditorStore();
  const [t, setT] = useState<UserTemplate>(draft.template);
  const update = (patch: Partial<UserTemplate>) => setT((x) => ({ ...x, ...patch }));
  const checked = useMemo(() => {
    const problems: string[] = [];
    const template = restoreUserTemplate(t, [], problems);
    // What each config file becomes with the defaults (a template that restores always renders).
    const compiled = template ? compileTemplate(template) : undefined;
    const defaults = Object.fromEntries((template?.params ?? []).map((p) => [p.key, p.default]));
    const previews =
      compiled?.ok === true
        ? compiled.compiled.files.map((cf) => {
            const r = renderFile(cf, defaults);
            return { name: cf.file.name, text: r.ok ? r.text : '' };
          })
        : [];
    return { template, problems, previews };
  }, [t]);
  const close = () => store.getState().closeTemplateEditor();
  const save = () => {
    if (!checked.template) return;
    store.getState().saveTemplate(checked.template);
    close();
  };
  // A new template's id and default container name follow its title until it is saved.
  const setTitle = (title: string) => {
    if (!draft.isNew) return update({ title });
    const id = userTemplateId(store.getState().design, title);
    update({ title, id, defaultName: id.slice('user.'.length) });
  };

  return (
    <Modal
      title={draft.heading ?? (draft.isNew ? 'Save as template' : `Edit template ${draft.template.title}`)}
      onClose={close}
      className="template-editor"
      actions={
        <button type="button" className="btn primary" disabled={!checked.template} onClick={save}>
          Save template
        </button>
      }
    >
      <p className="doc">
        Write <code>{'${key}'}</code> where a parameter's value goes (in env values, arguments and config files);{' '}
        <code>{'$${'}</code> writes a literal <code>{'${'}</code>. Values are quoted for each file's language, and a
        value that cannot be written safely is refused.
      </p>
      <div className="te-grid">
        <Field label="Title" value={t.title} onChange={setTitle} />
        <Field label="Template id" value={t.id} onChange={(id) => update({ id })} readOnly={!draft.isNew} mono />
        <Select<Role> label="Role" value={t.role} options={ROLES} onChange={(role) => update({ role })} />
        <Field label="Image" value={t.image} onChange={(image) => update({ image })} mono />
        <Field
          label="Default container name"
          value={t.defaultName}
          onChange={(defaultName) => update({ defaultName })}
          mono
        />
        <Field label="Version" value={t.version} onChange={(version) => update({ version })} mono />
      </div>
      <Field label="Summary" value={t.summary} onChange={(summary) => update({ summary })} />
      <Area label="Teaching text" value={t.teaching} onChange={(teaching) => update({ teaching })} rows={3} />
      <ParamsEditor params={t.params} onChange={(params) => update({ params })} />
      <div className="te-grid two">
        <Area
          label="Command"
          doc="One item a line; replaces the image's entrypoint when set."
          value={t.command.join('\n')}
          onChange={(v) => update({ command: linesOf(v) })}
          rows={2}
        />
        <Area
          label="Arguments"
          doc="One argument a line; a line that is just ${list} gives one argument per item."
          value={t.args.join('\n')}
          onChange={(v) => update({ args: linesOf(v) })}
          rows={2}
        />
      </div>
      <WiringEditor template={t} update={update} />
      <section className="te-problems" aria-label="Template problems" aria-live="polite">
        {checked.problems.length === 0 ? (
          <p className="doc">No problems: the template is ready to save.</p>
        ) : (
          <ul>
            {checked.problems.slice(0, 8).map((p) => (
              <li key={p} className="field-error">
                {readable(p)}
              </li>
            ))}
            {checked.problems.length > 8 && <li className="doc">and {checked.problems.length - 8} more</li>}
          </ul>
        )}
      </section>
      {checked.previews.length > 0 && (
        <details className="te-previews">
          <summary>Config files with the defaults</summary>
          {checked.previews.map((f) => (
            <figure key={f.name}>
              <figcaption>{f.name}</figcaption>
              <pre>{f.text}</pre>
            </figure>
          ))}
        </details>
      )}
    </Modal>
  );
}
