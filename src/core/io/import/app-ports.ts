/**
 * Ports an app must listen on that its manifest does not show. A port bound to 127.0.0.1 is not
 * written in a manifest, yet the pod's sidecar connects to it (an HTTPS terminator forwards to the
 * legacy app's 127.0.0.1:9000). When a pod has one app and a helper connects to a localhost port no
 * container listens on, that app is the one listening there, on localhost only.
 */
import { builtWorkload } from '../../analyze';
import { getTemplate, resolveParams } from '../../catalog';
import { appTemplateOf } from '../../catalog/templates/app-presets';
import { PORT_NAMES } from '../../catalog/templates/app-presets/recognise';
import { type Design, type Row, SCHEMA_VERSION, type Workload } from '../../model/design';

const localPort = (address: string) => Number(/^localhost:([0-9]+)$/.exec(address)?.[1]) || undefined;

function withLocalPorts(w: Workload): Workload {
  const apps = w.containers.filter((c) => c.role === 'app');
  const app = apps[0];
  const template = app ? appTemplateOf(app.template) : undefined;
  if (apps.length !== 1 || !app || !template) return w;
  const rows: Row[] = [...resolveParams(template, app.params).ports];
  const declared = new Set(rows.map((r) => r.port));
  // Cheap first: the localhost ports helpers connect to that the app does not declare.
  const asked = new Set<number>();
  for (const c of w.containers) {
    const t = c.role === 'app' ? undefined : getTemplate(c.template);
    for (const address of t?.connectsTo?.(resolveParams(t, c.params)) ?? []) {
      const port = localPort(address);
      if (port !== undefined && !declared.has(port)) asked.add(port);
    }
  }
  if (!asked.size) return w;
  // Then, with every container built, the ones no container of the pod listens on.
  const design: Design = {
    schemaVersion: SCHEMA_VERSION,
    name: 'import',
    namespace: 'default',
    workloads: [w],
    externals: [],
    links: [],
    extras: [],
    templates: [],
  };
  const listening = new Set(
    builtWorkload(design, w).containers.flatMap((b) => b.contribution.ports.map((p) => p.containerPort)),
  );
  const wanted = [...asked].filter((p) => !listening.has(p));
  if (!wanted.length) return w;
  for (const port of wanted) {
    const base = PORT_NAMES[port] ?? `port-${port}`;
    let name = base;
    for (let n = 2; rows.some((r) => r.name === name); n++) name = `${base.slice(0, 12)}-${n}`;
    rows.push({ name, port, localhostOnly: true });
  }
  return {
    ...w,
    containers: w.containers.map((c) => (c === app ? { ...c, params: { ...c.params, ports: rows } } : c)),
  };
}

/** The workloads, each single app given the localhost ports its helpers connect to. */
export function addLocalPorts(workloads: readonly Workload[]): Workload[] {
  return workloads.map(withLocalPorts);
}
