/** The rest of a container: image pull policy, working directory, lifecycle hooks, and any other field as YAML. */
import { useState } from 'react';
import {
  type Diagnostic,
  fieldsYaml,
  handlerOf,
  type JsonMap,
  PULL_POLICIES,
  type PullPolicy,
  parseFieldsYaml,
  setImagePullPolicy,
  setLifecycle,
  setOtherFields,
  setWorkingDir,
  withHandler,
  withPath,
} from '../../../core';
import { Collapsible } from '../Collapsible';
import { errorsFor, errorsUnder, fieldId } from '../errors';
import { described, Field, FieldNotes, TextField } from '../fields';
import { OptionalSelectField } from './controls';
import { ProbeEditor } from './ProbesSection';
import type { SectionProps } from './types';

const HOOKS = [
  ['postStart', 'After start (postStart)', 'Runs right after the container is created, beside its entrypoint.'],
  ['preStop', 'Before stop (preStop)', 'Runs before the container gets SIGTERM: a short sleep lets endpoints drain.'],
] as const;

export function MoreSection({ container, errors, edit }: SectionProps) {
  const id = container.id;
  const kube = container.kube ?? {};
  const lifecycle = kube.lifecycle ?? {};
  return (
    <Collapsible
      id={id}
      name="more"
      title="More"
      paths={['kube.imagePullPolicy', 'kube.workingDir', 'kube.lifecycle', 'kube.other']}
    >
      <OptionalSelectField
        id={fieldId(id, 'kube.imagePullPolicy')}
        field="kube.imagePullPolicy"
        label="Image pull policy"
        doc="Not set: Always for a :latest or untagged image, else IfNotPresent."
        errors={errorsFor(errors, 'kube.imagePullPolicy')}
        value={kube.imagePullPolicy}
        options={PULL_POLICIES}
        onChange={(v) => edit((d) => setImagePullPolicy(d, id, v as PullPolicy | undefined))}
      />
      <TextField
        id={fieldId(id, 'kube.workingDir')}
        field="kube.workingDir"
        label="Working directory"
        doc="Empty: the image's own."
        errors={errorsFor(errors, 'kube.workingDir')}
        value={kube.workingDir ?? ''}
        mono
        onChange={(v) => edit((d) => setWorkingDir(d, id, v), `${id}:kube.workingDir`)}
      />
      {HOOKS.map(([hook, title, doc]) => {
        const base = `kube.lifecycle.${hook}`;
        const value = lifecycle[hook];
        const handler = value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonMap) : undefined;
        const kind = handlerOf(handler);
        const put = (next: JsonMap | undefined, coalesce?: string) =>
          edit((d) => setLifecycle(d, id, withPath(lifecycle, [hook], next)), coalesce && `${id}:${coalesce}`);
        return (
          <fieldset className="kube-group" key={hook}>
            <legend>{title}</legend>
            <div className="doc">{doc}</div>
            <OptionalSelectField
              id={fieldId(id, `${base}.handler`)}
              field={base}
              label="Hook"
              errors={errorsFor(errors, base)}
              value={kind}
              options={['exec', 'httpGet']}
              unsetLabel="none"
              onChange={(v) =>
                put(v === undefined ? undefined : withHandler(handler ?? {}, v as 'exec' | 'httpGet', 80))
              }
            />
            {handler && (
              <ProbeEditor
                elementId={id}
                base={base}
                probe={handler}
                port={80}
                errors={errors}
                handlers={['exec', 'httpGet']}
                timings={false}
                check={false}
                onChange={(p, field) => put(p, field)}
              />
            )}
          </fieldset>
        );
      })}
      <OtherFields
        id={fieldId(id, 'kube.other')}
        value={kube.other}
        errors={errorsUnder(errors, 'kube.other')}
        onApply={(v) => edit((d) => setOtherFields(d, id, v))}
      />
    </Collapsible>
  );
}

/** Any other container field as YAML, read when the field loses focus; text that does not read changes nothing. */
function OtherFields({
  id,
  value,
  errors,
  onApply,
}: {
  id: string;
  value: JsonMap | undefined;
  errors: readonly Diagnostic[];
  onApply: (value: JsonMap) => void;
}) {
  const text = fieldsYaml(value);
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  const [error, setError] = useState<string | undefined>();
  if (text !== shown) {
    setShown(text);
    setDraft(text);
    setError(undefined);
  }
  const doc =
    'Fields this form does not show (stdin, tty, terminationMessagePolicy, resizePolicy...), as YAML; applied when you leave the field.';
  return (
    <Field id={id} label="Other fields" notes={<FieldNotes id={id} doc={doc} errors={errors} local={error} />}>
      <textarea
        id={id}
        className="textarea"
        data-field="kube.other"
        value={draft}
        rows={4}
        placeholder={'terminationMessagePolicy: FallbackToLogsOnError\n'}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft === text) return setError(undefined);
          const r = parseFieldsYaml(draft);
          if (!r.ok) return setError(`Not applied: ${r.error}`);
          setError(undefined);
          onApply(r.value);
        }}
        {...described(id, doc, errors, error)}
      />
    </Field>
  );
}
