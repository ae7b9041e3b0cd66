/**
 * Objects of kinds a design does not model (an Ingress, a PersistentVolumeClaim, a NetworkPolicy...)
 * are kept for export in `design.extras`: as they were, less the fields a cluster fills in (what
 * `kubectl get -o yaml` prints) and less a namespace equal to the design's (the bundle writes the
 * design's namespace back). Objects a controller makes (they carry `ownerReferences`) are left out,
 * and so is what cannot be kept (a name that is not a DNS name, say); each with a notice.
 */
import type { KeptBody } from '../../model/design';
import { at, type InputObject, isObj, list, type Obj, str } from '../../read/objects';
import { keptBody } from '../kept';
import { SERVER_ANNOTATIONS, SERVER_METADATA } from './defaults';
import { verbatimOf } from './notices';
import type { Notice } from './types';

/** Kinds the import reads into workloads, Services and files; Secrets are referred to by name, never held. */
const MODELLED_KINDS: ReadonlySet<string> = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'Service',
  'ConfigMap',
  'Secret',
]);

/** What became of one object of another kind. */
export type KeptSource =
  | {
      readonly source: InputObject;
      readonly outcome: 'kept';
      readonly body: KeptBody;
      /** Fields left out because a cluster writes them, as `status`, `metadata.uid`. */
      readonly left: readonly string[];
    }
  | { readonly source: InputObject; readonly outcome: 'owned'; readonly owner: string }
  | { readonly source: InputObject; readonly outcome: 'refused'; readonly problems: readonly string[] };

/** The object without what a cluster writes and without the design's namespace; the left-out fields. */
function stripped(value: Obj, namespace: string): { value: Obj; left: string[] } {
  const left: string[] = [];
  const { status, metadata, ...rest } = value;
  if (status !== undefined) left.push('status');
  if (!isObj(metadata)) return { value: rest, left };
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(metadata)) {
    if ((SERVER_METADATA as readonly string[]).includes(k)) {
      if (v !== undefined && v !== null) left.push(`metadata.${k}`);
      continue;
    }
    if (k === 'namespace' && v === namespace) continue;
    if (k === 'annotations' && isObj(v)) {
      const kept = Object.entries(v).filter(([a]) => !SERVER_ANNOTATIONS.includes(a));
      for (const [a] of Object.entries(v)) if (SERVER_ANNOTATIONS.includes(a)) left.push(`the annotation ${a}`);
      if (kept.length) meta[k] = Object.fromEntries(kept);
      continue;
    }
    meta[k] = v;
  }
  const { apiVersion, kind, ...others } = rest;
  return { value: { apiVersion, kind, metadata: meta, ...others }, left };
}

/** The controller that made an object (`Kind/name` of its first owner), if any. */
function ownerOf(o: InputObject): string | undefined {
  const [first] = list(at(o.value, 'metadata', 'ownerReferences'));
  if (first === undefined) return undefined;
  return `${str(at(first, 'kind')) ?? 'object'}/${str(at(first, 'name')) ?? '?'}`;
}

/**
 * What the import does with each object it does not otherwise handle, in input order: keep it,
 * leave it to its owner, or refuse it with the reason.
 *
 * @example keepObjects(objects, claimed, 'shop').filter((k) => k.outcome === 'kept')
 */
export function keepObjects(
  objects: readonly InputObject[],
  claimed: ReadonlySet<InputObject>,
  namespace: string,
  /** Services and ConfigMaps the design does not make itself (a second Service, a sidecar's own config): kept too. */
  alsoKept: ReadonlySet<InputObject> = new Set(),
): KeptSource[] {
  return objects.flatMap((o): KeptSource[] => {
    if ((MODELLED_KINDS.has(o.kind) && !alsoKept.has(o)) || claimed.has(o)) return [];
    const owner = ownerOf(o);
    if (owner) return [{ source: o, outcome: 'owned', owner }];
    const { value, left } = stripped(o.value, namespace);
    const problems: string[] = [];
    const body = keptBody(value, [], problems);
    return body ? [{ source: o, outcome: 'kept', body, left }] : [{ source: o, outcome: 'refused', problems }];
  });
}

/** The notice for one object of another kind: kept for export, left to its owner, or not kept and why. */
export function keptNotice(k: KeptSource, namespace: string): Notice {
  const { source: o } = k;
  if (k.outcome === 'owned')
    return {
      severity: 'info',
      message: `${o.ref}: made by ${k.owner} (ownerReferences), which makes it again in a cluster; left out.`,
      path: `${o.ref} metadata.ownerReferences`,
    };
  if (k.outcome === 'refused')
    return {
      severity: 'warning',
      message: `${o.ref}: Podsmith designs no ${o.kind} itself and cannot keep this one for export (${k.problems.slice(0, 3).join('; ')}); it is not kept, apply it separately.`,
      path: o.ref,
      verbatim: verbatimOf(undefined, o.value),
    };
  const own = o.namespace && o.namespace !== namespace ? o.namespace : undefined;
  const left = k.left.length
    ? ` Left out, as a cluster or kubectl writes ${k.left.length > 1 ? 'them' : 'it'}: ${k.left.join(', ')}.`
    : '';
  return {
    severity: 'info',
    message: `${o.ref}: kept as it was and written back on export (${MODELLED_KINDS.has(o.kind) ? `no template writes this ${o.kind}` : `Podsmith designs no ${o.kind} itself`}).${own ? ` It stays in namespace ${own} (the design's is ${namespace}).` : ''}${left}`,
    path: o.ref,
  };
}
