/** The Init containers section: plain containers that run in order, each to completion, before the pod's containers. */
import {
  addInitContainer,
  addInitEnv,
  envRows,
  type JsonMap,
  moveInitContainer,
  OWNED_INIT_FIELDS,
  otherInitFields,
  readYamlField,
  removeInitContainer,
  removeInitEnv,
  setInitContainerText,
  setInitContainerWords,
  setInitEnv,
  setOtherInitFields,
  textOf,
  type Workload,
  wordsOf,
} from '../../../core';
import { useEditorStore } from '../../store';
import { Collapsible } from '../Collapsible';
import { ListEditor, TableEditor } from '../editors';
import { errorsUnder, type FieldErrors, fieldId, under } from '../errors';
import { ElementProblems } from '../parts';
import { CardText, YamlField } from './inputs';
import { regroup } from './regroup';

const FORM_PATHS = ['name', 'image', 'command', 'args', 'env'];

function InitCard({
  workload,
  index,
  init,
  count,
  errors,
}: {
  workload: Workload;
  index: number;
  init: JsonMap;
  count: number;
  errors: FieldErrors;
}) {
  const edit = useEditorStore().getState().edit;
  const id = workload.id;
  const path = `initContainers[${index}]`;
  const card = `Init container ${index + 1}`;
  const name = textOf(init, 'name');
  const label = name || `init container ${index + 1}`;
  const words = (key: 'command' | 'args') => {
    const items = wordsOf(init, key);
    const set = (next: readonly string[], coalesce?: string) =>
      edit((d) => setInitContainerWords(d, id, index, key, next), coalesce);
    return (
      <ListEditor
        elementId={id}
        paramKey={`${path}.${key}`}
        spec={{
          kind: 'list',
          title: `${key === 'command' ? 'Command' : 'Args'} of ${label}`,
          doc:
            key === 'command'
              ? "The program and its arguments, one per item; empty runs the image's entrypoint."
              : 'Arguments after the command (or the entrypoint), one per item.',
          default: [],
          item: {},
        }}
        items={items}
        errors={regroup(
          errors,
          `${path}.${key}`,
          items.map((_, i) => `${path}.${key}[${i}]`),
        )}
        onSet={(i, v) =>
          set(
            items.map((x, j) => (j === i ? v : x)),
            `${id}:${path}.${key}[${i}]`,
          )
        }
        onAdd={() => set([...items, ''])}
        onRemove={(i) => set(items.filter((_, j) => j !== i))}
      />
    );
  };
  const env = envRows(init);
  const fromRows = env.filter((r) => r.from);
  const rest = [...errors]
    .filter(([f]) => under(f, path) && !FORM_PATHS.some((k) => under(f, `${path}.${k}`)))
    .flatMap(([, l]) => l);

  return (
    <fieldset className="card" data-field={path}>
      <legend>
        {index + 1}. {name || '(no name)'}
      </legend>
      <div className="field-grid">
        <CardText
          id={fieldId(id, `${path}.name`)}
          field={`${path}.name`}
          card={card}
          label="Name"
          errors={errorsUnder(errors, `${path}.name`)}
          value={name}
          onChange={(v) => edit((d) => setInitContainerText(d, id, index, 'name', v), `${id}:${path}.name`)}
        />
        <CardText
          id={fieldId(id, `${path}.image`)}
          field={`${path}.image`}
          card={card}
          label="Image"
          errors={errorsUnder(errors, `${path}.image`)}
          value={textOf(init, 'image')}
          placeholder="busybox:1.36"
          onChange={(v) => edit((d) => setInitContainerText(d, id, index, 'image', v), `${id}:${path}.image`)}
        />
      </div>
      {words('command')}
      {words('args')}
      <TableEditor
        elementId={id}
        paramKey={`${path}.env`}
        spec={{
          title: `Environment of ${label}`,
          doc: 'Plain variables; a typed value replaces a value taken from a Secret or ConfigMap.',
          rowName: `${label} variable`,
          columns: [
            { key: 'name', title: 'Name', kind: 'string' },
            { key: 'value', title: 'Value', kind: 'string' },
          ],
        }}
        rows={env.map((r) => ({ name: r.name, value: r.value }))}
        errors={regroup(
          errors,
          `${path}.env`,
          env.flatMap((_, i) => [`${path}.env[${i}].name`, `${path}.env[${i}].value`]),
        )}
        onCell={(row, col, v) =>
          edit(
            (d) => setInitEnv(d, id, index, row, col === 'name' ? 'name' : 'value', String(v)),
            `${id}:${path}.env[${row}].${col}`,
          )
        }
        onAdd={() => edit((d) => addInitEnv(d, id, index))}
        onRemove={(row) => edit((d) => removeInitEnv(d, id, index, row))}
      />
      {fromRows.length > 0 && (
        <ul className="doc from-list">
          {fromRows.map((r) => (
            <li key={r.name}>
              <code>{r.name}</code> takes its value from {r.from}.
            </li>
          ))}
        </ul>
      )}
      <YamlField
        id={fieldId(id, `${path}.other`)}
        field={`${path}.other`}
        card={card}
        label="Other fields (YAML)"
        doc="resources, volumeMounts, securityContext, workingDir, ... in Kubernetes' shape."
        errors={rest}
        value={otherInitFields(init)}
        placeholder={'# for example\nvolumeMounts:\n  - name: data\n    mountPath: /data'}
        read={(t) => readYamlField(t, 'object', OWNED_INIT_FIELDS)}
        onApply={(v) => edit((d) => setOtherInitFields(d, id, index, v as JsonMap | undefined))}
      />
      <div className="card-actions">
        <button
          type="button"
          className="btn small ghost"
          aria-label={`Move ${label} up`}
          disabled={index === 0}
          onClick={() => edit((d) => moveInitContainer(d, id, index, index - 1))}
        >
          Move up
        </button>
        <button
          type="button"
          className="btn small ghost"
          aria-label={`Move ${label} down`}
          disabled={index === count - 1}
          onClick={() => edit((d) => moveInitContainer(d, id, index, index + 1))}
        >
          Move down
        </button>
        <button
          type="button"
          className="btn small ghost danger"
          aria-label={`Remove ${label}`}
          onClick={() => edit((d) => removeInitContainer(d, id, index))}
        >
          Remove
        </button>
      </div>
    </fieldset>
  );
}

export function InitSection({ workload, errors }: { workload: Workload; errors: FieldErrors }) {
  const edit = useEditorStore().getState().edit;
  const inits = workload.initContainers ?? [];
  return (
    <Collapsible
      id={workload.id}
      name="init"
      title="Init containers"
      count={inits.length ? String(inits.length) : undefined}
      paths={['initContainers']}
    >
      <div className="doc">
        They run one after another, each to completion, before the pod's containers start (a migration, a wait for a
        dependency, a file to prepare).
      </div>
      <ElementProblems diagnostics={errors.get('initContainers') ?? []} />
      {inits.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: init containers are positional; the index is their identity
        <InitCard key={i} workload={workload} index={i} init={c} count={inits.length} errors={errors} />
      ))}
      <button
        type="button"
        className="btn small"
        data-field="initContainers"
        onClick={() => edit((d) => addInitContainer(d, workload.id))}
      >
        Add init container
      </button>
    </Collapsible>
  );
}
