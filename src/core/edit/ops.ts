/**
 * Pure edit operations on a `Design`. Each takes a document and returns a new one (or the same
 * object when nothing changes, so callers can skip a history entry). The designer's store calls
 * these; nothing else edits a document.
 *
 * Ids are deterministic: `nextId(design, 'c')` is the first `c1`, `c2`, ... not used by any element.
 */
import type {
  Container,
  Design,
  External,
  ExternalKind,
  Link,
  LinkKind,
  ParamValue,
  Point,
  Resources,
  Workload,
  WorkloadKind,
} from '../model/design';
import { SCHEMA_VERSION } from '../model/design';
import {
  CONTAINER_GAP,
  CONTAINER_HEIGHT,
  CONTAINER_WIDTH,
  layoutContainers,
  WORKLOAD_GAP,
  WORKLOAD_HEADER,
  WORKLOAD_PADDING,
} from '../model/layout';

/** An empty design: no workloads, nothing linked. */
export function emptyDesign(name = 'my-design'): Design {
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    namespace: 'default',
    workloads: [],
    externals: [],
    links: [],
    extras: [],
    templates: [],
  };
}

/** Every id used by an element of the design. */
function usedIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const w of design.workloads) {
    ids.add(w.id);
    for (const c of w.containers) ids.add(c.id);
  }
  for (const e of design.externals) ids.add(e.id);
  for (const l of design.links) ids.add(l.id);
  for (const k of design.extras) ids.add(k.id);
  return ids;
}

/**
 * The first `PREFIX1`, `PREFIX2`, ... not used by any element of the design.
 *
 * @example nextId(design, 'c') // 'c1' on a design of sketched ids (w1c1, w1c2)
 */
export function nextId(design: Design, prefix: string): string {
  const ids = usedIds(design);
  for (let i = 1; ; i++) {
    const id = `${prefix}${i}`;
    if (!ids.has(id)) return id;
  }
}

/**
 * `base` if no name in `taken` is equal to it, else `base-2`, `base-3`, ...
 *
 * @example uniqueName(['redis'], 'redis') // 'redis-2'
 */
export function uniqueName(taken: Iterable<string>, base: string): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  const stem = base.slice(0, 60);
  for (let i = 2; ; i++) {
    const name = `${stem}-${i}`;
    if (!set.has(name)) return name;
  }
}

/** Where a container is: its workload and itself, or undefined. */
export function findContainer(
  design: Design,
  containerId: string,
): { readonly workload: Workload; readonly container: Container } | undefined {
  for (const workload of design.workloads) {
    const container = workload.containers.find((c) => c.id === containerId);
    if (container) return { workload, container };
  }
  return undefined;
}

/** What kind of element an id names in this design, or undefined. */
export function kindOfId(design: Design, id: string): 'workload' | 'container' | 'external' | 'link' | undefined {
  if (design.workloads.some((w) => w.id === id)) return 'workload';
  if (findContainer(design, id)) return 'container';
  if (design.externals.some((e) => e.id === id)) return 'external';
  if (design.links.some((l) => l.id === id)) return 'link';
  return undefined;
}

// ---------------------------------------------------------------- design

export function setDesignName(design: Design, name: string): Design {
  return design.name === name ? design : { ...design, name };
}

export function setNamespace(design: Design, namespace: string): Design {
  return design.namespace === namespace ? design : { ...design, namespace };
}

/**
 * Removes a kept object (an Ingress, a PersistentVolumeClaim... kept from an import); it is no
 * longer exported. The same design when no kept object has that id.
 *
 * @example removeKeptObject(design, 'k1').extras // without the object of id k1
 */
export function removeKeptObject(design: Design, keptId: string): Design {
  const extras = design.extras.filter((k) => k.id !== keptId);
  return extras.length === design.extras.length ? design : { ...design, extras };
}

// ---------------------------------------------------------------- workloads

/** The smallest box that holds the workload's containers (never smaller than an empty workload). */
function fitBox(workload: Workload, containers: readonly Container[]): Workload['layout'] {
  const empty = layoutContainers([]);
  let width = empty.width;
  let height = empty.height;
  for (const c of containers) {
    width = Math.max(width, c.layout.x + CONTAINER_WIDTH + WORKLOAD_PADDING);
    height = Math.max(height, c.layout.y + CONTAINER_HEIGHT + WORKLOAD_PADDING);
  }
  return { ...workload.layout, width, height };
}

export function withContainers(workload: Workload, containers: readonly Container[]): Workload {
  return { ...workload, containers, layout: fitBox(workload, containers) };
}

export function mapWorkload(design: Design, workloadId: string, fn: (w: Workload) => Workload): Design {
  let changed = false;
  const workloads = design.workloads.map((w) => {
    if (w.id !== workloadId) return w;
    const next = fn(w);
    if (next !== w) changed = true;
    return next;
  });
  return changed ? { ...design, workloads } : design;
}

/** Where a new workload goes when no position is given: right of the rightmost element. */
function freeSpot(design: Design): Point {
  let x = 0;
  for (const w of design.workloads) x = Math.max(x, w.layout.x + w.layout.width + WORKLOAD_GAP);
  for (const e of design.externals) x = Math.max(x, e.layout.x + CONTAINER_WIDTH + WORKLOAD_GAP);
  return { x, y: 0 };
}

export interface NewWorkload {
  readonly at?: Point;
  readonly name?: string;
  readonly kind?: WorkloadKind;
}

/** Adds an empty workload (id `nextId(design, 'w')`, a unique name, a Pod unless told otherwise). */
export function addWorkload(design: Design, opts: NewWorkload = {}): Design {
  const id = nextId(design, 'w');
  const name = uniqueName(
    design.workloads.map((w) => w.name),
    opts.name ?? 'pod',
  );
  const box = layoutContainers([]);
  const at = opts.at ?? freeSpot(design);
  const workload: Workload = {
    id,
    name,
    kind: opts.kind ?? 'Pod',
    replicas: 1,
    labels: {},
    nativeSidecars: false,
    containers: [],
    layout: { x: Math.round(at.x), y: Math.round(at.y), width: box.width, height: box.height },
  };
  return { ...design, workloads: [...design.workloads, workload] };
}

/** Removes links whose ends are among `gone`. */
function dropLinks(links: readonly Link[], gone: ReadonlySet<string>): readonly Link[] {
  return links.some((l) => gone.has(l.from) || gone.has(l.to))
    ? links.filter((l) => !gone.has(l.from) && !gone.has(l.to))
    : links;
}

/** Removes a workload, its containers and every link to any of them. */
export function removeWorkload(design: Design, workloadId: string): Design {
  const workload = design.workloads.find((w) => w.id === workloadId);
  if (!workload) return design;
  const gone = new Set([workload.id, ...workload.containers.map((c) => c.id)]);
  return {
    ...design,
    workloads: design.workloads.filter((w) => w.id !== workloadId),
    links: dropLinks(design.links, gone),
  };
}

export function moveWorkload(design: Design, workloadId: string, at: Point): Design {
  const x = Math.round(at.x);
  const y = Math.round(at.y);
  return mapWorkload(design, workloadId, (w) =>
    w.layout.x === x && w.layout.y === y ? w : { ...w, layout: { ...w.layout, x, y } },
  );
}

export function renameWorkload(design: Design, workloadId: string, name: string): Design {
  return mapWorkload(design, workloadId, (w) => (w.name === name ? w : { ...w, name }));
}

export function setWorkloadKind(design: Design, workloadId: string, kind: WorkloadKind): Design {
  return mapWorkload(design, workloadId, (w) => (w.kind === kind ? w : { ...w, kind }));
}

export function setWorkloadReplicas(design: Design, workloadId: string, replicas: number): Design {
  return mapWorkload(design, workloadId, (w) => (w.replicas === replicas ? w : { ...w, replicas }));
}

export function setNativeSidecars(design: Design, workloadId: string, nativeSidecars: boolean): Design {
  return mapWorkload(design, workloadId, (w) => (w.nativeSidecars === nativeSidecars ? w : { ...w, nativeSidecars }));
}

/** Replaces the workload's labels (keys in the given order). */
export function setWorkloadLabels(
  design: Design,
  workloadId: string,
  labels: Readonly<Record<string, string>>,
): Design {
  return mapWorkload(design, workloadId, (w) => ({ ...w, labels: { ...labels } }));
}

// ---------------------------------------------------------------- containers

export function mapContainer(design: Design, containerId: string, fn: (c: Container) => Container): Design {
  const found = findContainer(design, containerId);
  if (!found) return design;
  const next = fn(found.container);
  if (next === found.container) return design;
  return mapWorkload(design, found.workload.id, (w) =>
    withContainers(
      w,
      w.containers.map((c) => (c.id === containerId ? next : c)),
    ),
  );
}

/** Keeps a container inside its workload's content area (below the header, right of the padding). */
function clampInside(at: Point): Point {
  return { x: Math.max(WORKLOAD_PADDING, Math.round(at.x)), y: Math.max(WORKLOAD_HEADER, Math.round(at.y)) };
}

/** The slot below the workload's lowest container. */
function nextSlot(workload: Workload): Point {
  let y = WORKLOAD_HEADER;
  for (const c of workload.containers) y = Math.max(y, c.layout.y + CONTAINER_HEIGHT + CONTAINER_GAP);
  return { x: WORKLOAD_PADDING, y };
}

function overlaps(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < CONTAINER_WIDTH && Math.abs(a.y - b.y) < CONTAINER_HEIGHT;
}

/** `at` inside the content area, or the next free slot when a container already sits there. */
export function freePlace(workload: Workload, at: Point | undefined): Point {
  if (!at) return nextSlot(workload);
  const p = clampInside(at);
  return workload.containers.some((c) => overlaps(c.layout, p)) ? nextSlot(workload) : p;
}

/** Removes a container and every link to it. */
export function removeContainer(design: Design, containerId: string): Design {
  const found = findContainer(design, containerId);
  if (!found) return design;
  const next = mapWorkload(design, found.workload.id, (w) =>
    withContainers(
      w,
      w.containers.filter((c) => c.id !== containerId),
    ),
  );
  return { ...next, links: dropLinks(next.links, new Set([containerId])) };
}

/** Moves a container within its workload (position relative to the workload); the box grows to hold it. */
export function moveContainer(design: Design, containerId: string, at: Point): Design {
  const p = clampInside(at);
  return mapContainer(design, containerId, (c) => (c.layout.x === p.x && c.layout.y === p.y ? c : { ...c, layout: p }));
}

/**
 * Moves a container into another workload at `at` (relative to the target). Its id and links stay;
 * its name gets a suffix if the target already has a container of that name.
 */
export function moveContainerToWorkload(design: Design, containerId: string, targetId: string, at: Point): Design {
  const found = findContainer(design, containerId);
  const target = design.workloads.find((w) => w.id === targetId);
  if (!found || !target) return design;
  if (found.workload.id === targetId) return moveContainer(design, containerId, at);
  const moved: Container = {
    ...found.container,
    name: uniqueName(
      target.containers.map((c) => c.name),
      found.container.name,
    ),
    layout: clampInside(at),
  };
  return {
    ...design,
    workloads: design.workloads.map((w) => {
      if (w.id === found.workload.id)
        return withContainers(
          w,
          w.containers.filter((c) => c.id !== containerId),
        );
      if (w.id === targetId) return withContainers(w, [...w.containers, moved]);
      return w;
    }),
  };
}

export function renameContainer(design: Design, containerId: string, name: string): Design {
  return mapContainer(design, containerId, (c) => (c.name === name ? c : { ...c, name }));
}

export function setContainerImage(design: Design, containerId: string, image: string): Design {
  return mapContainer(design, containerId, (c) => (c.image === image ? c : { ...c, image }));
}

export function setContainerResources(design: Design, containerId: string, resources: Resources): Design {
  return mapContainer(design, containerId, (c) => ({ ...c, resources }));
}

/**
 * Sets one resource quantity, e.g. `setResource(d, 'c1', 'requests', 'cpu', '100m')`.
 * An empty value removes the quantity (and the list when it becomes empty).
 */
export function setResource(
  design: Design,
  containerId: string,
  list: 'requests' | 'limits',
  key: 'cpu' | 'memory',
  value: string,
): Design {
  return mapContainer(design, containerId, (c) => {
    const current = { ...(c.resources[list] ?? {}) };
    if (value === '') delete current[key];
    else current[key] = value;
    const resources: { requests?: Resources['requests']; limits?: Resources['limits'] } = { ...c.resources };
    if (Object.keys(current).length === 0) delete resources[list];
    else resources[list] = current;
    return { ...c, resources };
  });
}

/** Sets one template parameter to a value (the caller gives it the type of the parameter). */
export function setParam(design: Design, containerId: string, key: string, value: ParamValue): Design {
  return mapContainer(design, containerId, (c) =>
    c.params[key] === value ? c : { ...c, params: { ...c.params, [key]: value } },
  );
}

// ---------------------------------------------------------------- externals and links

export interface NewExternal {
  readonly name?: string;
  readonly kind?: ExternalKind;
  readonly address?: string;
  readonly at?: Point;
}

/** Adds an external endpoint (id `nextId(design, 'e')`). */
export function addExternal(design: Design, opts: NewExternal = {}): Design {
  const at = opts.at ?? freeSpot(design);
  const external: External = {
    id: nextId(design, 'e'),
    name: uniqueName(
      design.externals.map((e) => e.name),
      opts.name ?? 'external',
    ),
    kind: opts.kind ?? 'service',
    address: opts.address ?? '',
    layout: { x: Math.round(at.x), y: Math.round(at.y) },
  };
  return { ...design, externals: [...design.externals, external] };
}

/** Removes an external endpoint and every link to it. */
export function removeExternal(design: Design, externalId: string): Design {
  if (!design.externals.some((e) => e.id === externalId)) return design;
  return {
    ...design,
    externals: design.externals.filter((e) => e.id !== externalId),
    links: dropLinks(design.links, new Set([externalId])),
  };
}

export function updateExternal(
  design: Design,
  externalId: string,
  patch: Partial<Pick<External, 'name' | 'kind' | 'address'>>,
): Design {
  let changed = false;
  const externals = design.externals.map((e) => {
    if (e.id !== externalId) return e;
    const next = { ...e, ...patch };
    if (next.name !== e.name || next.kind !== e.kind || next.address !== e.address) changed = true;
    return next;
  });
  return changed ? { ...design, externals } : design;
}

export function moveExternal(design: Design, externalId: string, at: Point): Design {
  const x = Math.round(at.x);
  const y = Math.round(at.y);
  const external = design.externals.find((e) => e.id === externalId);
  if (!external || (external.layout.x === x && external.layout.y === y)) return design;
  return {
    ...design,
    externals: design.externals.map((e) => (e.id === externalId ? { ...e, layout: { x, y } } : e)),
  };
}

export interface NewLink {
  readonly from: string;
  readonly to: string;
  readonly kind?: LinkKind;
  readonly weight?: number;
}

/**
 * Adds a link (id `nextId(design, 'l')`). A link from an element to itself, to an id the design
 * does not have, or one that repeats an existing link of the same kind leaves the design unchanged.
 */
export function addLink(design: Design, link: NewLink): Design {
  const kind = link.kind ?? 'traffic';
  if (link.from === link.to) return design;
  const ends = kindOfEnds(design, link.from, link.to);
  if (!ends) return design;
  if (design.links.some((l) => l.from === link.from && l.to === link.to && l.kind === kind)) return design;
  const next: Link = {
    id: nextId(design, 'l'),
    from: link.from,
    to: link.to,
    kind,
    ...(link.weight === undefined ? {} : { weight: link.weight }),
  };
  return { ...design, links: [...design.links, next] };
}

function kindOfEnds(design: Design, from: string, to: string): boolean {
  const a = kindOfId(design, from);
  const b = kindOfId(design, to);
  return a !== undefined && a !== 'link' && b !== undefined && b !== 'link';
}

export function removeLink(design: Design, linkId: string): Design {
  return design.links.some((l) => l.id === linkId)
    ? { ...design, links: design.links.filter((l) => l.id !== linkId) }
    : design;
}

/** Changes a link's kind or weight; `weight: null` removes the weight. */
export function updateLink(
  design: Design,
  linkId: string,
  patch: { readonly kind?: LinkKind; readonly weight?: number | null },
): Design {
  const link = design.links.find((l) => l.id === linkId);
  if (!link) return design;
  const { weight: _old, ...rest } = link;
  const weight = patch.weight === undefined ? link.weight : patch.weight === null ? undefined : patch.weight;
  const next: Link = { ...rest, kind: patch.kind ?? link.kind, ...(weight === undefined ? {} : { weight }) };
  if (next.kind === link.kind && next.weight === link.weight) return design;
  return { ...design, links: design.links.map((l) => (l.id === linkId ? next : l)) };
}

/** Removes whatever element the id names (workload, container, external or link). */
export function removeElement(design: Design, id: string): Design {
  switch (kindOfId(design, id)) {
    case 'workload':
      return removeWorkload(design, id);
    case 'container':
      return removeContainer(design, id);
    case 'external':
      return removeExternal(design, id);
    case 'link':
      return removeLink(design, id);
    default:
      return design;
  }
}

// ---------------------------------------------------------------- layout

/**
 * Tidies the design: stacks each workload's containers in one column and places workloads and
 * externals at `positions` (top-left corners by id). Elements missing from `positions` are placed
 * by a simple layered layout: ranks follow the links from left to right.
 */
export function relayout(design: Design, positions?: ReadonlyMap<string, Point>): Design {
  const fallback = positions ?? layeredPositions(design);
  const workloads = design.workloads.map((w) => {
    const laid = layoutContainers(w.containers);
    const at = fallback.get(w.id) ?? { x: w.layout.x, y: w.layout.y };
    return {
      ...w,
      containers: laid.containers,
      layout: { x: Math.round(at.x), y: Math.round(at.y), width: laid.width, height: laid.height },
    };
  });
  const externals = design.externals.map((e) => {
    const at = fallback.get(e.id) ?? e.layout;
    return { ...e, layout: { x: Math.round(at.x), y: Math.round(at.y) } };
  });
  return { ...design, workloads, externals };
}

/** The workload (or external) a link end belongs to. */
export function ownerOf(design: Design, id: string): string | undefined {
  if (design.workloads.some((w) => w.id === id) || design.externals.some((e) => e.id === id)) return id;
  return findContainer(design, id)?.workload.id;
}

/** Ranks by longest path over the links between workloads and externals, one column per rank. */
function layeredPositions(design: Design): Map<string, Point> {
  const nodes = [...design.workloads.map((w) => w.id), ...design.externals.map((e) => e.id)];
  const edges: [string, string][] = [];
  for (const l of design.links) {
    const a = ownerOf(design, l.from);
    const b = ownerOf(design, l.to);
    if (a && b && a !== b) edges.push([a, b]);
  }
  const rank = new Map(nodes.map((n) => [n, 0]));
  // Bellman-Ford style relaxation bounded by the node count, so cycles cannot loop forever.
  for (let i = 0; i < nodes.length; i++) {
    let changed = false;
    for (const [a, b] of edges) {
      const next = (rank.get(a) ?? 0) + 1;
      if (next > (rank.get(b) ?? 0) && next < nodes.length) {
        rank.set(b, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const size = (id: string): { width: number; height: number } => {
    const w = design.workloads.find((x) => x.id === id);
    if (w) {
      const laid = layoutContainers(w.containers);
      return { width: laid.width, height: laid.height };
    }
    return { width: CONTAINER_WIDTH, height: CONTAINER_HEIGHT };
  };
  const columns = new Map<number, string[]>();
  for (const n of nodes) {
    const r = rank.get(n) ?? 0;
    columns.set(r, [...(columns.get(r) ?? []), n]);
  }
  const out = new Map<string, Point>();
  let x = 0;
  for (const r of [...columns.keys()].sort((a, b) => a - b)) {
    let y = 0;
    let width = 0;
    for (const n of columns.get(r) ?? []) {
      const s = size(n);
      out.set(n, { x, y });
      y += s.height + WORKLOAD_GAP / 2;
      width = Math.max(width, s.width);
    }
    x += width + WORKLOAD_GAP;
  }
  return out;
}
