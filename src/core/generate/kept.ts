/**
 * Kept objects (`design.extras`) as the bundle writes them: as they were, with the design's
 * namespace put right after `metadata.name` (as every generated object has it) unless the object
 * names its own or its kind lives outside namespaces, and the top-level keys in the usual order
 * (apiVersion, kind, metadata, then the rest as they came).
 */
import type { Design, JsonMap, JsonValue, KeptBody, KeptObject } from '../model/design';

/** Built-in kinds that live outside namespaces: they get no `metadata.namespace`. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

/** Kinds that other objects need to exist first: written before the generated objects. */
const FIRST_KINDS: ReadonlySet<string> = new Set(['Namespace', 'CustomResourceDefinition']);

/** True when the bundle writes this kept object before the design's own objects. */
export function keptGoesFirst(kept: KeptObject): boolean {
  return FIRST_KINDS.has(kept.object.kind);
}

/**
 * The object the bundle writes for a kept object.
 *
 * @example keptManifest(design, { id: 'k1', object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' } } })
 * // { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' } }
 */
export function keptManifest(design: Design, kept: KeptObject): KeptBody {
  const { apiVersion, kind, metadata, ...rest } = kept.object;
  const { name, namespace, ...meta } = metadata;
  const ns: JsonValue | undefined = namespace ?? keptNamespace(design, kept);
  const outMeta: JsonMap & { readonly name: string } = {
    name,
    ...(ns === undefined ? {} : { namespace: ns }),
    ...meta,
  };
  return { apiVersion, kind, metadata: outMeta, ...rest };
}

/** Where a kept object's namespace comes from, for validation: its own, the design's, or none. */
export function keptNamespace(design: Design, kept: KeptObject): string | undefined {
  const own = kept.object.metadata.namespace;
  if (typeof own === 'string') return own;
  return CLUSTER_SCOPED_KINDS.has(kept.object.kind) ? undefined : design.namespace;
}
