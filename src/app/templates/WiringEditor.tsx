/** How a template's parameters reach its container: environment variables, ports and config files. */
import { USER_FILE_LANGUAGES, type UserFile, type UserTemplate } from '../../core';
import { Area, Field, Select, withItem, withoutItem } from './parts';

interface Props {
  readonly template: UserTemplate;
  readonly update: (patch: Partial<UserTemplate>) => void;
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="btn ghost small te-remove" aria-label={label} onClick={onClick}>
      Remove
    </button>
  );
}

export function WiringEditor({ template: t, update }: Props) {
  return (
    <>
      <fieldset className="te-section">
        <legend>Environment</legend>
        {t.env.map((e, i) => {
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <fieldset key={i} className="te-row" aria-label={`Variable ${n}`}>
              <Field
                label={`Variable ${n} name`}
                value={e.name}
                onChange={(name) => update({ env: withItem(t.env, i, { ...e, name }) })}
                mono
              />
              <Field
                label={`Variable ${n} value`}
                value={e.value}
                onChange={(value) => update({ env: withItem(t.env, i, { ...e, value }) })}
                mono
              />
              <RemoveButton label={`Remove variable ${n}`} onClick={() => update({ env: withoutItem(t.env, i) })} />
            </fieldset>
          );
        })}
        <button
          type="button"
          className="btn small"
          onClick={() => update({ env: [...t.env, { name: `VAR_${t.env.length + 1}`, value: '' }] })}
        >
          Add variable
        </button>
      </fieldset>
      <fieldset className="te-section">
        <legend>Ports</legend>
        {t.ports.map((p, i) => {
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <fieldset key={i} className="te-row" aria-label={`Port ${n}`}>
              <Field
                label={`Port ${n} name`}
                value={p.name}
                onChange={(name) => update({ ports: withItem(t.ports, i, { ...p, name }) })}
                mono
              />
              <Field
                label={`Port ${n} number`}
                doc="A number, or an int parameter such as ${port}."
                value={p.port}
                onChange={(port) => update({ ports: withItem(t.ports, i, { ...p, port }) })}
                mono
              />
              <label className="check">
                <input
                  type="checkbox"
                  checked={p.localhostOnly}
                  onChange={(e) => update({ ports: withItem(t.ports, i, { ...p, localhostOnly: e.target.checked }) })}
                />
                Port {n} localhost only
              </label>
              <RemoveButton label={`Remove port ${n}`} onClick={() => update({ ports: withoutItem(t.ports, i) })} />
            </fieldset>
          );
        })}
        <button
          type="button"
          className="btn small"
          onClick={() => update({ ports: [...t.ports, { name: 'http', port: '8080', localhostOnly: false }] })}
        >
          Add port
        </button>
      </fieldset>
      <fieldset className="te-section">
        <legend>Config files</legend>
        {t.files.map((f, i) => {
          const n = i + 1;
          const set = (next: UserFile) => update({ files: withItem(t.files, i, next) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <fieldset key={i} className="te-file" aria-label={`File ${n}`}>
              <div className="te-row">
                <Field label={`File ${n} name`} value={f.name} onChange={(name) => set({ ...f, name })} mono />
                <Field
                  label={`File ${n} mount path`}
                  value={f.mountPath}
                  onChange={(mountPath) => set({ ...f, mountPath })}
                  mono
                />
                <Select
                  label={`File ${n} language`}
                  value={f.language}
                  options={USER_FILE_LANGUAGES}
                  onChange={(language) => set({ ...f, language })}
                />
                <RemoveButton label={`Remove file ${n}`} onClick={() => update({ files: withoutItem(t.files, i) })} />
              </div>
              <Area label={`File ${n} text`} value={f.text} onChange={(text) => set({ ...f, text })} rows={5} />
            </fieldset>
          );
        })}
        <button
          type="button"
          className="btn small"
          onClick={() =>
            update({
              files: [
                ...t.files,
                {
                  name: `config-${t.files.length + 1}.yaml`,
                  mountPath: `/etc/app/config-${t.files.length + 1}.yaml`,
                  language: 'yaml',
                  text: '',
                },
              ],
            })
          }
        >
          Add file
        </button>
      </fieldset>
    </>
  );
}
