/**
 * The Kubernetes API server's own rules that the OpenAPI schema does not express: name formats,
 * port ranges and names, unique container names, mounts that name a volume, references to
 * ConfigMaps and Services that exist, selectors that match their pod template.
 * Returns readable problems; an empty list means the objects would be accepted.
 */

import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import {
  isDns1035Label,
  isDnsLabel,
  isDnsSubdomain,
  isLabelKey,
  isLabelValue,
  isPortName,
} from '../../src/core/validate/names';

type Obj = Record<string, any>;

const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Pod': Pod,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  // Kinds a design keeps for export (design.extras).
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  // Kinds a team keeps beside its workloads (test/import/real-pods).
  'v1/ServiceAccount': ServiceAccount,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'rbac.authorization.k8s.io/v1/Role': Role,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
};

/** Validates one object against the Kubernetes OpenAPI schema; returns the error text or undefined. */
export function schemaProblem(o: Obj): string | undefined {
  const Model = MODELS[`${o.apiVersion}/${o.kind}`];
  if (!Model) return `${o.apiVersion}/${o.kind}: no schema model in this test (add it to MODELS)`;
  try {
    new Model(o).validate();
    return undefined;
  } catch (e) {
    return `${o.kind}/${o.metadata?.name}: ${(e as Error).message}`;
  }
}

function podSpecOf(o: Obj): Obj | undefined {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'Deployment' || o.kind === 'StatefulSet') return o.spec?.template?.spec;
  return undefined;
}

function podLabelsOf(o: Obj): Obj | undefined {
  if (o.kind === 'Pod') return o.metadata?.labels;
  return o.spec?.template?.metadata?.labels;
}

function labelProblems(where: string, labels: Obj | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (!isLabelKey(k)) out.push(`${where}: label key ${JSON.stringify(k)} is invalid`);
    if (typeof v !== 'string' || !isLabelValue(v)) out.push(`${where}: label value ${JSON.stringify(v)} is invalid`);
  }
  return out;
}

function portNumberOk(p: unknown): boolean {
  return typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 65535;
}

/** Problems across a whole set of objects, as the API server (and a running cluster) would find them. */
export function apiServerProblems(objects: readonly Obj[]): string[] {
  const out: string[] = [];
  const names = new Set<string>();
  const configMaps = new Set(objects.filter((o) => o.kind === 'ConfigMap').map((o) => o.metadata.name));
  const services = objects.filter((o) => o.kind === 'Service');
  for (const o of objects) {
    const id = `${o.kind}/${o.metadata?.name}`;
    if (names.has(id)) out.push(`${id}: defined twice`);
    names.add(id);
    const name: string = o.metadata?.name ?? '';
    const nameOk =
      o.kind === 'Service'
        ? isDns1035Label(name)
        : o.kind === 'Pod' || o.kind === 'ConfigMap' || o.kind === 'Secret'
          ? isDnsSubdomain(name)
          : isDnsLabel(name);
    if (!nameOk) out.push(`${id}: name is not valid for a ${o.kind}`);
    if (o.metadata?.namespace !== undefined && !isDnsLabel(o.metadata.namespace))
      out.push(`${id}: namespace is invalid`);
    out.push(...labelProblems(`${id} metadata`, o.metadata?.labels));
    if (o.kind === 'ConfigMap')
      for (const k of Object.keys(o.data ?? {}))
        if (!/^[-._a-zA-Z0-9]+$/.test(k)) out.push(`${id}: data key ${k} is invalid`);
    if (o.kind === 'Service') {
      for (const p of o.spec?.ports ?? []) {
        if (!portNumberOk(p.port)) out.push(`${id}: port ${p.port} is out of range`);
        if (p.name !== undefined && !isPortName(p.name))
          out.push(`${id}: port name ${p.name} is not an IANA service name`);
        if (typeof p.targetPort === 'number' && !portNumberOk(p.targetPort))
          out.push(`${id}: targetPort ${p.targetPort} is out of range`);
      }
      if ((o.spec?.ports ?? []).length > 1 && (o.spec.ports as Obj[]).some((p) => !p.name))
        out.push(`${id}: ports of a multi-port Service need names`);
      const selector = o.spec?.selector ?? {};
      const matches = objects.some((w) => {
        const labels = podLabelsOf(w);
        return labels && Object.entries(selector).every(([k, v]) => labels[k] === v);
      });
      if (!matches) out.push(`${id}: selector matches no pod template in the bundle`);
      for (const p of o.spec?.ports ?? []) {
        if (typeof p.targetPort !== 'string') continue;
        const named = objects.some((w) =>
          [...(podSpecOf(w)?.containers ?? []), ...(podSpecOf(w)?.initContainers ?? [])].some((c: Obj) =>
            (c.ports ?? []).some((cp: Obj) => cp.name === p.targetPort),
          ),
        );
        if (!named) out.push(`${id}: targetPort ${p.targetPort} names no container port`);
      }
    }
    const spec = podSpecOf(o);
    if (!spec) continue;
    if (o.kind !== 'Pod') {
      const match = o.spec?.selector?.matchLabels ?? {};
      const labels = podLabelsOf(o) ?? {};
      for (const [k, v] of Object.entries(match))
        if (labels[k] !== v) out.push(`${id}: selector ${k}=${v} does not match the template's labels`);
      out.push(...labelProblems(`${id} template`, labels));
    }
    if (o.kind === 'StatefulSet' && !services.some((s) => s.metadata.name === o.spec.serviceName))
      out.push(`${id}: serviceName ${o.spec.serviceName} is not a Service in the bundle`);
    const volumes = new Set<string>();
    for (const v of spec.volumes ?? []) {
      if (!isDnsLabel(v.name)) out.push(`${id}: volume name ${v.name} is not a DNS-1123 label`);
      if (volumes.has(v.name)) out.push(`${id}: volume ${v.name} defined twice`);
      volumes.add(v.name);
      if (v.configMap && !configMaps.has(v.configMap.name))
        out.push(`${id}: volume ${v.name} refers to ConfigMap ${v.configMap.name}, not in the bundle`);
    }
    // A StatefulSet's claim templates are volumes its containers mount by name.
    for (const t of o.kind === 'StatefulSet' ? (o.spec?.volumeClaimTemplates ?? []) : []) {
      const claim = t.metadata?.name;
      if (!isDnsLabel(claim ?? '')) out.push(`${id}: claim template name ${claim} is not a DNS-1123 label`);
      if (volumes.has(claim)) out.push(`${id}: claim template ${claim} has the name of a volume of the pod`);
      volumes.add(claim);
    }
    const containers: Obj[] = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
    const cnames = new Set<string>();
    const podPorts = new Map<number, string>();
    for (const c of containers) {
      const cid = `${id} container ${c.name}`;
      if (!isDnsLabel(c.name)) out.push(`${cid}: name is not a DNS-1123 label`);
      if (cnames.has(c.name)) out.push(`${cid}: container name used twice in the pod`);
      cnames.add(c.name);
      for (const a of [...(c.command ?? []), ...(c.args ?? [])])
        if (typeof a !== 'string') out.push(`${cid}: command/args item ${JSON.stringify(a)} is not a string`);
      const portNames = new Set<string>();
      for (const p of c.ports ?? []) {
        if (!portNumberOk(p.containerPort)) out.push(`${cid}: containerPort ${p.containerPort} is out of range`);
        if (p.name !== undefined) {
          if (!isPortName(p.name)) out.push(`${cid}: port name ${p.name} is not an IANA service name`);
          if (portNames.has(p.name)) out.push(`${cid}: port name ${p.name} used twice`);
          portNames.add(p.name);
        }
        const other = podPorts.get(p.containerPort);
        if (other && other !== c.name) out.push(`${cid}: port ${p.containerPort} is also declared by ${other}`);
        podPorts.set(p.containerPort, c.name);
      }
      const mountPaths = new Set<string>();
      for (const m of c.volumeMounts ?? []) {
        if (!volumes.has(m.name)) out.push(`${cid}: volumeMount ${m.name} names no volume of the pod`);
        if (mountPaths.has(m.mountPath)) out.push(`${cid}: mountPath ${m.mountPath} used twice`);
        mountPaths.add(m.mountPath);
        if (m.subPath !== undefined && (m.subPath.startsWith('/') || m.subPath.split('/').includes('..')))
          out.push(`${cid}: subPath ${m.subPath} must be relative`);
      }
      for (const e of c.env ?? [])
        if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(e.name)) out.push(`${cid}: env name ${e.name} is invalid`);
      for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        const port = c[probe]?.httpGet?.port ?? c[probe]?.tcpSocket?.port;
        if (typeof port === 'number' && !portNumberOk(port)) out.push(`${cid}: ${probe} port ${port} is out of range`);
      }
    }
    for (const c of spec.initContainers ?? []) {
      if (c.startupProbe && c.restartPolicy !== 'Always')
        out.push(`${id} init container ${c.name}: startupProbe needs restartPolicy Always`);
    }
    for (const c of spec.containers ?? [])
      if (c.restartPolicy !== undefined)
        out.push(`${id} container ${c.name}: restartPolicy is only for init containers`);
  }
  return out;
}
