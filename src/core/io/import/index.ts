/**
 * Import of Kubernetes YAML: one or many documents (Pods, Deployments, StatefulSets, their Services
 * and ConfigMaps, Secrets by reference) become a design; objects of other kinds are kept in
 * `design.extras` and written back on export. Containers are recognised as the catalog's
 * templates with their parameters read back from their configs and command lines; the rest are
 * apps. The design is then generated again and compared with the input: whatever the input has that
 * the design does not reproduce is reported in a notice, with the input's text. The result always
 * comes out of `restore()`.
 *
 * Files: `yaml.ts` (parsing with limits) and `objects.ts` (documents to objects); `pod.ts` (a
 * workload's containers, volumes and ConfigMap files); `recognise/` (one recogniser per program,
 * `nginx-conf.ts` and `fluentd-conf.ts` read their configs); `assemble.ts`, `app-ports.ts` and
 * `links.ts` (the design); `kept.ts` (objects of other kinds); `compare.ts`, `compare-pod.ts`, `defaults.ts`, `diff.ts`, `notices.ts`
 * (what the design does not reproduce); `text.ts` (design.json or manifests).
 *
 * @example importYaml(text) // { ok: true, design, notices: [] } for a bundle Podsmith wrote
 */
import { analyze } from '../../analyze';
import { workloadObjects } from '../../generate/kubernetes/workload';
import type { Design, KeptObject } from '../../model/design';
import { at, type InputObject, type Obj, strMap, toInputObjects } from '../../read/objects';
import { filesOf, type PodSource, podSource } from '../../read/pod';
import type { InputIndex } from '../../read/recognise';
import { dnsLabel } from '../../read/words';
import { parseYaml, type YamlDocument } from '../../read/yaml';
import { restore } from '../restore';
import { assembleDesign, type ImportedPod, partOf } from './assemble';
import { compareImport } from './compare';
import { type KeptSource, keepObjects } from './kept';
import { recognise } from './recognise';
import { keepResidue } from './residue';
import type { ImportResult, Notice } from './types';

export type { ImportResult, Notice } from './types';

function mostCommon(values: readonly string[], fallback: string): string {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best = fallback;
  let n = 0;
  for (const [v, c] of count) if (c > n) [best, n] = [v, c];
  return best;
}

function indexOf(objects: readonly InputObject[]): InputIndex {
  const byName = (kind: string) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.name, o]));
  return {
    configMaps: byName('ConfigMap'),
    services: objects.filter((o) => o.kind === 'Service'),
    statefulSets: byName('StatefulSet'),
  };
}

/** The kept objects of an import, with ids (`k1`, `k2`, ...) no element of the design uses. */
function keptObjects(design: Design, kept: readonly KeptSource[]): KeptObject[] {
  const used = new Set<string>();
  for (const w of design.workloads) {
    used.add(w.id);
    for (const c of w.containers) used.add(c.id);
  }
  for (const e of design.externals) used.add(e.id);
  for (const l of design.links) used.add(l.id);
  let n = 0;
  return kept.flatMap((k): KeptObject[] => {
    if (k.outcome !== 'kept') return [];
    do n++;
    while (used.has(`k${n}`));
    return [{ id: `k${n}`, object: k.body }];
  });
}

const selects = (selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/**
 * The Service that publishes each imported workload: a StatefulSet's governing Service (its
 * `spec.serviceName`), else the one named after the workload, else the first that selects its pods.
 * Other Services are kept as they are.
 */
function primaryServices(
  pods: readonly ImportedPod[],
  objects: readonly InputObject[],
  claimed: ReadonlySet<InputObject>,
): Map<ImportedPod, InputObject> {
  const out = new Map<ImportedPod, InputObject>();
  const taken = new Set<InputObject>();
  // Services by their selector's first label, in input order: a pod looks only at those that may select it.
  const byLabel = new Map<string, { o: InputObject; at: number; selector: Readonly<Record<string, string>> }[]>();
  for (const [at_, o] of objects.entries()) {
    if (o.kind !== 'Service' || claimed.has(o)) continue;
    const selector = strMap(at(o.value, 'spec', 'selector'));
    const first = Object.entries(selector)[0];
    if (!first) continue;
    const key = `${first[0]}=${first[1]}`;
    const same = byLabel.get(key);
    if (same) same.push({ o, at: at_, selector });
    else byLabel.set(key, [{ o, at: at_, selector }]);
  }
  for (const pod of pods) {
    const selecting = Object.entries(pod.source.labels)
      .flatMap(([k, v]) => byLabel.get(`${k}=${v}`) ?? [])
      .filter((s) => !taken.has(s.o) && selects(s.selector, pod.source.labels))
      .sort((a, b) => a.at - b.at)
      .map((s) => s.o);
    const governing =
      pod.source.kind === 'StatefulSet' ? at(pod.source.object.value, 'spec', 'serviceName') : undefined;
    const chosen =
      selecting.find((s) => s.name === governing) ??
      selecting.find((s) => s.name === pod.source.object.name) ??
      selecting[0];
    if (!chosen) continue;
    out.set(pod, chosen);
    taken.add(chosen);
  }
  return out;
}

/** The import of objects already read from YAML. */
export function importObjects(objects: readonly InputObject[]): ImportResult {
  const index = indexOf(objects);
  const sources = objects.map(podSource).filter((p): p is PodSource => p !== undefined);
  const namespace = mostCommon(
    objects.flatMap((o) => (o.namespace ? [o.namespace] : [])),
    'default',
  );
  const designName = dnsLabel(partOf(sources) ?? sources[0]?.object.name ?? 'imported', 'imported');
  const notices: Notice[] = [];
  const claimed = new Set<InputObject>();
  const readKeys = new Set<string>();
  const pods: ImportedPod[] = sources.map((source) => {
    const recognised = source.containers.flatMap((container) => {
      if (container.init && !container.native) return [];
      const files = filesOf(source, container, index.configMaps);
      const r = recognise({ pod: source, container, files, designName, index });
      notices.push(...r.notices);
      for (const o of r.recognition.objects ?? []) claimed.add(o);
      return [{ source: container, recognition: r.recognition, files }];
    });
    const kept = recognised;
    const isApp = (c: (typeof kept)[number]) => c.recognition.template.startsWith('app-') && !c.source.native;
    const used = new Set(kept.flatMap((c) => c.recognition.volumes ?? []));
    for (const c of kept)
      for (const f of c.recognition.files ?? [])
        for (const file of c.files) if (f.paths.includes(file.path)) readKeys.add(`${file.configMap}/${file.key}`);
    return {
      source,
      readEnv: new Map(kept.map((c) => [c.source.name, c.recognition.env ?? []])),
      containers: [...kept.filter(isApp), ...kept.filter((c) => !isApp(c))],
      usedVolumes: used,
      files: kept.flatMap((c) => (c.recognition.files ?? []).map((file) => ({ container: c.source.name, file }))),
    };
  });
  const imported = pods.filter((p) => !claimed.has(p.source.object));
  if (!imported.length) return { ok: false, errors: ['the file holds no Pod, Deployment or StatefulSet to import'] };
  const services = primaryServices(imported, objects, claimed);
  const published = new Set(services.values());
  // Services and ConfigMaps kept as they are must not take a name the design generates.
  const { design: full, generatedNames } = keepResidue(
    assembleDesign(designName, namespace, imported),
    imported,
    services,
  );
  const alsoKept = new Set(
    objects.filter(
      (o) =>
        !claimed.has(o) &&
        !generatedNames.has(`${o.kind}/${o.name}`) &&
        ((o.kind === 'Service' && !published.has(o)) ||
          (o.kind === 'ConfigMap' &&
            Object.keys(strMap(at(o.value, 'data'))).some((k) => !readKeys.has(`${o.name}/${k}`)))),
    ),
  );
  const kept = keepObjects(objects, claimed, namespace, alsoKept);
  const restored = restore({ ...full, extras: keptObjects(full, kept) });
  if (!restored.ok) return { ok: false, errors: restored.errors.map((e) => `the imported design is not valid: ${e}`) };
  // The restored design holds the same values as `full`, whose workloads the residue pass has built:
  // generating `full` reuses those builds.
  const generated = analyze(full).workloads.flatMap((w) => workloadObjects(full, w).map((o) => o.object as Obj));
  const design = restored.design;
  notices.push(
    ...compareImport({ pods: imported, objects, claimed, readKeys, generated, namespace, kept, services, design }),
  );
  return { ok: true, design: restored.design, notices };
}

/**
 * A design from Kubernetes YAML, or clear errors naming the document and the path of each problem.
 * Never throws.
 */
export function importYaml(text: string): ImportResult {
  const parsed = parseYaml(text);
  return parsed.ok ? importDocuments(parsed.documents) : parsed;
}

/**
 * A design from documents already parsed (the preview's read-back parses each file once and hands
 * the documents of the whole bundle here). Never throws.
 */
export function importDocuments(documents: readonly YamlDocument[]): ImportResult {
  try {
    const read = toInputObjects(documents);
    if (!read.ok) return read;
    return importObjects(read.objects);
  } catch (e) {
    return { ok: false, errors: [`the import failed: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
