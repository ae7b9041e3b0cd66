/** The Pod section: service account, scheduling, security context and the pod fields edited as YAML. */
import {
  applyRestrictedPodProfile,
  imagePullSecretNames,
  type JsonValue,
  nodeSelectorRows,
  podSecurityContext,
  readYamlField,
  setImagePullSecrets,
  setNodeSelector,
  setPodField,
  setPodSecurityField,
  type Workload,
} from '../../../core';
import { uniqueName } from '../../../core/edit/ops';
import { useEditorStore } from '../../store';
import { Collapsible } from '../Collapsible';
import { ListEditor, TableEditor } from '../editors';
import { errorsUnder, type FieldErrors, fieldId } from '../errors';
import { SelectField, TextField } from '../fields';
import { OptionalIntField, TriStateField, YamlField } from './inputs';
import { regroup } from './regroup';

const PULL_SECRETS = {
  kind: 'list',
  title: 'Image pull secrets',
  doc: 'Secrets of type kubernetes.io/dockerconfigjson that let the kubelet pull from a private registry.',
  default: [],
  item: { placeholder: 'regcred' },
} as const;

const NODE_SELECTOR = {
  title: 'Node selector',
  doc: 'The pod runs only on nodes that carry every one of these labels.',
  rowName: 'node label',
  columns: [
    { key: 'key', title: 'Key', kind: 'string', placeholder: 'disktype' },
    { key: 'value', title: 'Value', kind: 'string', placeholder: 'ssd' },
  ],
} as const;

const SECCOMP_TYPES = ['', 'RuntimeDefault', 'Localhost', 'Unconfined'] as const;
const SECCOMP_LABELS = ['Not set', 'RuntimeDefault', 'Localhost', 'Unconfined'] as const;

/** The pod fields edited as YAML in this section, with what each holds. */
const YAML_FIELDS = [
  {
    key: 'tolerations',
    label: 'Tolerations',
    shape: 'list',
    doc: 'Taints the pod tolerates: a list of {key, operator, value, effect, tolerationSeconds}.',
    placeholder: '# for example\n- key: dedicated\n  operator: Equal\n  value: gpu\n  effect: NoSchedule',
  },
  {
    key: 'affinity',
    label: 'Affinity',
    shape: 'object',
    doc: 'nodeAffinity, podAffinity and podAntiAffinity rules.',
    placeholder: '# for example\npodAntiAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution: []',
  },
  {
    key: 'topologySpreadConstraints',
    label: 'Topology spread constraints',
    shape: 'list',
    doc: 'How replicas spread across zones or nodes: {maxSkew, topologyKey, whenUnsatisfiable, labelSelector}.',
    placeholder:
      '# for example\n- maxSkew: 1\n  topologyKey: topology.kubernetes.io/zone\n  whenUnsatisfiable: ScheduleAnyway',
  },
  {
    key: 'hostAliases',
    label: 'Host aliases',
    shape: 'list',
    doc: "Entries added to the pod's /etc/hosts: a list of {ip, hostnames}.",
    placeholder: '# for example\n- ip: 10.0.0.5\n  hostnames: [db.local]',
  },
] as const;

const text = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : '');
const int = (v: JsonValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);

export function PodSection({ workload, errors }: { workload: Workload; errors: FieldErrors }) {
  const edit = useEditorStore().getState().edit;
  const id = workload.id;
  const pod = workload.pod ?? {};
  const sc = podSecurityContext(workload);
  const seccomp = (sc.seccompProfile ?? {}) as Record<string, JsonValue>;
  const secrets = imagePullSecretNames(workload);
  const selector = nodeSelectorRows(workload);
  const podField = (key: string, value: JsonValue | undefined, coalesce?: string) =>
    edit((d) => setPodField(d, id, key, value), coalesce);
  const textField = (key: string, label: string, doc: string, placeholder: string) => (
    <TextField
      id={fieldId(id, `pod.${key}`)}
      field={`pod.${key}`}
      label={label}
      doc={doc}
      errors={errorsUnder(errors, `pod.${key}`)}
      value={text(pod[key])}
      placeholder={placeholder}
      mono
      onChange={(v) => podField(key, v === '' ? undefined : v, `${id}:pod.${key}`)}
    />
  );
  const securityInt = (key: 'runAsUser' | 'runAsGroup' | 'fsGroup', label: string, doc: string) => (
    <OptionalIntField
      id={fieldId(id, `pod.securityContext.${key}`)}
      field={`pod.securityContext.${key}`}
      label={label}
      doc={doc}
      errors={errorsUnder(errors, `pod.securityContext.${key}`)}
      value={int(sc[key])}
      onChange={(v) => edit((d) => setPodSecurityField(d, id, key, v), `${id}:pod.securityContext.${key}`)}
    />
  );
  const secretsErrors = regroup(
    errors,
    'pod.imagePullSecrets',
    secrets.map((_, i) => `pod.imagePullSecrets[${i}]`),
  );
  const selectorErrors = regroup(
    errors,
    'pod.nodeSelector',
    selector.flatMap((_, i) => [`pod.nodeSelector[${i}].key`, `pod.nodeSelector[${i}].value`]),
  );
  const setSelector = (rows: [string, string][], coalesce?: string) =>
    edit((d) => setNodeSelector(d, id, rows), coalesce);

  return (
    <Collapsible id={id} name="pod" title="Pod" paths={['pod']}>
      {textField(
        'serviceAccountName',
        'Service account',
        'The identity the pod runs as and the API permissions it gets; empty for the namespace default.',
        'default',
      )}
      {textField(
        'priorityClassName',
        'Priority class',
        'A PriorityClass name: higher-priority pods are scheduled first and may preempt others.',
        'high-priority',
      )}
      <OptionalIntField
        id={fieldId(id, 'pod.terminationGracePeriodSeconds')}
        field="pod.terminationGracePeriodSeconds"
        label="Termination grace period (seconds)"
        doc="How long the containers have to stop after SIGTERM before they are killed (30 when empty)."
        errors={errorsUnder(errors, 'pod.terminationGracePeriodSeconds')}
        value={int(pod.terminationGracePeriodSeconds)}
        onChange={(v) => podField('terminationGracePeriodSeconds', v, `${id}:pod.terminationGracePeriodSeconds`)}
      />
      <fieldset className="subgroup" data-field="pod.securityContext">
        <legend className="field-label">Pod security context</legend>
        <div className="doc">Applies to every container of the pod unless a container sets its own.</div>
        <div className="field-grid">
          <TriStateField
            id={fieldId(id, 'pod.securityContext.runAsNonRoot')}
            field="pod.securityContext.runAsNonRoot"
            label="Run as non-root"
            errors={errorsUnder(errors, 'pod.securityContext.runAsNonRoot')}
            value={typeof sc.runAsNonRoot === 'boolean' ? sc.runAsNonRoot : undefined}
            onChange={(v) => edit((d) => setPodSecurityField(d, id, 'runAsNonRoot', v))}
          />
          {securityInt('runAsUser', 'Run as user', 'The UID of the containers’ processes.')}
          {securityInt('runAsGroup', 'Run as group', 'Their primary GID.')}
          {securityInt('fsGroup', 'FS group', 'The GID that owns mounted volumes.')}
        </div>
        <SelectField
          id={fieldId(id, 'pod.securityContext.seccompProfile')}
          field="pod.securityContext.seccompProfile"
          label="Seccomp profile"
          doc="Which system calls the containers may make: the runtime's default set is the usual choice."
          errors={errorsUnder(errors, 'pod.securityContext.seccompProfile')}
          value={text(seccomp.type)}
          options={SECCOMP_TYPES}
          optionLabels={SECCOMP_LABELS}
          onChange={(v) =>
            edit((d) =>
              setPodSecurityField(
                d,
                id,
                'seccompProfile',
                v === '' ? undefined : v === 'Localhost' ? { type: v, localhostProfile: '' } : { type: v },
              ),
            )
          }
        />
        {seccomp.type === 'Localhost' && (
          <TextField
            id={fieldId(id, 'pod.securityContext.seccompProfile.localhostProfile')}
            field="pod.securityContext.seccompProfile.localhostProfile"
            label="Localhost profile"
            doc="The profile's path relative to the kubelet's seccomp directory."
            errors={[]}
            value={text(seccomp.localhostProfile)}
            placeholder="profiles/audit.json"
            mono
            onChange={(v) =>
              edit(
                (d) => setPodSecurityField(d, id, 'seccompProfile', { type: 'Localhost', localhostProfile: v }),
                `${id}:pod.seccomp.localhost`,
              )
            }
          />
        )}
        <button type="button" className="btn small" onClick={() => edit((d) => applyRestrictedPodProfile(d, id))}>
          Apply restricted pod profile
        </button>
        <div className="doc">
          Sets runAsNonRoot and the RuntimeDefault seccomp profile, as the Pod Security Standards' restricted level asks
          of the pod.
        </div>
      </fieldset>
      <ListEditor
        elementId={id}
        paramKey="pod.imagePullSecrets"
        spec={PULL_SECRETS}
        items={secrets}
        errors={secretsErrors}
        onSet={(i, v) =>
          edit(
            (d) =>
              setImagePullSecrets(
                d,
                id,
                secrets.map((s, j) => (j === i ? v : s)),
              ),
            `${id}:pod.imagePullSecrets[${i}]`,
          )
        }
        onAdd={() => edit((d) => setImagePullSecrets(d, id, [...secrets, uniqueName(secrets, 'regcred')]))}
        onRemove={(i) =>
          edit((d) =>
            setImagePullSecrets(
              d,
              id,
              secrets.filter((_, j) => j !== i),
            ),
          )
        }
      />
      <TableEditor
        elementId={id}
        paramKey="pod.nodeSelector"
        spec={NODE_SELECTOR}
        rows={selector.map(([key, value]) => ({ key, value }))}
        errors={selectorErrors}
        onCell={(i, col, v) =>
          setSelector(
            selector.map(([k, val], j) => (j === i ? (col === 'key' ? [String(v), val] : [k, String(v)]) : [k, val])),
            `${id}:pod.nodeSelector[${i}].${col}`,
          )
        }
        onAdd={() =>
          setSelector([
            ...selector,
            [
              uniqueName(
                selector.map(([k]) => k),
                'disktype',
              ),
              '',
            ],
          ])
        }
        onRemove={(i) => setSelector(selector.filter((_, j) => j !== i))}
      />
      {YAML_FIELDS.map((f) => (
        <YamlField
          key={f.key}
          id={fieldId(id, `pod.${f.key}`)}
          field={`pod.${f.key}`}
          label={f.label}
          doc={f.doc}
          errors={errorsUnder(errors, `pod.${f.key}`)}
          value={pod[f.key] ?? undefined}
          placeholder={f.placeholder}
          read={(t) => readYamlField(t, f.shape)}
          onApply={(v) => podField(f.key, v)}
        />
      ))}
    </Collapsible>
  );
}
