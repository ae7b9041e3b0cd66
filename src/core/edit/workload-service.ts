/**
 * Pure edits of how a workload's Service is published (`workload.service`): its type, its ports in
 * place of the generated ones, its other spec fields and annotations. The first edit of the ports
 * starts from the ports Podsmith generates, read from the generated Service itself, so the table a
 * user edits is the one the preview showed.
 */
import { builtWorkload } from '../analyze';
import { serviceName } from '../generate/kubernetes/names';
import { workloadObjects } from '../generate/kubernetes/workload';
import type { Design, JsonMap, JsonValue, Workload } from '../model/design';
import type { ServiceFields, ServiceType } from '../model/kube';
import { uniqueName } from './ops';
import { asList, asMap, editWorkload, type Patch, sameJson, withField, withItem, withKey } from './workload-shared';

/** The Service type a workload gets when it sets none: headless for a StatefulSet, else ClusterIP. */
export function defaultServiceType(w: Workload): ServiceType {
  return w.kind === 'StatefulSet' ? 'Headless' : 'ClusterIP';
}

/** The Service type the workload's Service has. */
export function serviceType(w: Workload): ServiceType {
  return w.service?.type ?? defaultServiceType(w);
}

/** True for the types whose ports may name a `nodePort`. */
export function hasNodePorts(type: ServiceType): boolean {
  return type === 'NodePort' || type === 'LoadBalancer';
}

function setService(w: Workload, fn: (s: ServiceFields) => ServiceFields): Workload {
  const next = fn(w.service ?? {});
  const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
  return withField(w, 'service', Object.keys(kept).length ? (kept as ServiceFields) : undefined);
}

const withoutNodePorts = (ports: readonly JsonMap[] | undefined): readonly JsonMap[] | undefined =>
  ports?.map((p) => withKey(p, 'nodePort', undefined) ?? {});

/**
 * Sets the Service type. The workload's default type is stored as no type; leaving NodePort or
 * LoadBalancer takes the `nodePort` off the ports (other types refuse it).
 *
 * @example setServiceType(design, 'w1', 'NodePort').workloads[0].service // { type: 'NodePort' }
 */
export function setServiceType(design: Design, workloadId: string, type: ServiceType): Design {
  return editWorkload(design, workloadId, (w) =>
    setService(w, (s) => ({
      ...s,
      type: type === defaultServiceType(w) ? undefined : type,
      ports: hasNodePorts(type) ? s.ports : withoutNodePorts(s.ports),
    })),
  );
}

/**
 * The ports Podsmith generates for the workload's Service (one per exposed container port, under
 * its own number), as the generated Service writes them.
 */
export function generatedServicePorts(design: Design, w: Workload): readonly JsonMap[] {
  const plain: Workload = w.service?.ports ? { ...w, service: { ...w.service, ports: undefined } } : w;
  const name = serviceName(w);
  for (const { object } of workloadObjects(design, builtWorkload(design, plain)))
    if (object.kind === 'Service' && object.metadata.name === name)
      return asList(asMap(object.spec as JsonValue).ports).map(asMap);
  return [];
}

/** The Service's ports: the workload's own where set, else the generated ones. */
export function servicePorts(design: Design, w: Workload): readonly JsonMap[] {
  return w.service?.ports ?? generatedServicePorts(design, w);
}

/** A container port a Service port can target: its name (where it has one) and number. */
export interface TargetOption {
  readonly name: string;
  readonly port: number;
  readonly container: string;
}

/** The ports the workload's containers listen on for the pod (not localhost only), in container order. */
export function serviceTargetOptions(design: Design, w: Workload): TargetOption[] {
  const out: TargetOption[] = [];
  for (const b of builtWorkload(design, w).containers)
    for (const p of b.contribution.ports)
      if (p.scope === 'pod') out.push({ name: p.name, port: p.containerPort, container: b.container.name });
  return out;
}

function editPorts(
  design: Design,
  workloadId: string,
  fn: (ports: readonly JsonMap[], w: Workload) => readonly JsonMap[],
): Design {
  const w = design.workloads.find((x) => x.id === workloadId);
  if (!w) return design;
  const current = servicePorts(design, w);
  const next = fn(current, w);
  if (w.service?.ports === undefined && sameJson(next, current)) return design;
  return editWorkload(design, workloadId, (x) => setService(x, (s) => ({ ...s, ports: next })));
}

/** The columns of the ports table. */
export type ServicePortField = 'name' | 'port' | 'targetPort' | 'protocol' | 'nodePort';

/**
 * Sets one cell of the Service's ports (the generated ports become the workload's own on the first
 * edit). `targetPort` of only digits is a number, else a container port's name; `protocol` TCP and
 * an empty `name` or `nodePort` go away (TCP is the default).
 *
 * @example setServicePort(design, 'w1', 0, 'port', 80).workloads[0].service?.ports // [{ name: 'http', port: 80, targetPort: 'http' }]
 */
export function setServicePort(
  design: Design,
  workloadId: string,
  index: number,
  field: ServicePortField,
  value: string | number,
): Design {
  let v: Patch = value;
  if (field === 'targetPort' && typeof value === 'string' && /^\d+$/.test(value.trim())) v = Number(value.trim());
  if ((field === 'protocol' && value === 'TCP') || ((field === 'name' || field === 'nodePort') && value === ''))
    v = undefined;
  return editPorts(design, workloadId, (ports) => {
    const port = ports[index];
    return port ? withItem(ports, index, withKey(port, field, v) ?? {}) : ports;
  });
}

/**
 * Adds a Service port: `80` to the first container port of the pod (by name where it has one).
 *
 * @example addServicePort(design, 'w1') // ports: [...the generated ones, { name: 'port', port: 80, targetPort: 'http' }]
 */
export function addServicePort(design: Design, workloadId: string): Design {
  return editPorts(design, workloadId, (ports, w) => {
    const first = serviceTargetOptions(design, w)[0];
    const name = uniqueName(
      ports.map((p) => (typeof p.name === 'string' ? p.name : '')),
      'port',
    );
    return [...ports, { name, port: 80, targetPort: first ? first.name || first.port : 80 }];
  });
}

export function removeServicePort(design: Design, workloadId: string, index: number): Design {
  return editPorts(design, workloadId, (ports) => withItem(ports, index, undefined));
}

/**
 * Drops the workload's own Service ports: Podsmith generates them again.
 *
 * @example resetServicePorts(design, 'w1').workloads[0].service // undefined when nothing else was set
 */
export function resetServicePorts(design: Design, workloadId: string): Design {
  return editWorkload(design, workloadId, (w) => setService(w, (s) => ({ ...s, ports: undefined })));
}

/** Service spec fields Podsmith writes itself, and where to edit them. */
export const OWNED_SERVICE_FIELDS: Readonly<Record<string, string>> = {
  type: 'choose the type in the Service section',
  clusterIP: 'choose Headless in the Service section for None',
  selector: 'it matches the pod labels',
  ports: 'edit them in the Service section',
};

/** Sets the Service's other spec fields (sessionAffinity, externalTrafficPolicy, ...); none removes them. */
export function setServiceSpecFields(design: Design, workloadId: string, spec: JsonMap | undefined): Design {
  return editWorkload(design, workloadId, (w) =>
    setService(w, (s) => ({ ...s, spec: spec && Object.keys(spec).length ? spec : undefined })),
  );
}

/** Sets the Service's annotations; none removes them. */
export function setServiceAnnotations(
  design: Design,
  workloadId: string,
  annotations: Readonly<Record<string, string>> | undefined,
): Design {
  return editWorkload(design, workloadId, (w) =>
    setService(w, (s) => ({
      ...s,
      annotations: annotations && Object.keys(annotations).length ? annotations : undefined,
    })),
  );
}
