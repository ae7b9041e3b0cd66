/**
 * What of one input workload the generated one does not reproduce: its metadata, spec, pod spec,
 * containers, volumes and the config files the templates rewrite. Whatever is missing or changed
 * becomes a notice with the input's text, so nothing is lost without a word.
 */
import { CONFIG_HASH_ANNOTATION } from '../../generate/kubernetes/names';
import { deepEqual, diff } from '../../read/diff';
import { at, isObj, list, type Obj, obj, str, strMap } from '../../read/objects';
import { type ContainerSource, mountsOf } from '../../read/pod';
import type { ImportedPod } from './assemble';
import { configLines } from './config-lines';
import {
  CONTAINER_DEFAULTS,
  defaultPullPolicy,
  POD_SPEC_DEFAULTS,
  portsByNumber,
  prune,
  SERVER_ANNOTATIONS,
  SERVER_METADATA,
  WORKLOAD_SPEC_DEFAULTS,
} from './defaults';
import { differenceNotices, short, verbatimOf } from './notices';
import type { Notice } from './types';

const IGNORED_ANNOTATIONS = new Set([CONFIG_HASH_ANNOTATION, ...SERVER_ANNOTATIONS]);

/** Labels, annotations and other metadata of the input not in the generated metadata. */
export function metadataNotices(input: unknown, output: unknown, subject: string, ref: string, base: string): Notice[] {
  const meta = obj(input) ?? {};
  const out: Notice[] = [];
  const labels = strMap(meta.labels);
  const annotations = Object.fromEntries(
    Object.entries(strMap(meta.annotations)).filter(([k]) => !IGNORED_ANNOTATIONS.has(k)),
  );
  const outLabels = strMap(at(output, 'labels'));
  const outAnnotations = strMap(at(output, 'annotations'));
  for (const [k, v] of Object.entries(labels))
    if (outLabels[k] !== v)
      out.push({
        severity: 'warning',
        message: `${subject}: the label ${k}=${v} is not kept${outLabels[k] === undefined ? '' : ` (it becomes ${k}=${outLabels[k]})`}; Podsmith labels the workload and its Service with the pod's labels.`,
        path: `${ref} ${base}.labels`,
        verbatim: verbatimOf(k, v),
      });
  for (const [k, v] of Object.entries(annotations))
    if (outAnnotations[k] !== v)
      out.push({
        severity: 'warning',
        message: `${subject}: the annotation ${k} is not kept.`,
        path: `${ref} ${base}.annotations`,
        verbatim: verbatimOf(k, v),
      });
  const written = Object.keys(strMap(meta.annotations)).filter((k) => SERVER_ANNOTATIONS.includes(k));
  const server = [
    ...SERVER_METADATA.filter((k) => meta[k] !== undefined && meta[k] !== null),
    ...written.map((k) => `the annotation ${k}`),
  ];
  const rest = Object.keys(meta).filter(
    (k) => !['name', 'namespace', 'labels', 'annotations', ...SERVER_METADATA].includes(k),
  );
  out.push(
    ...rest.map(
      (k): Notice => ({
        severity: 'warning',
        message: `${subject}: ${base}.${k} is not kept.`,
        path: `${ref} ${base}.${k}`,
        verbatim: verbatimOf(k, meta[k]),
      }),
    ),
  );
  if (server.length)
    out.push({
      severity: 'info',
      message: `${subject}: ${server.join(', ')} ${server.length > 1 ? 'are' : 'is'} written by a cluster or kubectl, not part of a design; left out.`,
      path: `${ref} ${base}`,
    });
  return out;
}

/** Top-level fields besides apiVersion, kind, metadata and spec: `status` is a cluster's, the rest is not kept. */
export function topLevelNotices(value: Obj, ref: string): Notice[] {
  return Object.keys(value)
    .filter((k) => !['apiVersion', 'kind', 'metadata', 'spec'].includes(k))
    .map(
      (k): Notice =>
        k === 'status'
          ? {
              severity: 'info',
              message: `${ref}: status is written by a cluster, not part of a design; left out.`,
              path: `${ref} status`,
            }
          : {
              severity: 'warning',
              message: `${ref}: ${k} is not kept.`,
              path: `${ref} ${k}`,
              verbatim: verbatimOf(k, value[k]),
            },
    );
}

/** `v`'s own entries without `keys` (an empty object when `v` is not one). */
export function withoutKeys(v: unknown, keys: readonly string[]): Obj {
  const o = obj(v) ?? {};
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

/** The container as compared: no name, image, mounts or restart policy; defaults pruned; ports by number. */
function comparable(c: Obj, pullDefault: string): Obj {
  const pruned = prune(withoutKeys(c, ['name', 'image', 'volumeMounts', 'restartPolicy']), CONTAINER_DEFAULTS) as Obj;
  const { imagePullPolicy, ports, ...rest } = pruned;
  return {
    ...rest,
    ...(imagePullPolicy === undefined || imagePullPolicy === pullDefault ? {} : { imagePullPolicy }),
    ...(ports === undefined ? {} : { ports: portsByNumber(ports) }),
  };
}

const LINE = ['command', 'args'];

/** Command and args compared as one command line: where one ends and the other starts depends on the image. */
function commandLineNotices(c: ContainerSource, generated: Obj, subject: string, ref: string): Notice[] {
  const input = { command: c.value.command, args: c.value.args };
  const output = { command: generated.command, args: generated.args };
  if (diff(input, output).length === 0) return [];
  const words = (v: Obj) => [...list(v.command), ...list(v.args)];
  const before = words(input);
  const after = words(output);
  const numbers = before.filter((w) => typeof w === 'number');
  const retyped = numbers.length
    ? ` (${numbers.map((n) => short(n)).join(', ')} written as text, as Kubernetes requires)`
    : '';
  const same = before.length === after.length && before.every((w, i) => String(w) === String(after[i]));
  const split = diff(input, output).every((d) => d.kind === 'retyped');
  const path = `${ref} ${c.path}`;
  const verbatim = verbatimOf(undefined, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
  if (same && split) return [{ severity: 'info', message: `${subject}: the command line is kept${retyped}.`, path }];
  if (same)
    return [
      {
        severity: 'info',
        message: `${subject}: the command line is kept${retyped}, split into command and args as the template writes it.`,
        path,
        verbatim,
      },
    ];
  return [
    {
      severity: 'warning',
      message: `${subject}: the command line ${short(before.map(String).join(' '))} becomes ${short(after.map(String).join(' '))}${retyped}.`,
      path,
      verbatim,
    },
  ];
}

function containerNotices(pod: ImportedPod, c: ContainerSource, generated: Obj | undefined, init: boolean): Notice[] {
  const ref = pod.source.object.ref;
  const subject = `${ref}, container ${c.name}`;
  if (!generated)
    return [
      {
        severity: 'warning',
        message: c.init
          ? `${subject}: the init container is not kept; Podsmith runs init containers only as the native sidecars of its templates.`
          : `${subject}: the container is not kept.`,
        path: `${ref} ${c.path}`,
        verbatim: verbatimOf(undefined, c.value),
      },
    ];
  const out: Notice[] = [];
  if (c.init === false && init)
    out.push({
      severity: 'info',
      message: `${subject}: runs as a native sidecar now (an init container with restartPolicy: Always), as the workload's other sidecars did.`,
      path: `${ref} ${c.path}`,
    });
  if (c.native && !init)
    out.push({
      severity: 'warning',
      message: `${subject}: ran as a native sidecar (an init container with restartPolicy: Always); it runs as a regular container now, started with the app rather than before it.`,
      path: `${ref} ${c.path}`,
    });
  out.push(...commandLineNotices(c, generated, subject, ref));
  const { ports: gPorts, ...g } = withoutKeys(generated, ['name', 'image', 'volumeMounts', 'restartPolicy', ...LINE]);
  const compared = { ...g, ...(gPorts === undefined ? {} : { ports: portsByNumber(gPorts) }) };
  const readEnv = pod.readEnv.get(c.name) ?? [];
  const base = comparable(c.value, defaultPullPolicy(c.image));
  const env = list(base.env).filter((e) => !readEnv.includes(str(at(e, 'name')) ?? ''));
  const input = { ...withoutKeys(base, [...LINE, 'env']), ...(env.length ? { env } : {}) };
  out.push(...differenceNotices(diff(input, compared), subject, ref, c.path));
  const gMounts = list(generated.volumeMounts).map((m) => str(at(m, 'mountPath')));
  for (const m of mountsOf(c))
    if (pod.usedVolumes.has(m.volume) && !gMounts.includes(m.mountPath))
      out.push({
        severity: 'info',
        message: `${subject}: volume ${m.volume} was mounted at ${m.mountPath}; the template mounts what it needs where it expects it.`,
        path: `${ref} ${c.path}.volumeMounts`,
      });
  return out;
}

function volumeNotices(pod: ImportedPod, generatedVolumes: readonly unknown[]): Notice[] {
  const ref = pod.source.object.ref;
  const out: Notice[] = [];
  for (const [name, volume] of pod.source.volumes) {
    if (pod.usedVolumes.has(name)) continue;
    if (generatedVolumes.some((v) => deepEqual(v, volume))) continue;
    const type = Object.keys(volume).find((k) => k !== 'name') ?? 'volume';
    const users = pod.source.containers.flatMap((c) =>
      mountsOf(c)
        .filter((m) => m.volume === name)
        .map((m) => `${c.name} at ${m.mountPath}`),
    );
    out.push({
      severity: 'warning',
      message: `${ref}: volume ${name} (${type}) is not kept${users.length ? `; it was mounted by ${users.join(', ')}` : ''}.`,
      path: `${ref} ${pod.source.specPath}.volumes`,
      verbatim: verbatimOf(undefined, volume),
    });
  }
  return out;
}

function fileNotices(pod: ImportedPod, configMaps: ReadonlyMap<string, Obj>): Notice[] {
  const ref = pod.source.object.ref;
  return pod.files.flatMap(({ container, file }): Notice[] => {
    const generated = strMap(at(configMaps.get(`${pod.source.object.name}-${container}`), 'data'))[file.name] ?? '';
    if (generated === file.verbatim) return [];
    const kept = new Set(configLines(file.language, generated));
    const missing = file.lines.filter((l) => !kept.has(l));
    const subject = `${ref}, container ${container}`;
    const paths = file.paths.join(' and ');
    return [
      missing.length
        ? {
            severity: 'warning',
            message: `${subject}: ${paths} is written from the design; ${missing.length === 1 ? 'this setting of the original is' : `${missing.length} settings of the original are`} not in it: ${missing.join('; ')}.`,
            path: ref,
            verbatim: file.verbatim,
          }
        : {
            severity: 'info',
            message: `${subject}: ${paths} is written from the design, with the same settings.`,
            path: ref,
            verbatim: file.verbatim,
          },
    ];
  });
}

/** Every notice about one workload, given its generated object and the generated ConfigMaps by name. */
export function podNotices(pod: ImportedPod, generated: Obj, configMaps: ReadonlyMap<string, Obj>): Notice[] {
  const { source } = pod;
  const o = source.object;
  // What Podsmith wrote itself comes back unchanged: only its config files are left to compare.
  if (deepEqual(o.value, generated)) return fileNotices(pod, configMaps);
  const out: Notice[] = [];
  const spec = obj(at(o.value, 'spec')) ?? {};
  if (o.apiVersion !== generated.apiVersion)
    out.push({
      severity: 'info',
      message: `${o.ref}: apiVersion ${o.apiVersion} becomes ${String(generated.apiVersion)}${source.kind !== 'Pod' && spec.selector === undefined ? ', with spec.selector equal to the pod labels (apps/v1 requires one)' : ''}.`,
      path: `${o.ref} apiVersion`,
    });
  out.push(...metadataNotices(o.value.metadata, generated.metadata, o.ref, o.ref, 'metadata'));
  out.push(...topLevelNotices(o.value, o.ref));
  const gSpec = obj(generated.spec) ?? {};
  if (source.kind !== 'Pod') {
    const rest = prune(withoutKeys(spec, ['template', 'selector']), WORKLOAD_SPEC_DEFAULTS[source.kind] ?? {});
    out.push(...differenceNotices(diff(rest, withoutKeys(gSpec, ['template', 'selector'])), o.ref, o.ref, 'spec'));
    if (spec.selector !== undefined) {
      const changed = diff(spec.selector, gSpec.selector);
      if (changed.length)
        out.push({
          severity: 'warning',
          message: `${o.ref}: spec.selector ${short(spec.selector)} becomes ${short(gSpec.selector)}; a selector cannot change in place, so delete the old ${source.kind} before applying.`,
          path: `${o.ref} spec.selector`,
          verbatim: verbatimOf('selector', spec.selector),
        });
    }
    out.push(
      ...metadataNotices(
        at(spec, 'template', 'metadata'),
        at(gSpec, 'template', 'metadata'),
        o.ref,
        o.ref,
        'spec.template.metadata',
      ),
    );
  }
  const gPod = obj(source.kind === 'Pod' ? generated.spec : at(gSpec, 'template', 'spec')) ?? {};
  const podRest = prune(withoutKeys(source.spec, ['containers', 'initContainers', 'volumes']), POD_SPEC_DEFAULTS);
  out.push(
    ...differenceNotices(
      diff(podRest, withoutKeys(gPod, ['containers', 'initContainers', 'volumes'])),
      o.ref,
      o.ref,
      source.specPath,
    ),
  );
  const gInit = list(gPod.initContainers).filter(isObj);
  const gMain = list(gPod.containers).filter(isObj);
  for (const c of source.containers) {
    const init = gInit.find((g) => g.name === c.name);
    out.push(...containerNotices(pod, c, init ?? gMain.find((g) => g.name === c.name), init !== undefined));
  }
  out.push(...volumeNotices(pod, list(gPod.volumes)), ...fileNotices(pod, configMaps));
  return out;
}
