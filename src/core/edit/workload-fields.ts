/**
 * Pure edits of a workload's Kubernetes fields (`model/kube.ts`): pod settings, annotations and the
 * workload's other spec fields here; volumes, init containers and the Service in the files beside
 * this one, exported from here. Each returns the same design when nothing changes, so a control
 * that sets a value it already holds adds no undo step.
 */
import type { Design, JsonMap, JsonValue, Workload } from '../model/design';
import { POD_FORM_FIELDS } from '../model/kube';
import { asList, asMap, editWorkload, type Patch, withField, withKey } from './workload-shared';

export * from './workload-init';
export * from './workload-service';
export * from './workload-volumes';
export { readYamlField, type YamlFieldResult, type YamlShape, yamlText } from './yaml-field';

// ---------------------------------------------------------------- pod

/**
 * Sets a pod field (`workload.pod[key]`), or removes it when `value` is undefined. `null` is kept:
 * it removes a field Podsmith would write (shareProcessNamespace).
 *
 * @example setPodField(design, 'w1', 'serviceAccountName', 'web').workloads[0].pod // { serviceAccountName: 'web' }
 */
export function setPodField(design: Design, workloadId: string, key: string, value: Patch): Design {
  return editWorkload(design, workloadId, (w) => withField(w, 'pod', withKey(w.pod, key, value)));
}

/** Pod security context fields the form edits. */
export const POD_SECURITY_FIELDS = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup', 'seccompProfile'] as const;
export type PodSecurityField = (typeof POD_SECURITY_FIELDS)[number];

/** The pod's security context as a map (none, or `null`, gives an empty one). */
export function podSecurityContext(w: Workload): JsonMap {
  return asMap(w.pod?.securityContext);
}

/**
 * Sets one field of the pod's security context (`undefined` removes it); the context goes when it
 * is left empty. Its other fields (supplementalGroups, sysctls, ...) stay as they are.
 *
 * @example setPodSecurityField(design, 'w1', 'runAsUser', 1000).workloads[0].pod // { securityContext: { runAsUser: 1000 } }
 */
export function setPodSecurityField(design: Design, workloadId: string, key: PodSecurityField, value: Patch): Design {
  return editWorkload(design, workloadId, (w) => {
    const next = withKey(podSecurityContext(w), key, value);
    return withField(w, 'pod', withKey(w.pod, 'securityContext', next));
  });
}

/**
 * What the Pod Security Standards' restricted profile asks of the pod itself: run as a non-root
 * user, with the container runtime's default seccomp profile. (Its container-level demands,
 * no privilege escalation and all capabilities dropped, belong to each container's security context.)
 */
export const RESTRICTED_POD_SECURITY: JsonMap = { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };

/**
 * Makes the pod's security context meet the restricted profile: `runAsNonRoot: true`, a
 * `RuntimeDefault` seccomp profile unless a `Localhost` one is set (the profile allows both), and
 * no `runAsUser: 0`. Every other field stays.
 *
 * @example applyRestrictedPodProfile(design, 'w1').workloads[0].pod?.securityContext // { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }
 */
export function applyRestrictedPodProfile(design: Design, workloadId: string): Design {
  return editWorkload(design, workloadId, (w) => {
    const sc = podSecurityContext(w);
    let next = withKey(sc, 'runAsNonRoot', true);
    if (sc.runAsUser === 0) next = withKey(next, 'runAsUser', undefined);
    if (asMap(sc.seccompProfile).type !== 'Localhost')
      next = withKey(next, 'seccompProfile', RESTRICTED_POD_SECURITY.seccompProfile);
    return withField(w, 'pod', withKey(w.pod, 'securityContext', next));
  });
}

/** The names of the pod's image pull Secrets. */
export function imagePullSecretNames(w: Workload): string[] {
  return asList(w.pod?.imagePullSecrets).map((s) => {
    const name = asMap(s).name;
    return typeof name === 'string' ? name : '';
  });
}

/**
 * Sets the pod's image pull Secrets by name (`[{name}]` in Kubernetes' shape); none removes the field.
 *
 * @example setImagePullSecrets(design, 'w1', ['regcred']).workloads[0].pod // { imagePullSecrets: [{ name: 'regcred' }] }
 */
export function setImagePullSecrets(design: Design, workloadId: string, names: readonly string[]): Design {
  const value = names.length ? names.map((name) => ({ name })) : undefined;
  return setPodField(design, workloadId, 'imagePullSecrets', value);
}

/** The pod's node selector as key/value rows, in their order. */
export function nodeSelectorRows(w: Workload): [string, string][] {
  return Object.entries(asMap(w.pod?.nodeSelector)).map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]);
}

/**
 * Sets the pod's node selector from key/value rows (a later row of the same key wins); none removes it.
 *
 * @example setNodeSelector(design, 'w1', [['disktype', 'ssd']]).workloads[0].pod // { nodeSelector: { disktype: 'ssd' } }
 */
export function setNodeSelector(
  design: Design,
  workloadId: string,
  rows: readonly (readonly [string, string])[],
): Design {
  const map: Record<string, string> = {};
  for (const [k, v] of rows) map[k] = v;
  return setPodField(design, workloadId, 'nodeSelector', rows.length ? map : undefined);
}

const FORM_FIELDS: ReadonlySet<string> = new Set(POD_FORM_FIELDS);

/** Pod fields Podsmith writes from other parts of the design, and where to edit them. */
export const OWNED_POD_FIELDS: Readonly<Record<string, string>> = {
  containers: 'they come from the containers of the pod',
  initContainers: 'edit them under Init containers (native sidecars come from the pod)',
  volumes: 'edit them under Volumes',
  ...Object.fromEntries(POD_FORM_FIELDS.map((k) => [k, 'edit it in the Pod section'])),
};

/** The pod fields the Pod section has no control for (hostNetwork, dnsPolicy, runtimeClassName, ...). */
export function otherPodFields(w: Workload): JsonMap {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(w.pod ?? {})) if (!FORM_FIELDS.has(k)) out[k] = v;
  return out;
}

/**
 * Replaces the pod fields the Pod section has no control for; the fields it has keep their values.
 *
 * @example setOtherPodFields(design, 'w1', { hostNetwork: true }).workloads[0].pod // { ...the form's fields, hostNetwork: true }
 */
export function setOtherPodFields(design: Design, workloadId: string, fields: JsonMap | undefined): Design {
  return editWorkload(design, workloadId, (w) => {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(w.pod ?? {})) if (FORM_FIELDS.has(k)) out[k] = v;
    for (const [k, v] of Object.entries(fields ?? {})) if (!FORM_FIELDS.has(k)) out[k] = v;
    return withField(w, 'pod', Object.keys(out).length ? out : undefined);
  });
}

// ---------------------------------------------------------------- annotations and spec

type Strings = Readonly<Record<string, string>>;

const orNone = <T extends object>(map: T | undefined): T | undefined =>
  map && Object.keys(map).length ? map : undefined;

/** Sets the workload object's own annotations; none removes them. */
export function setWorkloadAnnotations(design: Design, workloadId: string, annotations: Strings | undefined): Design {
  return editWorkload(design, workloadId, (w) => withField(w, 'annotations', orNone(annotations)));
}

/** Sets the pod template's annotations (written beside the config hash); none removes them. */
export function setPodAnnotations(design: Design, workloadId: string, annotations: Strings | undefined): Design {
  return editWorkload(design, workloadId, (w) => withField(w, 'podAnnotations', orNone(annotations)));
}

/** Fields of a Deployment's or StatefulSet's spec Podsmith writes itself, and why. */
export const OWNED_SPEC_FIELDS: Readonly<Record<string, string>> = {
  replicas: 'set Replicas in the Workload section',
  selector: 'it matches the pod labels',
  template: 'it is the pod Podsmith builds',
  serviceName: "it names the workload's Service",
};

/**
 * Sets the other fields of the workload's spec (strategy, minReadySeconds, volumeClaimTemplates,
 * ...); none removes them.
 *
 * @example setWorkloadSpecFields(design, 'w1', { minReadySeconds: 5 }).workloads[0].spec // { minReadySeconds: 5 }
 */
export function setWorkloadSpecFields(design: Design, workloadId: string, spec: JsonMap | undefined): Design {
  return editWorkload(design, workloadId, (w) => withField(w, 'spec', orNone(spec)));
}
