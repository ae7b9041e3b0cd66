/**
 * Validation: every rule of `rules.ts` applied to a design. Pure; the editor runs it on every change.
 *
 * @example validate(design).filter((d) => d.severity === 'error') // what blocks export
 */
import { type Analysis, analyze, type BuiltContainer, type BuiltWorkload } from '../analyze';
import type { Diagnostic } from '../contracts/diagnostic';
import { Remembered } from '../contracts/remembered';
import { RULES, type RuleId } from '../contracts/rules';
import type { Design, ElementRef } from '../model/design';
import { keptRules } from './kept';
import { kubeRules } from './kube';
import { cleanPath, isBelow } from './kube-read';
import {
  isDns1035Label,
  isDnsLabel,
  isImageReference,
  isLabelKey,
  isLabelValue,
  isPinnedImage,
  isPortName,
  isQuantity,
} from './names';
import { checkParams } from './params';
import { writablePathDiagnostics } from './writable-paths';

function diag(rule: RuleId, target: ElementRef, message: string, fix: string): Diagnostic {
  return { rule, severity: RULES[rule].severity, target, message, fix };
}

const containerRef = (w: BuiltWorkload, c: BuiltContainer, field?: string): ElementRef => ({
  kind: 'container',
  workloadId: w.workload.id,
  containerId: c.container.id,
  ...(field === undefined ? {} : { field }),
});

const workloadRef = (w: Design['workloads'][number], field: string): ElementRef => ({
  kind: 'workload',
  workloadId: w.id,
  field,
});

function designRules(design: Design, out: Diagnostic[]): void {
  if (!isDnsLabel(design.name))
    out.push(
      diag(
        'PS001',
        { kind: 'design', field: 'name' },
        `Design name "${design.name}" is not a DNS-1123 label.`,
        'Use lowercase letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      ),
    );
  if (!isDnsLabel(design.namespace))
    out.push(
      diag(
        'PS001',
        { kind: 'design', field: 'namespace' },
        `Namespace "${design.namespace}" is not a DNS-1123 label.`,
        'Use lowercase letters, digits and "-" (at most 63), e.g. default or shop-dev.',
      ),
    );
  const seen = new Set<string>();
  for (const w of design.workloads) {
    const ref = { kind: 'workload', workloadId: w.id, field: 'name' } as const;
    if (!isDns1035Label(w.name))
      out.push(
        diag(
          'PS001',
          ref,
          `Workload name "${w.name}" is not a valid name (it also names the Service).`,
          'Use lowercase letters, digits and "-" (at most 63), starting with a letter and ending with a letter or digit.',
        ),
      );
    else if (w.kind === 'StatefulSet' && w.name.length > 52)
      out.push(
        diag(
          'PS022',
          ref,
          `StatefulSet name "${w.name}" is longer than 52 characters; its pods' revision label would not fit.`,
          'Shorten the workload name to 52 characters or fewer.',
        ),
      );
    if (seen.has(w.name))
      out.push(diag('PS013', ref, `Two workloads are named "${w.name}".`, 'Give each workload its own name.'));
    seen.add(w.name);
    if (!Number.isInteger(w.replicas) || w.replicas < 0 || w.replicas > 10000)
      out.push(
        diag(
          'PS014',
          workloadRef(w, 'replicas'),
          `Replicas ${w.replicas} is not a whole number from 0 to 10000.`,
          'Set replicas between 0 and 10000.',
        ),
      );
    else if (w.kind === 'Pod' && w.replicas !== 1)
      out.push(
        diag(
          'PS014',
          workloadRef(w, 'replicas'),
          `A Pod runs exactly one replica, not ${w.replicas}.`,
          'Set replicas to 1, or change the kind to Deployment.',
        ),
      );
    for (const [key, value] of Object.entries(w.labels)) {
      if (!isLabelKey(key))
        out.push(
          diag(
            'PS015',
            workloadRef(w, 'labels'),
            `Label key "${key}" is not a valid Kubernetes label key.`,
            'Use [prefix/]name: name of at most 63 letters, digits, "-", "_", ".", starting and ending alphanumeric.',
          ),
        );
      if (!isLabelValue(value))
        out.push(
          diag(
            'PS015',
            workloadRef(w, 'labels'),
            `Label value "${value}" of "${key}" is not a valid label value.`,
            'Use at most 63 letters, digits, "-", "_", ".", starting and ending alphanumeric, or leave it empty.',
          ),
        );
    }
  }
  const externals = new Set<string>();
  for (const e of design.externals) {
    if (externals.has(e.name))
      out.push(
        diag(
          'PS013',
          { kind: 'external', externalId: e.id, field: 'name' },
          `Two external endpoints are named "${e.name}".`,
          'Give each external endpoint its own name.',
        ),
      );
    externals.add(e.name);
  }
}

function linkRules(design: Design, out: Diagnostic[]): void {
  const ids = new Set<string>();
  for (const w of design.workloads) {
    ids.add(w.id);
    for (const c of w.containers) ids.add(c.id);
  }
  for (const e of design.externals) ids.add(e.id);
  for (const l of design.links) {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(l[end]))
        out.push(
          diag(
            'PS007',
            { kind: 'link', linkId: l.id, field: end },
            `A ${l.kind} link points ${end === 'from' ? 'from' : 'to'} "${l[end]}", which is not in the design.`,
            'Delete the link, or connect it to an existing container, workload or endpoint.',
          ),
        );
    }
    if (l.weight !== undefined && (!Number.isInteger(l.weight) || l.weight < 1))
      out.push(
        diag(
          'PS008',
          { kind: 'link', linkId: l.id, field: 'weight' },
          `Link weight ${l.weight} is below 1.`,
          'Set the weight to a whole number of at least 1.',
        ),
      );
  }
}

function containerRules(design: Design, w: BuiltWorkload, c: BuiltContainer, out: Diagnostic[]): void {
  const { container, template, contribution } = c;
  if (!isDnsLabel(container.name))
    out.push(
      diag(
        'PS001',
        containerRef(w, c, 'name'),
        `Container name "${container.name}" is not a DNS-1123 label.`,
        'Use lowercase letters, digits and "-" (at most 63), starting and ending with a letter or digit.',
      ),
    );
  if (template.role !== container.role && !template.anyRole)
    out.push(
      diag(
        'PS016',
        containerRef(w, c, 'role'),
        `Container "${container.name}" is a ${container.role} but its template "${template.title}" is a ${template.role}.`,
        `Change the role to ${template.role}, or pick a ${container.role} template.`,
      ),
    );
  if (!isImageReference(container.image))
    out.push(
      diag(
        'PS019',
        containerRef(w, c, 'image'),
        `Image "${container.image}" is not a valid image reference.`,
        'Write it as [registry/]name:tag, e.g. redis:7.2.5.',
      ),
    );
  else if (!isPinnedImage(container.image))
    out.push(
      diag(
        'PS011',
        containerRef(w, c, 'image'),
        `Image "${container.image}" is not pinned to a version.`,
        'Add a tag other than latest (e.g. :1.27.3) or a digest, so every pod runs the same code.',
      ),
    );
  const req = container.resources.requests;
  if (!req?.cpu || !req.memory)
    out.push(
      diag(
        'PS012',
        containerRef(w, c, 'resources'),
        `Container "${container.name}" does not request ${!req?.cpu && !req?.memory ? 'CPU and memory' : !req?.cpu ? 'CPU' : 'memory'}.`,
        'Set requests (e.g. cpu 50m, memory 64Mi) so the scheduler can place the pod.',
      ),
    );
  const resources = container.resources as Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
  for (const kind in resources) {
    const list = Object.hasOwn(resources, kind) ? resources[kind] : undefined;
    if (!list) continue;
    for (const res in list) {
      const q = Object.hasOwn(list, res) ? list[res] : undefined;
      if (typeof q === 'string' && q !== '' && !isQuantity(q))
        out.push(
          diag(
            'PS018',
            containerRef(w, c, 'resources'),
            `${kind}.${res} "${q}" is not a resource quantity.`,
            'Use a quantity such as 100m or 0.5 (CPU), 64Mi or 1Gi (memory).',
          ),
        );
    }
  }
  if (c.buildError)
    out.push(
      diag(
        'PS010',
        containerRef(w, c),
        `The ${template.title} configuration could not be generated: ${c.buildError}`,
        'Check the parameters marked in the inspector.',
      ),
    );
  const paramDiags = checkParams(
    template,
    container.params,
    { workloadId: w.workload.id, containerId: container.id },
    container.name,
  );
  let boundsReported = false;
  for (const d of paramDiags) {
    out.push(d);
    if (d.rule === 'PS009') boundsReported = true;
  }
  for (const p of contribution.ports) {
    if (!isPortName(p.name))
      out.push(
        diag(
          'PS002',
          containerRef(w, c),
          `Port name "${p.name}" of ${container.name} is not an IANA service name.`,
          'Use at most 15 lowercase letters, digits and "-", with at least one letter and no "--".',
        ),
      );
    if (!boundsReported && (!Number.isInteger(p.containerPort) || p.containerPort < 1 || p.containerPort > 65535))
      out.push(
        diag(
          'PS003',
          containerRef(w, c),
          `Port ${p.containerPort} of ${container.name} is outside 1-65535.`,
          'Use a port between 1 and 65535.',
        ),
      );
  }
  if (template.check && !c.buildError) {
    try {
      for (const d of template.check({ design, workload: w.workload, container, params: c.params })) out.push(d);
    } catch (e) {
      out.push(
        diag(
          'PS010',
          containerRef(w, c),
          `A check of ${template.title} failed: ${e instanceof Error ? e.message : String(e)}`,
          'Check the parameters marked in the inspector.',
        ),
      );
    }
  }
}

/**
 * True when two containers of the pod clash by `clash`: pods hold a few containers, so comparing
 * each pair finds the (rare) clash without the maps that put the clashes in order.
 */
function hasClash(w: BuiltWorkload, clash: (a: BuiltContainer, b: BuiltContainer) => boolean): boolean {
  const cs = w.containers;
  for (let i = 1; i < cs.length; i++)
    for (let j = 0; j < i; j++) if (clash(cs[i] as BuiltContainer, cs[j] as BuiltContainer)) return true;
  return false;
}

const sameName = (a: BuiltContainer, b: BuiltContainer): boolean => a.container.name === b.container.name;

function sharedPort(a: BuiltContainer, b: BuiltContainer): boolean {
  for (const p of a.contribution.ports)
    for (const q of b.contribution.ports) if (p.containerPort === q.containerPort) return true;
  return false;
}

/** PS013: two containers of a pod with one name. */
function nameRules(w: BuiltWorkload, out: Diagnostic[]): void {
  const names = new Map<string, number>();
  for (const c of w.containers) names.set(c.container.name, (names.get(c.container.name) ?? 0) + 1);
  for (const c of w.containers) {
    if ((names.get(c.container.name) ?? 0) > 1)
      out.push(
        diag(
          'PS013',
          containerRef(w, c, 'name'),
          `Two containers of ${w.workload.name} are named "${c.container.name}".`,
          'Give each container of a pod its own name.',
        ),
      );
  }
}

/** PS004: two containers of a pod that listen on one port. */
function portRules(w: BuiltWorkload, out: Diagnostic[]): void {
  // One network namespace: a port can be bound once per pod.
  const listeners = new Map<number, BuiltContainer[]>();
  for (const c of w.containers) {
    for (const { containerPort: p } of c.contribution.ports) {
      const list = listeners.get(p);
      if (!list) listeners.set(p, [c]);
      else if (list.at(-1) !== c) list.push(c);
    }
  }
  for (const [port, cs] of listeners) {
    if (cs.length < 2) continue;
    const [first, ...rest] = cs;
    for (const c of rest)
      out.push(
        diag(
          'PS004',
          containerRef(w, c),
          `${c.container.name} and ${first?.container.name} both listen on port ${port}; containers of a pod share one network namespace.`,
          `Move one of them to another port (change ${c.container.name}'s port).`,
        ),
      );
  }
}

/** The port of a `host:port` address: what follows the first `:` up to any next one, as a number (NaN if none). */
function addressPort(target: string): number {
  const colon = target.indexOf(':');
  if (colon < 0) return Number.NaN;
  const end = target.indexOf(':', colon + 1);
  return Number(target.slice(colon + 1, end < 0 ? undefined : end));
}

/** True when a container of the pod other than `c` has the port. */
function otherListensOn(w: BuiltWorkload, c: BuiltContainer, port: number): boolean {
  for (const o of w.containers) {
    if (o === c) continue;
    for (const p of o.contribution.ports) if (p.containerPort === port) return true;
  }
  return false;
}

/** True when the pod has an app container other than `c`. */
function otherApp(w: BuiltWorkload, c: BuiltContainer): boolean {
  for (const o of w.containers) if (o !== c && o.container.role === 'app') return true;
  return false;
}

/** True when `path` is under one of the directories the container shares (trailing `/` of one ignored). */
function underSharedDir(c: BuiltContainer, path: string): boolean {
  for (const d of c.contribution.sharedDirs ?? []) if (isBelow(path, cleanPath(d.mountPath))) return true;
  return false;
}

/*
 * The checks of a pod's links look through its few containers in loops rather than with a list
 * split, filtered or searched through functions made for each container (or each address): a
 * design with no problem then allocates nothing for them.
 */
function podRules(design: Design, w: BuiltWorkload, out: Diagnostic[]): void {
  if (hasClash(w, sameName)) nameRules(w, out);
  if (hasClash(w, sharedPort)) portRules(w, out);
  for (const c of w.containers) {
    for (const target of c.template.connectsTo?.(c.params) ?? []) {
      const port = addressPort(target);
      if (!otherListensOn(w, c, port))
        out.push(
          diag(
            'PS005',
            containerRef(w, c, Object.hasOwn(c.template.params, 'connectsTo') ? 'connectsTo' : undefined),
            `${c.container.name} connects to ${target}, but no container of ${w.workload.name} listens on port ${port}.`,
            c.container.role === 'app'
              ? `Add an ambassador that listens on ${port} to this pod, or change the address.`
              : `Add the container that listens on ${port} to this pod, or change the address.`,
          ),
        );
    }
    for (const path of c.template.readsFrom?.(c.params) ?? []) {
      const writers = otherApp(w, c);
      if (!writers || !underSharedDir(c, path))
        out.push(
          diag(
            'PS006',
            containerRef(w, c),
            `${c.container.name} reads ${path}, but no app container of ${w.workload.name} shares a volume that holds it.`,
            !writers
              ? 'Add the app container that writes this file to the same pod.'
              : 'Put the file in the directory the adapter shares with the app.',
          ),
        );
    }
  }
  if (w.containers.length > 0 && !w.containers.some((c) => c.container.role === 'app'))
    out.push(
      diag(
        'PS017',
        { kind: 'workload', workloadId: w.workload.id },
        `${w.workload.name} has no app container; its ${w.containers.length === 1 ? 'container has' : 'containers have'} nothing to serve.`,
        'Add an app container from the palette.',
      ),
    );
  for (const c of w.containers) containerRules(design, w, c, out);
  for (const d of kubeRules(design, w)) out.push(d);
}

/**
 * Diagnostics of one built workload, kept per built workload (which is immutable and already
 * stands for the design-level values a build reads) and the design's workload names: a template's
 * `check` may look at the other workloads' names (a twemproxy's shard StatefulSet must not take
 * one), so renaming another workload validates the pods again, and any other edit of another
 * workload does not.
 */
const podMemo = new Remembered<BuiltWorkload, { readonly names: string; readonly diagnostics: readonly Diagnostic[] }>(
  'pod diagnostics',
);

/** The workloads' ids and names as one string, made once per workloads list. */
const namesMemo = new Remembered<readonly Design['workloads'][number][], string>('workload names');

function workloadNames(design: Design): string {
  let names = namesMemo.get(design.workloads);
  if (names === undefined) {
    names = '';
    for (const w of design.workloads) names += `${w.id}\u0000${w.name}\u0000`;
    namesMemo.set(design.workloads, names);
  }
  return names;
}

function podDiagnostics(design: Design, w: BuiltWorkload, names: string): readonly Diagnostic[] {
  const hit = podMemo.get(w);
  if (hit?.names === names) return hit.diagnostics;
  const out: Diagnostic[] = [];
  podRules(design, w, out);
  out.push(...writablePathDiagnostics(w));
  podMemo.set(w, { names, diagnostics: out });
  return out;
}

/** Every diagnostic of the design, in document order. */
export function validate(design: Design, analysis: Analysis = analyze(design)): Diagnostic[] {
  const out: Diagnostic[] = [];
  designRules(design, out);
  const names = workloadNames(design);
  for (const w of analysis.workloads) for (const d of podDiagnostics(design, w, names)) out.push(d);
  for (const u of analysis.unknown)
    out.push(
      diag(
        'PS016',
        { kind: 'container', workloadId: u.workload.id, containerId: u.container.id, field: 'template' },
        `Container "${u.container.name}" uses the unknown template "${u.container.template}".`,
        'Delete it, or add it again from the palette.',
      ),
    );
  linkRules(design, out);
  out.push(...keptRules(design, analysis));
  return out;
}
