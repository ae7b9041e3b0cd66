/**
 * The notices of a whole import: each workload against its generated counterpart, each Service
 * against the Service of the workload it selects, ConfigMaps whose files no template reads, Secrets,
 * objects of other kinds (kept for export, see `kept.ts`), and objects of another namespace.
 */

import { serviceName } from '../../generate/kubernetes/names';
import type { Design } from '../../model/design';
import { diff } from '../../read/diff';
import { at, type InputObject, isObj, list, type Obj, obj, strMap } from '../../read/objects';
import type { ImportedPod } from './assemble';
import { metadataNotices, podNotices, topLevelNotices } from './compare-pod';
import { prune, SERVICE_SPEC_DEFAULTS } from './defaults';
import { type KeptSource, keptNotice } from './kept';
import { differenceNotices, verbatimOf } from './notices';
import type { Notice } from './types';

export interface CompareInput {
  readonly pods: readonly ImportedPod[];
  readonly objects: readonly InputObject[];
  /** Objects a template generates itself (the twemproxy shards); nothing to say about them. */
  readonly claimed: ReadonlySet<InputObject>;
  /** ConfigMap keys the templates read, as `NAME/KEY`. */
  readonly readKeys: ReadonlySet<string>;
  readonly generated: readonly Obj[];
  readonly namespace: string;
  /** What became of each object of a kind the design does not model (`keepObjects`). */
  readonly kept: readonly KeptSource[];
  /** The Service that publishes each workload (`primaryServices`). */
  readonly services: ReadonlyMap<ImportedPod, InputObject>;
  readonly design: Design;
}

/** Number of the container port a Service port sends to: `targetPort` by number or by name, else `port`. */
function targetNumber(p: Obj, pod: ImportedPod | undefined): number | undefined {
  const target = p.targetPort ?? p.port;
  if (typeof target === 'number') return target;
  for (const c of pod?.source.containers ?? [])
    for (const cp of list(c.value.ports))
      if (at(cp, 'name') === target && typeof at(cp, 'containerPort') === 'number')
        return at(cp, 'containerPort') as number;
  return undefined;
}

/** Input ports the generated Service does not publish under the same number, with what it publishes instead. */
function portNotices(s: InputObject, spec: Obj, pod: ImportedPod, generated: Obj, name: string): Notice[] {
  const published = list(at(generated, 'spec', 'ports')).filter(isObj);
  const numbers = published.map((p) => p.port);
  return list(spec.ports)
    .filter(isObj)
    .flatMap((p): Notice[] => {
      if (numbers.includes(p.port)) {
        const protocol = (x: unknown) => (x === undefined ? 'TCP' : x);
        const same =
          published.find((g) => g.port === p.port && protocol(g.protocol) === protocol(p.protocol)) ??
          published.find((g) => g.port === p.port);
        return same && protocol(same.protocol) !== protocol(p.protocol)
          ? [
              {
                severity: 'warning',
                message: `${s.ref}: port ${String(p.port)} becomes ${String(protocol(same.protocol))}.`,
                path: `${s.ref} spec.ports`,
                verbatim: verbatimOf(undefined, p),
              },
            ]
          : [];
      }
      const target = targetNumber(p, pod);
      const instead = target !== undefined && numbers.includes(target) ? target : undefined;
      return [
        {
          severity: 'warning',
          message:
            instead === undefined
              ? `${s.ref}: port ${String(p.port)} is not kept; no container of ${name} publishes it in the design.`
              : `${s.ref}: port ${String(p.port)} becomes port ${instead} (Podsmith publishes each container port under its own number).`,
          path: `${s.ref} spec.ports`,
          verbatim: verbatimOf(undefined, p),
        },
      ];
    });
}

function comparableService(spec: Obj): Obj {
  const { selector: _, ports: __, clusterIP, clusterIPs: ___, ipFamilies: ____, ...rest } = spec;
  return { ...(prune(rest, SERVICE_SPEC_DEFAULTS) as Obj), ...(clusterIP === 'None' ? { clusterIP } : {}) };
}

function serviceNotices(
  input: CompareInput,
  generatedByName: (kind: string, name: string) => Obj | undefined,
): Notice[] {
  const out: Notice[] = [];
  const keptAsIs = new Set(input.kept.flatMap((k) => (k.outcome === 'kept' ? [k.source] : [])));
  const nameOf = (pod: ImportedPod) => {
    const w = input.design.workloads.find((x) => x.name === pod.source.object.name);
    return w ? serviceName(w) : pod.source.object.name;
  };
  const published = new Map<InputObject, ImportedPod>();
  for (const [pod, s] of input.services) published.set(s, pod);
  for (const s of input.objects) {
    if (s.kind !== 'Service' || input.claimed.has(s) || keptAsIs.has(s)) continue;
    const spec = obj(at(s.value, 'spec')) ?? {};
    const pod = published.get(s);
    const name = pod ? nameOf(pod) : undefined;
    const generated = name === undefined ? undefined : generatedByName('Service', name);
    if (!pod || name === undefined || !generated) {
      out.push({
        severity: 'warning',
        message: !pod
          ? `${s.ref}: selects no imported workload; it is not kept.`
          : `${s.ref}: ${pod.source.object.name} publishes no port in the design, so it has no Service; it is not kept.`,
        path: s.ref,
        verbatim: verbatimOf(undefined, s.value),
      });
      continue;
    }
    if (s.name !== name)
      out.push({
        severity: 'warning',
        message: `${s.ref}: becomes Service/${name}; clients that use ${s.name} must use ${name}.`,
        path: `${s.ref} metadata.name`,
      });
    out.push(...metadataNotices(s.value.metadata, generated.metadata, s.ref, s.ref, 'metadata'));
    out.push(...topLevelNotices(s.value, s.ref));
    out.push(...portNotices(s, spec, pod, generated, name));
    const gSpec = obj(generated.spec) ?? {};
    out.push(...differenceNotices(diff(comparableService(spec), comparableService(gSpec)), s.ref, s.ref, 'spec'));
  }
  const matched = new Set(input.services.keys());
  for (const pod of input.pods) {
    const name = nameOf(pod);
    const generated = generatedByName('Service', name);
    if (!generated || matched.has(pod)) continue;
    const ports = list(at(generated, 'spec', 'ports')).map((p) => `${String(at(p, 'name'))} ${String(at(p, 'port'))}`);
    out.push({
      severity: 'info',
      message: `Service/${name} is added: ${ports.length ? `Podsmith publishes the ports of ${pod.source.object.name} (${ports.join(', ')})` : `the StatefulSet ${pod.source.object.name} needs a headless Service`} through a Service named after it.`,
      path: `Service/${name}`,
    });
  }
  return out;
}

function configMapNotices(input: CompareInput, mountedBy: ReadonlySet<string>): Notice[] {
  const out: Notice[] = [];
  const keptAsIs = new Set(input.kept.flatMap((k) => (k.outcome === 'kept' ? [k.source] : [])));
  for (const cm of input.objects) {
    if (cm.kind !== 'ConfigMap' || keptAsIs.has(cm)) continue;
    const data = strMap(at(cm.value, 'data'));
    const unread = Object.keys(data).filter((k) => !input.readKeys.has(`${cm.name}/${k}`));
    const binary = at(cm.value, 'binaryData');
    if (!unread.length && binary === undefined) continue;
    const whole = unread.length === Object.keys(data).length;
    out.push({
      severity: 'warning',
      message: whole
        ? `${cm.ref}: no template reads it${mountedBy.has(cm.name) ? ' (its volume is not kept)' : ''}; it is not kept.`
        : `${cm.ref}: ${unread.join(', ')} ${unread.length > 1 ? 'are' : 'is'} read by no template; not kept.`,
      path: cm.ref,
      verbatim: verbatimOf(undefined, whole ? cm.value : { data: Object.fromEntries(unread.map((k) => [k, data[k]])) }),
    });
  }
  return out;
}

function otherNotices(input: CompareInput, handled: ReadonlySet<InputObject>): Notice[] {
  const kept = new Map(input.kept.map((k) => [k.source, k]));
  return input.objects.flatMap((o): Notice[] => {
    const k = kept.get(o);
    if (k && !handled.has(o)) return [keptNotice(k, input.namespace)];
    if (handled.has(o) || o.kind === 'Service' || o.kind === 'ConfigMap') return [];
    if (o.kind !== 'Secret')
      return [
        {
          severity: 'warning',
          message: `${o.ref}: not part of the design; it is not kept.`,
          path: o.ref,
          verbatim: verbatimOf(undefined, o.value),
        },
      ];
    const keys = [...Object.keys(obj(at(o.value, 'data')) ?? {}), ...Object.keys(obj(at(o.value, 'stringData')) ?? {})];
    return [
      {
        severity: 'info',
        message: `${o.ref}: a design refers to Secrets by name and does not hold them; create it separately (keys: ${keys.join(', ') || 'none'}).`,
        path: o.ref,
      },
    ];
  });
}

/** Every notice of an import, in the order of the input. */
export function compareImport(input: CompareInput): Notice[] {
  const byKey = new Map<string, Obj>();
  for (const g of input.generated) byKey.set(`${String(g.kind)}/${String(at(g, 'metadata', 'name'))}`, g);
  const generatedByName = (kind: string, name: string) => byKey.get(`${kind}/${name}`);
  const configMaps = new Map<string, Obj>();
  for (const g of input.generated) if (g.kind === 'ConfigMap') configMaps.set(String(at(g, 'metadata', 'name')), g);
  const out: Notice[] = [];
  const keptAsIs = new Set(input.kept.flatMap((k) => (k.outcome === 'kept' ? [k.source] : [])));
  for (const o of input.objects)
    if (o.namespace && o.namespace !== input.namespace && !keptAsIs.has(o))
      out.push({
        severity: 'info',
        message: `${o.ref}: namespace ${o.namespace} becomes ${input.namespace}, the design's one namespace.`,
        path: `${o.ref} metadata.namespace`,
      });
  const handled = new Set<InputObject>(input.claimed);
  const mountedBy = new Set<string>();
  for (const pod of input.pods) {
    handled.add(pod.source.object);
    for (const v of pod.source.volumes.values()) {
      const cm = at(v, 'configMap', 'name');
      if (typeof cm === 'string') mountedBy.add(cm);
    }
    const generated = generatedByName(pod.source.kind, pod.source.object.name);
    if (generated) out.push(...podNotices(pod, generated, configMaps));
  }
  out.push(
    ...serviceNotices(input, generatedByName),
    ...configMapNotices(input, mountedBy),
    ...otherNotices(input, handled),
  );
  return out;
}
