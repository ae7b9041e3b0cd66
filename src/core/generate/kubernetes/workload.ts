/** The objects of one workload: its ConfigMaps, its Service, the workload itself, and template extras. */
import type { BuiltContainer, BuiltWorkload } from '../../analyze';
import type { KubeObject } from '../../catalog/types';
import { contentHash } from '../../format/hash';
import type { Design } from '../../model/design';
import { CLIENTS_ANNOTATION, clientsAnnotation } from './clients';
import { compact, containerObject, type Json, type JsonObject, type MountPlan, ownMounts } from './container';
import { CONFIG_HASH_ANNOTATION, configMapName, configVolumeName, podLabels, serviceName } from './names';

/** A generated object and the containers it comes from (for the preview's "files of this container"). */
export interface OwnedObject {
  readonly object: KubeObject;
  readonly owners: readonly string[];
}

function meta(
  design: Design,
  name: string,
  labels?: Record<string, string>,
  annotations?: Record<string, string>,
): JsonObject {
  return compact({ name, namespace: design.namespace, labels, annotations });
}

/** Puts `namespace` right after `name` in a template-made object unless it sets one. */
function withNamespace(design: Design, o: KubeObject): KubeObject {
  if (o.metadata.namespace !== undefined) return o;
  const { name, ...rest } = o.metadata;
  return { ...o, metadata: { name, namespace: design.namespace, ...rest } };
}

function volumesOf(w: BuiltWorkload): JsonObject[] {
  const volumes = new Map<string, JsonObject>();
  for (const b of w.containers) {
    const c = b.contribution;
    if (c.files?.length)
      volumes.set(configVolumeName(b.container), {
        name: configVolumeName(b.container),
        configMap: { name: configMapName(w.workload, b.container) },
      });
    for (const d of c.sharedDirs ?? []) if (!volumes.has(d.name)) volumes.set(d.name, { name: d.name, emptyDir: {} });
    for (const s of c.secrets ?? [])
      if (!volumes.has(s.volume)) volumes.set(s.volume, { name: s.volume, secret: { secretName: s.secretName } });
  }
  return [...volumes.values()];
}

/** Mounts for a container: its own, plus (for apps) every directory the pod's helpers share with apps. */
function mountsFor(w: BuiltWorkload, b: BuiltContainer): MountPlan[] {
  const mounts = ownMounts(b);
  if (b.template.role !== 'app') return mounts;
  const seen = new Set(mounts.map((m) => m.name));
  for (const other of w.containers) {
    for (const d of other.contribution.sharedDirs ?? []) {
      if (seen.has(d.name)) continue;
      seen.add(d.name);
      mounts.push({ name: d.name, mountPath: d.appMountPath, ...(d.appReadOnly ? { readOnly: true } : {}) });
    }
  }
  return mounts;
}

function podSpec(w: BuiltWorkload): JsonObject {
  const native = w.workload.nativeSidecars;
  const appProbe = w.containers.find((b) => b.contribution.appLivenessProbe)?.contribution.appLivenessProbe;
  const object = (b: BuiltContainer, nativeSidecar: boolean) =>
    containerObject(b, {
      mounts: mountsFor(w, b),
      nativeSidecar,
      ...(b.template.role === 'app' && appProbe ? { livenessProbe: appProbe } : {}),
    });
  const apps = w.containers.filter((b) => b.template.role === 'app');
  const helpers = w.containers.filter((b) => b.template.role !== 'app');
  const init = native ? helpers.map((b) => object(b, true)) : [];
  const main = native ? apps.map((b) => object(b, false)) : [...apps, ...helpers].map((b) => object(b, false));
  const share = w.containers.some((b) => b.contribution.pod?.shareProcessNamespace);
  return compact({
    shareProcessNamespace: share ? true : undefined,
    initContainers: init,
    containers: main,
    volumes: volumesOf(w),
  });
}

function podAnnotations(w: BuiltWorkload, configHash: string | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (configHash) out[CONFIG_HASH_ANNOTATION] = configHash;
  for (const b of w.containers) Object.assign(out, b.contribution.podAnnotations ?? {});
  return Object.keys(out).length ? out : undefined;
}

function serviceObject(design: Design, w: BuiltWorkload, labels: Record<string, string>): KubeObject | undefined {
  const ports: JsonObject[] = [];
  for (const b of w.containers)
    for (const p of b.contribution.ports)
      if (p.expose && p.scope === 'pod')
        ports.push(
          compact({
            name: p.name,
            port: p.containerPort,
            targetPort: p.name,
            protocol: p.protocol === 'UDP' ? 'UDP' : undefined,
          }),
        );
  const headless = w.workload.kind === 'StatefulSet';
  if (!ports.length && !headless) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(design, serviceName(w.workload), labels) as KubeObject['metadata'],
    spec: compact({ clusterIP: headless ? 'None' : undefined, selector: labels, ports }),
  };
}

/** Every object of one workload, in apply order (config first, then Service, then the workload). */
export function workloadObjects(design: Design, w: BuiltWorkload): OwnedObject[] {
  const wl = w.workload;
  const labels = podLabels(design, wl);
  const out: OwnedObject[] = [];
  const configData: string[] = [];
  for (const b of w.containers) {
    const files = b.contribution.files ?? [];
    if (!files.length) continue;
    const data: Record<string, Json> = {};
    for (const f of files) {
      data[f.name] = f.content;
      configData.push(`${b.container.name}/${f.name}\n${f.content}`);
    }
    out.push({
      object: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: meta(design, configMapName(wl, b.container), labels) as KubeObject['metadata'],
        data,
      },
      owners: [b.container.id],
    });
  }
  const all = w.containers.map((b) => b.container.id);
  const clients = clientsAnnotation(design, wl);
  const own = clients === undefined ? undefined : { [CLIENTS_ANNOTATION]: clients };
  const service = serviceObject(design, w, labels);
  if (service) out.push({ object: service, owners: all });
  const template = {
    metadata: compact({
      labels,
      annotations: podAnnotations(w, configData.length ? contentHash(configData.join('\n')) : undefined),
    }),
    spec: podSpec(w),
  };
  if (wl.kind === 'Pod') {
    out.push({
      object: {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta(design, wl.name, labels, {
          ...(template.metadata.annotations as Record<string, string> | undefined),
          ...own,
        }) as KubeObject['metadata'],
        spec: template.spec,
      },
      owners: all,
    });
  } else {
    out.push({
      object: {
        apiVersion: 'apps/v1',
        kind: wl.kind,
        metadata: meta(design, wl.name, labels, own) as KubeObject['metadata'],
        spec: compact({
          ...(wl.kind === 'StatefulSet' ? { serviceName: serviceName(wl) } : {}),
          replicas: wl.replicas,
          selector: { matchLabels: labels },
          template,
        }),
      },
      owners: all,
    });
  }
  for (const b of w.containers)
    for (const o of b.contribution.objects ?? [])
      out.push({ object: withNamespace(design, o), owners: [b.container.id] });
  return out;
}
