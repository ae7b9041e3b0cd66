/**
 * Carrying a design over a read-back: the importer gives a design with ids and a layout of its own,
 * and parameters written out with their defaults. What the user did not touch must stay as it was:
 * the same ids (selection, links, the canvas), the same places, the same objects (analysis and
 * generation remember results by identity), and parameters written as the user wrote them.
 */

import { templateFor } from '../../catalog/lookup';
import { resolveParams } from '../../catalog/params';
import type { Container, Design, External, KeptObject, Link, Params, ParamValue, Workload } from '../../model/design';
import { WORKLOAD_GAP } from '../../model/layout';
import { deepEqual } from '../../read/diff';

/** Reuses `before` where it holds the same value as `after`: unchanged parts keep their identity. */
function same<T>(before: T, after: T): T {
  return deepEqual(before, after) ? before : after;
}

/**
 * `after`'s parameters, written as `before` wrote them where the value is the same: a key the user
 * left to its default stays out, and only the values that changed are set, as a form edit sets them.
 */
function carryParams(design: Design, before: Container, after: Container): Params {
  if (before.template !== after.template) return after.params;
  const template = templateFor(design, before.template);
  if (!template) return after.params;
  const was: Readonly<Record<string, ParamValue>> = resolveParams(template, before.params);
  const now: Readonly<Record<string, ParamValue>> = resolveParams(template, after.params);
  const out: Record<string, ParamValue> = { ...before.params };
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    if (deepEqual(was[key], now[key])) continue;
    if (now[key] === undefined) delete out[key];
    else out[key] = now[key];
  }
  return deepEqual(out, before.params) ? before.params : out;
}

interface Ids {
  readonly used: Set<string>;
  /** The imported design's id of an element to the carried design's. */
  readonly map: Map<string, string>;
  /** The last number given to each prefix: the next search starts after it. */
  readonly last: Map<string, number>;
}

function fresh(ids: Ids, prefix: string): string {
  for (let i = (ids.last.get(prefix) ?? 0) + 1; ; i++) {
    const id = `${prefix}${i}`;
    if (!ids.used.has(id)) {
      ids.used.add(id);
      ids.last.set(prefix, i);
      return id;
    }
  }
}

function carryContainer(design: Design, ids: Ids, before: Container | undefined, after: Container, wid: string) {
  const id = before?.id ?? fresh(ids, `${wid}c`);
  ids.map.set(after.id, id);
  if (!before) return { ...after, id };
  // A container of a template the design carries reads back as the program it runs; the template stays.
  if (before.template.startsWith('user.') && after.template !== before.template) return before;
  return same(before, { ...after, id, layout: before.layout, params: carryParams(design, before, after) });
}

function carryWorkload(design: Design, ids: Ids, before: Workload | undefined, after: Workload, below: number) {
  const id = before?.id ?? fresh(ids, 'w');
  ids.map.set(after.id, id);
  const old = new Map((before?.containers ?? []).map((c) => [c.name, c]));
  const read = after.containers.map((c) => carryContainer(design, ids, old.get(c.name), c, id));
  // The same containers keep the same list, so that a change elsewhere in the workload rebuilds none of them.
  const containers =
    before && read.length === before.containers.length && read.every((c, i) => c === before.containers[i])
      ? before.containers
      : read;
  const layout = before?.layout ?? { ...after.layout, y: after.layout.y + below };
  const carried: Workload = { ...after, id, layout, containers };
  return before ? same(before, carried) : carried;
}

function identity(k: KeptObject): string {
  return `${k.object.apiVersion}/${k.object.kind}/${k.object.metadata.name}`;
}

/**
 * `after` (a design the importer read from text) carried over `before` (the design the text was
 * generated from): elements are matched by name, keep their ids and layout, and stay the same
 * objects where nothing of them changed; new ones get unused ids (none of `reserved` either) and go
 * below the rest. The design's user templates are `before`'s.
 */
export function carryOver(before: Design, after: Design, reserved: Iterable<string> = []): Design {
  const ids: Ids = { used: new Set(reserved), map: new Map(), last: new Map() };
  const byName = new Map(before.workloads.map((w) => [w.name, w]));
  const externals = new Map(before.externals.map((e) => [`${e.kind}/${e.name}`, e]));
  const extras = new Map(before.extras.map((k) => [identity(k), k]));
  for (const w of after.workloads) {
    const b = byName.get(w.name);
    if (!b) continue;
    ids.used.add(b.id);
    for (const c of b.containers) ids.used.add(c.id);
  }
  for (const e of after.externals) {
    const b = externals.get(`${e.kind}/${e.name}`);
    if (b) ids.used.add(b.id);
  }
  for (const k of after.extras) {
    const b = extras.get(identity(k));
    if (b) ids.used.add(b.id);
  }
  for (const l of before.links) ids.used.add(l.id);
  const bottom = Math.max(0, ...before.workloads.map((w) => w.layout.y + w.layout.height));
  const below = before.workloads.length > 0 ? bottom + WORKLOAD_GAP : 0;
  const workloads = after.workloads.map((w) => carryWorkload(before, ids, byName.get(w.name), w, below));
  const carriedExternals = after.externals.map((e): External => {
    const b = externals.get(`${e.kind}/${e.name}`);
    const id = b?.id ?? fresh(ids, 'e');
    ids.map.set(e.id, id);
    return b ? same(b, { ...e, id, layout: b.layout }) : { ...e, id };
  });
  const key = (l: Link) => `${l.from} ${l.to} ${l.kind}`;
  const oldLinks = new Map(before.links.map((l) => [key(l), l]));
  const links = after.links.map((l): Link => {
    const mapped = { ...l, from: ids.map.get(l.from) ?? l.from, to: ids.map.get(l.to) ?? l.to };
    const b = oldLinks.get(key(mapped));
    return b ? same(b, { ...mapped, id: b.id }) : { ...mapped, id: fresh(ids, 'l') };
  });
  const carriedExtras = after.extras.map((k): KeptObject => {
    const b = extras.get(identity(k));
    return b ? same(b, { ...k, id: b.id }) : { ...k, id: fresh(ids, 'k') };
  });
  // Links and externals have no order in the files: those the design had keep its order.
  const inOrder = <T extends { id: string }>(was: readonly T[], now: T[]): T[] => {
    const rank = new Map(was.map((x, i) => [x.id, i]));
    return now
      .map((x, i) => ({ x, i, r: rank.get(x.id) ?? was.length + i }))
      .sort((a, b) => a.r - b.r)
      .map((e) => e.x);
  };
  const pick = <T>(was: readonly T[], now: readonly T[]): readonly T[] =>
    was.length === now.length && now.every((x, i) => x === was[i]) ? was : now;
  const design: Design = {
    ...after,
    workloads: pick(before.workloads, workloads),
    externals: pick(before.externals, inOrder(before.externals, carriedExternals)),
    links: pick(before.links, inOrder(before.links, links)),
    extras: pick(before.extras, carriedExtras),
    templates: before.templates,
  };
  const unchanged =
    design.workloads === before.workloads &&
    design.externals === before.externals &&
    design.links === before.links &&
    design.extras === before.extras &&
    design.name === before.name &&
    design.namespace === before.namespace;
  return unchanged ? before : design;
}
