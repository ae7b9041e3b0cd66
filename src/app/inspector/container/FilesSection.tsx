/**
 * Config files the user writes for the container: each joins the container's ConfigMap (with the
 * template's own files) and is mounted at its path with subPath, so it shows in the preview and
 * under `configs/` in the bundle.
 */
import { addUserFile, configLanguageOf, removeUserFile, renameUserFile, setUserFile } from '../../../core';
import { Collapsible } from '../Collapsible';
import { errorsFor, errorsUnder, fieldId } from '../errors';
import { ErrorLines, TextField } from '../fields';
import { ElementProblems } from '../parts';
import { CodeField } from './CodeField';
import { RemoveRow } from './EnvSection';
import type { SectionProps } from './types';

export function FilesSection({ container, errors, edit }: SectionProps) {
  const id = container.id;
  const files = container.files ?? [];
  return (
    <Collapsible
      id={id}
      name="files"
      title="Config files"
      count={files.length ? String(files.length) : undefined}
      paths={['files']}
    >
      <ElementProblems diagnostics={errorsFor(errors, 'files')} />
      <div className="doc">
        Files of your own, kept in the container's ConfigMap beside its template's and mounted read-only where you say.
      </div>
      {files.map((f, i) => {
        const base = `files[${i}]`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: files are positional; the index is their identity
          <fieldset className="kube-card" key={i}>
            <legend>{f.name || `File ${i + 1}`}</legend>
            <div>
              <TextField
                id={fieldId(id, `${base}.name`)}
                field={`${base}.name`}
                label="File name"
                errors={errorsUnder(errors, `${base}.name`)}
                value={f.name}
                placeholder="envoy.yaml"
                mono
                onChange={(v) => edit((d) => renameUserFile(d, id, i, v), `${id}:${base}.name`)}
              />
              <TextField
                id={fieldId(id, `${base}.mountPath`)}
                field={`${base}.mountPath`}
                label="Mount path"
                errors={errorsUnder(errors, `${base}.mountPath`)}
                value={f.mountPath}
                placeholder="/etc/app/config.yaml"
                mono
                onChange={(v) => edit((d) => setUserFile(d, id, i, { mountPath: v }), `${id}:${base}.mountPath`)}
              />
            </div>
            <CodeField
              id={fieldId(id, `${base}.content`)}
              field={`${base}.content`}
              label={`Text of ${f.name || `file ${i + 1}`}`}
              value={f.content}
              language={configLanguageOf(f.name)}
              onChange={(v) => edit((d) => setUserFile(d, id, i, { content: v }), `${id}:${base}.content`)}
            />
            <ErrorLines errors={errorsUnder(errors, `${base}.content`)} />
            <RemoveRow
              label={`Remove config file ${f.name || i + 1}`}
              onClick={() => edit((d) => removeUserFile(d, id, i))}
            />
          </fieldset>
        );
      })}
      <div className="kube-actions">
        <button type="button" className="btn small" data-field="files" onClick={() => edit((d) => addUserFile(d, id))}>
          Add config file
        </button>
      </div>
    </Collapsible>
  );
}
