/**
 * Build a full `Design` from a short sketch: ids and layout are assigned deterministically, template
 * defaults fill the rest. Used by the example designs and by tests.
 *
 * @example
 * sketchDesign({ name: 'cache', workloads: [{ name: 'web', containers: [{ template: 'app-redis' }] }] })
 */
import { getTemplate } from '../catalog';
import type { Container, Design, Resources, Workload } from '../model/design';
import { SCHEMA_VERSION } from '../model/design';
import { layoutContainers, WORKLOAD_GAP } from '../model/layout';
import type { ContainerSketch, DesignSketch, ExternalSketch, LinkSketch, WorkloadSketch } from '../model/sketch';

/** Requests every sketched container gets unless it says otherwise (rule PS012 wants requests). */
export const DEFAULT_RESOURCES: Resources = { requests: { cpu: '50m', memory: '64Mi' } };

export function sketchDesign(sketch: DesignSketch): Design {
  let x = 0;
  const workloads: Workload[] = sketch.workloads.map((w, wi) => {
    const containers: Container[] = w.containers.map((c, ci) => {
      const template = getTemplate(c.template);
      if (!template) throw new Error(`sketchDesign: unknown template ${c.template}`);
      return {
        id: `w${wi + 1}c${ci + 1}`,
        name: c.name ?? template.defaultName,
        role: template.role,
        template: template.id,
        image: c.image ?? template.image,
        params: c.params ?? {},
        resources: c.resources ?? DEFAULT_RESOURCES,
        layout: { x: 0, y: 0 },
      };
    });
    const laid = layoutContainers(containers);
    const workload: Workload = {
      id: `w${wi + 1}`,
      name: w.name,
      kind: w.kind ?? 'Deployment',
      replicas: w.replicas ?? 1,
      labels: w.labels ?? {},
      nativeSidecars: w.nativeSidecars ?? false,
      containers: laid.containers,
      layout: { x, y: 0, width: laid.width, height: laid.height },
    };
    x += laid.width + WORKLOAD_GAP;
    return workload;
  });
  const externals = (sketch.externals ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    kind: e.kind,
    address: e.address,
    layout: { x, y: i * 120 },
  }));
  const resolve = (end: string): string => {
    const [wName, cName] = end.split('/');
    const ext = externals.find((e) => e.name === end);
    if (ext) return ext.id;
    const w = workloads.find((x) => x.name === wName);
    if (!w) throw new Error(`sketchDesign: no workload or external named ${wName}`);
    if (cName === undefined) return w.id;
    const c = w.containers.find((x) => x.name === cName);
    if (!c) throw new Error(`sketchDesign: no container ${cName} in ${wName}`);
    return c.id;
  };
  const links = (sketch.links ?? []).map((l, i) => ({
    id: `l${i + 1}`,
    from: resolve(l.from),
    to: resolve(l.to),
    kind: l.kind,
    ...(l.weight === undefined ? {} : { weight: l.weight }),
  }));
  return {
    schemaVersion: SCHEMA_VERSION,
    name: sketch.name,
    namespace: sketch.namespace ?? 'default',
    workloads,
    externals,
    links,
    extras: [],
    templates: [],
  };
}

export type { ContainerSketch, DesignSketch, ExternalSketch, LinkSketch, WorkloadSketch };
