/**
 * What an export lost of the manifests it was imported from: every field of an input object that
 * the exported object of the same kind and name does not hold with the same value, as readable
 * paths (`Deployment/web spec.template.spec.containers[envoy].readinessProbe: ...`).
 *
 * Compared: a workload's pod template spec (containers and init containers by name, every key of
 * an input container deep-equal, `ports`, `env` and `volumeMounts` as sets; volumes by name; every
 * other pod spec key deep-equal), its other spec fields, labels and annotations (the export may
 * add to them); a Service's type, ports (as a set) and other spec fields but its selector; the
 * data of ConfigMaps and Secrets; every other object's fields but its metadata.
 *
 * Allowed: what Podsmith adds (labels, annotations such as the config hash, a namespace where the
 * input had none, a selector with more `app.kubernetes.io/*` labels), key order, and values the API
 * server fills in when a manifest leaves them out (`API_DEFAULTS`): both sides are compared with
 * those filled in, so `protocol: TCP` written or left out is the same port.
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asObj = (v: unknown): Obj => (isObj(v) ? v : {});

/** JSON with keys sorted at every depth, so that key order never makes two values differ. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const show = (v: unknown) => (v === undefined ? 'missing' : canonical(v));

/** Values the Kubernetes API server writes when a manifest leaves them out (the ones this corpus meets). */
export const API_DEFAULTS = {
  probe: { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3, initialDelaySeconds: 0 },
  httpGetScheme: 'HTTP',
  protocol: 'TCP',
  podSpec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30 },
  serviceSpec: { type: 'ClusterIP', sessionAffinity: 'None' },
  volumeDefaultMode: 420,
  deploymentSpec: {
    revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
  },
  statefulSetSpec: {
    podManagementPolicy: 'OrderedReady',
    revisionHistoryLimit: 10,
    updateStrategy: { type: 'RollingUpdate' },
  },
} as const;

const fill = (o: Obj, defaults: Readonly<Record<string, unknown>>): Obj => ({ ...defaults, ...o });

/** `imagePullPolicy` as the API server sets it: Always for `:latest` or no tag, IfNotPresent otherwise. */
function pullPolicy(image: unknown): string {
  const name = String(image ?? '').split('@')[0] ?? '';
  const tag = name.lastIndexOf(':') > name.lastIndexOf('/') ? name.slice(name.lastIndexOf(':') + 1) : '';
  return String(image ?? '').includes('@') || (tag !== '' && tag !== 'latest') ? 'IfNotPresent' : 'Always';
}

function probe(p: unknown): unknown {
  if (!isObj(p)) return p;
  const out = fill(p, API_DEFAULTS.probe);
  if (isObj(p.httpGet)) out.httpGet = fill(p.httpGet, { scheme: API_DEFAULTS.httpGetScheme });
  return out;
}

function container(c: Obj): Obj {
  const out: Obj = { imagePullPolicy: pullPolicy(c.image), ...c };
  if (Array.isArray(c.ports)) out.ports = c.ports.map((p) => fill(asObj(p), { protocol: API_DEFAULTS.protocol }));
  for (const k of ['readinessProbe', 'livenessProbe', 'startupProbe']) if (k in c) out[k] = probe(c[k]);
  return out;
}

function volume(v: Obj): Obj {
  for (const k of ['configMap', 'secret'])
    if (isObj(v[k])) return { ...v, [k]: fill(v[k] as Obj, { defaultMode: API_DEFAULTS.volumeDefaultMode }) };
  return v;
}

function servicePort(p: Obj): Obj {
  return fill(p, { protocol: API_DEFAULTS.protocol, targetPort: p.port });
}

/** `sub` ⊆ `sup` for string maps: every key of `sub` with the same value; what differs, by key. */
function subsetProblems(where: string, sub: unknown, sup: unknown): string[] {
  const big = asObj(sup);
  return Object.entries(asObj(sub)).flatMap(([k, v]) =>
    same(big[k], v) ? [] : [`${where}.${k}: ${show(v)} became ${show(big[k])}`],
  );
}

/** Items of `input` that `output` does not hold (item by item, canonical JSON). */
function setProblems(where: string, input: unknown, output: unknown, norm: (o: Obj) => Obj = (o) => o): string[] {
  const have = new Set(list(output).map((x) => canonical(norm(asObj(x)))));
  return list(input).flatMap((x) => {
    const c = canonical(norm(asObj(x)));
    return have.has(c) ? [] : [`${where}: ${c} is not in the export`];
  });
}

function containerProblems(where: string, input: Obj, output: Obj | undefined): string[] {
  if (!output) return [`${where}: not in the export`];
  const a = container(input);
  const b = container(output);
  return Object.keys(a).flatMap((k): string[] => {
    if (k === 'ports') return setProblems(`${where}.ports`, a.ports, b.ports);
    if (k === 'env' || k === 'volumeMounts') return setProblems(`${where}.${k}`, a[k], b[k]);
    return same(a[k], b[k]) ? [] : [`${where}.${k}: ${show(a[k])} became ${show(b[k])}`];
  });
}

function byName(items: unknown): Map<string, Obj> {
  return new Map(list(items).map((x) => [String(asObj(x).name), asObj(x)]));
}

function podSpecProblems(where: string, input: Obj, output: Obj): string[] {
  const out: string[] = [];
  const a = fill(input, API_DEFAULTS.podSpec);
  const b = fill(output, API_DEFAULTS.podSpec);
  for (const k of Object.keys(a)) {
    if (k === 'containers' || k === 'initContainers') {
      const have = byName(b[k]);
      for (const c of list(a[k]).map(asObj))
        out.push(...containerProblems(`${where}.${k}[${String(c.name)}]`, c, have.get(String(c.name))));
    } else if (k === 'volumes') {
      const have = byName(b.volumes);
      for (const v of list(a.volumes).map(asObj)) {
        const got = have.get(String(v.name));
        if (!got || !same(volume(v), volume(got)))
          out.push(`${where}.volumes[${String(v.name)}]: ${canonical(v)} became ${show(got)}`);
      }
    } else if (!same(a[k], b[k])) out.push(`${where}.${k}: ${show(a[k])} became ${show(b[k])}`);
  }
  return out;
}

function metadataProblems(where: string, input: Obj, output: Obj): string[] {
  const a = asObj(input.metadata);
  const b = asObj(output.metadata);
  return [
    ...(a.namespace !== undefined && a.namespace !== b.namespace
      ? [`${where} metadata.namespace: ${show(a.namespace)} became ${show(b.namespace)}`]
      : []),
    ...subsetProblems(`${where} metadata.labels`, a.labels, b.labels),
    ...subsetProblems(`${where} metadata.annotations`, a.annotations, b.annotations),
  ];
}

function workloadProblems(where: string, input: Obj, output: Obj): string[] {
  const out = metadataProblems(where, input, output);
  if (input.kind === 'Pod') return [...out, ...podSpecProblems(`${where} spec`, asObj(input.spec), asObj(output.spec))];
  const defaults = input.kind === 'StatefulSet' ? API_DEFAULTS.statefulSetSpec : API_DEFAULTS.deploymentSpec;
  const a = fill(asObj(input.spec), defaults);
  const b = fill(asObj(output.spec), defaults);
  for (const k of Object.keys(a)) {
    if (k === 'template' || k === 'selector') continue;
    if (!same(a[k], b[k])) out.push(`${where} spec.${k}: ${show(a[k])} became ${show(b[k])}`);
  }
  const selected = asObj(asObj(a.selector).matchLabels);
  const selecting = asObj(asObj(b.selector).matchLabels);
  out.push(...subsetProblems(`${where} spec.selector.matchLabels`, selected, selecting));
  for (const k of Object.keys(selecting))
    if (!(k in selected) && !k.startsWith('app.kubernetes.io/'))
      out.push(`${where} spec.selector.matchLabels.${k}: added, and it is not a Podsmith label`);
  const ta = asObj(asObj(a.template).metadata);
  const tb = asObj(asObj(b.template).metadata);
  out.push(...subsetProblems(`${where} spec.template.metadata.labels`, ta.labels, tb.labels));
  out.push(...subsetProblems(`${where} spec.template.metadata.annotations`, ta.annotations, tb.annotations));
  out.push(
    ...podSpecProblems(`${where} spec.template.spec`, asObj(asObj(a.template).spec), asObj(asObj(b.template).spec)),
  );
  return out;
}

function serviceProblems(where: string, input: Obj, output: Obj): string[] {
  const out = metadataProblems(where, input, output);
  const a = fill(asObj(input.spec), API_DEFAULTS.serviceSpec);
  const b = fill(asObj(output.spec), API_DEFAULTS.serviceSpec);
  out.push(...setProblems(`${where} spec.ports`, a.ports, b.ports, servicePort));
  if (list(a.ports).length !== list(b.ports).length)
    out.push(`${where} spec.ports: ${list(a.ports).length} ports became ${list(b.ports).length}`);
  for (const k of Object.keys(a))
    if (k !== 'selector' && k !== 'ports' && !same(a[k], b[k]))
      out.push(`${where} spec.${k}: ${show(a[k])} became ${show(b[k])}`);
  return out;
}

function otherProblems(where: string, input: Obj, output: Obj): string[] {
  const out = metadataProblems(where, input, output);
  for (const k of Object.keys(input))
    if (k !== 'metadata' && !same(input[k], output[k]))
      out.push(`${where} ${k}: ${show(input[k])} became ${show(output[k])}`);
  return out;
}

const key = (o: Obj) => `${String(o.kind)}/${String(asObj(o.metadata).name)}`;

/**
 * Every field of `input` that `exported` does not keep, as `KIND/NAME path: what became of it`;
 * an empty list when the export holds everything.
 *
 * @example lostInExport(loadAll(manifest), loadAll(allYaml)) // ['Deployment/web spec.template.spec.containers[app].readinessProbe: {...} became missing']
 */
export function lostInExport(input: readonly Obj[], exported: readonly Obj[]): string[] {
  const out = new Map(exported.map((o) => [key(o), o]));
  return input.flatMap((o) => {
    const where = key(o);
    const got = out.get(where);
    if (!got) return [`${where}: not in the export`];
    if (o.kind === 'Pod' || o.kind === 'Deployment' || o.kind === 'StatefulSet') return workloadProblems(where, o, got);
    if (o.kind === 'Service') return serviceProblems(where, o, got);
    return otherProblems(where, o, got);
  });
}
