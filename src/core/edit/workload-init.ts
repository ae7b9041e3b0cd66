/**
 * Pure edits of a workload's plain init containers (`workload.initContainers`, Kubernetes' shape):
 * they run one after another, each to completion, before the pod's containers start. The form
 * edits name, image, command, args and env rows; every other field is kept and edited as YAML.
 */
import type { Design, JsonMap, JsonValue, Workload } from '../model/design';
import { uniqueName } from './ops';
import { asList, asMap, editWorkload, sameJson, withField, withItem, withKey } from './workload-shared';

/** The image a new init container starts with: a small shell, its tag pinned. */
export const INIT_IMAGE = 'busybox:1.36';

/** The fields the init container form has controls for, in the order it writes them. */
export const INIT_FORM_FIELDS = ['name', 'image', 'command', 'args', 'env'] as const;
const FORM: ReadonlySet<string> = new Set(INIT_FORM_FIELDS);

/** Init container fields the YAML may not set, and where to edit them. */
export const OWNED_INIT_FIELDS: Readonly<Record<string, string>> = Object.fromEntries(
  INIT_FORM_FIELDS.map((k) => [k, 'edit it in its own field above']),
);

function setInits(w: Workload, inits: readonly JsonMap[]): Workload {
  return withField(w, 'initContainers', inits.length ? inits : undefined);
}

function editInit(design: Design, workloadId: string, index: number, fn: (c: JsonMap) => JsonMap): Design {
  return editWorkload(design, workloadId, (w) => {
    const inits = w.initContainers ?? [];
    const c = inits[index];
    if (!c) return w;
    const next = fn(c);
    return sameJson(next, c) ? w : setInits(w, withItem(inits, index, placeForm(next)));
  });
}

/** A text field of a container ('' when missing or not text). */
export function textOf(c: JsonMap, key: string): string {
  const v = c[key];
  return typeof v === 'string' ? v : '';
}

/**
 * Adds an init container named `init` (unique among the pod's containers) that runs a shell command.
 *
 * @example addInitContainer(design, 'w1').workloads[0].initContainers // [{ name: 'init', image: 'busybox:1.36', command: ['sh', '-c', 'echo ready'] }]
 */
export function addInitContainer(design: Design, workloadId: string): Design {
  return editWorkload(design, workloadId, (w) => {
    const inits = w.initContainers ?? [];
    const taken = [...inits.map((c) => textOf(c, 'name')), ...w.containers.map((c) => c.name)];
    const name = uniqueName(taken, 'init');
    return setInits(w, [...inits, { name, image: INIT_IMAGE, command: ['sh', '-c', 'echo ready'] }]);
  });
}

export function removeInitContainer(design: Design, workloadId: string, index: number): Design {
  return editWorkload(design, workloadId, (w) => setInits(w, withItem(w.initContainers ?? [], index, undefined)));
}

/**
 * Moves the init container at `from` to `to` (they run in list order).
 *
 * @example moveInitContainer(design, 'w1', 1, 0) // the second runs first
 */
export function moveInitContainer(design: Design, workloadId: string, from: number, to: number): Design {
  return editWorkload(design, workloadId, (w) => {
    const inits = [...(w.initContainers ?? [])];
    if (from === to || !inits[from] || to < 0 || to >= inits.length) return w;
    const [moved] = inits.splice(from, 1);
    if (moved) inits.splice(to, 0, moved);
    return setInits(w, inits);
  });
}

/** Sets the name or image of the init container at `index`. */
export function setInitContainerText(
  design: Design,
  workloadId: string,
  index: number,
  key: 'name' | 'image',
  value: string,
): Design {
  return editInit(design, workloadId, index, (c) => withKey(c, key, value) ?? {});
}

/** The command or args of a container as text items. */
export function wordsOf(c: JsonMap, key: 'command' | 'args'): string[] {
  return asList(c[key]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
}

/**
 * Sets the command or args of the init container at `index`; none removes the field (the image's
 * entrypoint or default arguments apply).
 */
export function setInitContainerWords(
  design: Design,
  workloadId: string,
  index: number,
  key: 'command' | 'args',
  items: readonly string[],
): Design {
  return editInit(design, workloadId, index, (c) => withKey<JsonValue>(c, key, items.length ? items : undefined) ?? {});
}

/** One env row as the form shows it: a plain value, or where a `valueFrom` takes it from. */
export interface EnvRow {
  readonly name: string;
  readonly value: string;
  /** Set for a `valueFrom` variable: a short description (`secret db/password`), read only in the form. */
  readonly from?: string;
}

function describeFrom(from: JsonMap): string {
  const [kind = 'valueFrom', ref] = Object.entries(from)[0] ?? [];
  const r = asMap(ref);
  const parts = [r.name, r.key, r.fieldPath, r.resource].filter((x) => typeof x === 'string');
  return `${kind.replace(/KeyRef$|Ref$/, '')} ${parts.join('/')}`.trim();
}

/** The env of a container as rows. */
export function envRows(c: JsonMap): EnvRow[] {
  return asList(c.env).map((e) => {
    const m = asMap(e);
    const name = typeof m.name === 'string' ? m.name : '';
    if (m.valueFrom !== undefined) return { name, value: '', from: describeFrom(asMap(m.valueFrom)) };
    return { name, value: typeof m.value === 'string' ? m.value : '' };
  });
}

/** Sets the name or value of one env row of the init container at `index` (a value replaces a valueFrom). */
export function setInitEnv(
  design: Design,
  workloadId: string,
  index: number,
  row: number,
  key: 'name' | 'value',
  value: string,
): Design {
  return editInit(design, workloadId, index, (c) => {
    const env = asList(c.env).map(asMap);
    const old = env[row];
    if (!old) return c;
    let next = withKey(old, key, value) ?? {};
    if (key === 'value') next = withKey(next, 'valueFrom', undefined) ?? {};
    return withKey<JsonValue>(c, 'env', withItem(env, row, next)) ?? {};
  });
}

/** Adds an env row (`NAME`, made unique) to the init container at `index`. */
export function addInitEnv(design: Design, workloadId: string, index: number): Design {
  return editInit(design, workloadId, index, (c) => {
    const env = asList(c.env).map(asMap);
    const name = uniqueName(
      env.map((e) => (typeof e.name === 'string' ? e.name : '')),
      'NAME',
    );
    const next = [...env, { name, value: '' }];
    return withKey<JsonValue>(c, 'env', next) ?? {};
  });
}

export function removeInitEnv(design: Design, workloadId: string, index: number, row: number): Design {
  return editInit(design, workloadId, index, (c) => {
    const env = withItem(asList(c.env), row, undefined);
    return withKey<JsonValue>(c, 'env', env.length ? env : undefined) ?? {};
  });
}

/** The container with the form's fields first, in their order, and the others after them as they were. */
function placeForm(c: JsonMap): JsonMap {
  const out: Record<string, JsonValue> = {};
  for (const k of INIT_FORM_FIELDS) if (Object.hasOwn(c, k)) out[k] = c[k] as JsonValue;
  for (const [k, v] of Object.entries(c)) if (!FORM.has(k)) out[k] = v;
  return out;
}

/** The fields of an init container the form has no control for (resources, volumeMounts, securityContext, ...). */
export function otherInitFields(c: JsonMap): JsonMap {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(c)) if (!FORM.has(k)) out[k] = v;
  return out;
}

/** Replaces the fields of the init container at `index` that the form has no control for. */
export function setOtherInitFields(
  design: Design,
  workloadId: string,
  index: number,
  fields: JsonMap | undefined,
): Design {
  return editInit(design, workloadId, index, (c) => {
    const out: Record<string, JsonValue> = {};
    for (const k of INIT_FORM_FIELDS) if (Object.hasOwn(c, k)) out[k] = c[k] as JsonValue;
    for (const [k, v] of Object.entries(fields ?? {})) if (!FORM.has(k)) out[k] = v;
    return out;
  });
}
