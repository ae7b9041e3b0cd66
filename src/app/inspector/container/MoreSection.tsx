/** The rest of a container: image pull policy, working directory, lifecycle hooks, and any other field as YAML. */
import {
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
import { TextField } from '../fields';
import { YamlField } from '../workload/inputs';
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
      <YamlField
        id={fieldId(id, 'kube.other')}
        field="kube.other"
        label="Other fields"
        doc="Fields this form does not show (stdin, tty, terminationMessagePolicy, resizePolicy...), as YAML; applied when you leave the field."
        errors={errorsUnder(errors, 'kube.other')}
        value={kube.other && Object.keys(kube.other).length > 0 ? kube.other : undefined}
        placeholder={'terminationMessagePolicy: FallbackToLogsOnError\n'}
        read={parseFieldsYaml}
        onApply={(v) => edit((d) => setOtherFields(d, id, v as JsonMap | undefined))}
      />
    </Collapsible>
  );
}
