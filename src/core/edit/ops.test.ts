import { describe, expect, it } from 'vitest';
import { generateBundle } from '../generate/bundle';
import type { Design, KeptObject } from '../model/design';
import { CONTAINER_HEIGHT, CONTAINER_WIDTH, WORKLOAD_HEADER, WORKLOAD_PADDING } from '../model/layout';
import { validate } from '../validate';
import {
  addExternal,
  addLink,
  addWorkload,
  emptyDesign,
  findContainer,
  moveContainer,
  moveContainerToWorkload,
  moveWorkload,
  nextId,
  relayout,
  removeContainer,
  removeElement,
  removeExternal,
  removeKeptObject,
  removeWorkload,
  renameContainer,
  setContainerImage,
  setNativeSidecars,
  setParam,
  setResource,
  setWorkloadKind,
  setWorkloadLabels,
  setWorkloadReplicas,
  uniqueName,
  updateExternal,
  updateLink,
} from './ops';
import { sketchDesign } from './sketch';
import {
  addContainer,
  addListItem,
  addTableRow,
  paramValue,
  removeListItem,
  removeTableRow,
  setListItem,
  setTableCell,
} from './template-ops';

const twoPods = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      { name: 'web', containers: [{ template: 'app-node' }, { template: 'app-redis' }] },
      { name: 'db', containers: [{ template: 'app-mysql' }] },
    ],
    externals: [{ name: 'prometheus', kind: 'prometheus', address: 'prometheus:9090' }],
    links: [
      { from: 'web/web', to: 'web/redis', kind: 'traffic' },
      { from: 'web/web', to: 'db/mysql', kind: 'traffic', weight: 2 },
      { from: 'prometheus', to: 'db', kind: 'metrics' },
    ],
  });

describe('ids and names', () => {
  it('nextId picks the first free number for a prefix', () => {
    const d = twoPods();
    expect(nextId(d, 'c')).toBe('c1');
    expect(nextId(d, 'w')).toBe('w3');
    expect(nextId(d, 'l')).toBe('l4');
    expect(nextId(d, 'e')).toBe('e2');
  });
  it('uniqueName adds a numeric suffix only when needed', () => {
    expect(uniqueName([], 'redis')).toBe('redis');
    expect(uniqueName(['redis', 'redis-2'], 'redis')).toBe('redis-3');
  });
});

describe('workloads', () => {
  it('addWorkload makes an empty Pod with a unique name at the given point', () => {
    const d = addWorkload(addWorkload(emptyDesign(), { at: { x: 10.4, y: 20.6 } }));
    expect(d.workloads.map((w) => [w.id, w.name, w.kind])).toEqual([
      ['w1', 'pod', 'Pod'],
      ['w2', 'pod-2', 'Pod'],
    ]);
    expect(d.workloads[0]?.layout).toMatchObject({ x: 10, y: 21 });
    expect(d.workloads[1]?.layout.x).toBeGreaterThan(d.workloads[0]?.layout.width ?? 0);
  });
  it('removeWorkload drops its containers and every link to them', () => {
    const d = removeWorkload(twoPods(), 'w2');
    expect(d.workloads.map((w) => w.id)).toEqual(['w1']);
    expect(d.links.map((l) => l.id)).toEqual(['l1']);
  });
  it('settings change only the one workload and keep the input untouched', () => {
    const before = twoPods();
    let d = setWorkloadKind(before, 'w1', 'StatefulSet');
    d = setWorkloadReplicas(d, 'w1', 3);
    d = setNativeSidecars(d, 'w1', true);
    d = setWorkloadLabels(d, 'w1', { tier: 'web' });
    d = moveWorkload(d, 'w1', { x: 5, y: 6 });
    expect(d.workloads[0]).toMatchObject({
      kind: 'StatefulSet',
      replicas: 3,
      nativeSidecars: true,
      labels: { tier: 'web' },
      layout: { x: 5, y: 6 },
    });
    expect(d.workloads[1]).toBe(before.workloads[1]);
    expect(before.workloads[0]?.kind).toBe('Deployment');
  });
  it('returns the same document when nothing changes', () => {
    const d = twoPods();
    expect(setWorkloadKind(d, 'w1', 'Deployment')).toBe(d);
    expect(moveWorkload(d, 'w9', { x: 1, y: 1 })).toBe(d);
    expect(renameContainer(d, 'w1c1', 'web')).toBe(d);
  });
});

describe('containers', () => {
  it('addContainer takes the template defaults, a fresh id and a unique name', () => {
    const d = addContainer(twoPods(), 'w1', 'app-redis');
    const added = findContainer(d, 'c1');
    expect(added?.workload.id).toBe('w1');
    expect(added?.container).toMatchObject({
      name: 'redis-2',
      role: 'app',
      template: 'app-redis',
      image: 'redis:7.2.5',
      params: {},
    });
    expect(added?.container.resources.requests).toBeDefined();
    const w = d.workloads[0];
    expect(added?.container.layout.y).toBeGreaterThan(w?.containers[1]?.layout.y ?? 0);
    expect(w?.layout.height).toBeGreaterThanOrEqual(
      (added?.container.layout.y ?? 0) + CONTAINER_HEIGHT + WORKLOAD_PADDING,
    );
  });
  it('addContainer at a point keeps the container inside the content area', () => {
    const d = addContainer(addWorkload(emptyDesign()), 'w1', 'app-generic', { x: -50, y: 3 });
    expect(findContainer(d, 'c1')?.container.layout).toEqual({ x: WORKLOAD_PADDING, y: WORKLOAD_HEADER });
  });
  it('addContainer onto another container goes to the next free slot', () => {
    let d = addContainer(addWorkload(emptyDesign()), 'w1', 'app-generic');
    d = addContainer(d, 'w1', 'app-redis', { x: 40, y: 60 });
    expect(findContainer(d, 'c2')?.container.layout).toEqual({
      x: WORKLOAD_PADDING,
      y: WORKLOAD_HEADER + CONTAINER_HEIGHT + 16,
    });
  });
  it('addContainer makes a custom sidecar of the generic app, with no port of its own, that runs as a sidecar', () => {
    let d = addContainer(addWorkload(emptyDesign()), 'w1', 'app-generic');
    d = addContainer(d, 'w1', 'app-generic', undefined, 'sidecar');
    const custom = findContainer(d, 'c2')?.container;
    expect(custom).toMatchObject({ name: 'sidecar', role: 'sidecar', template: 'app-generic', params: { ports: [] } });
    expect(validate(d).filter((x) => x.severity === 'error')).toEqual([]);
    const native = { ...d, workloads: d.workloads.map((w) => ({ ...w, nativeSidecars: true })) };
    const pod = generateBundle(native).files.find((f) => f.path.startsWith('manifests/pod-'))?.content ?? '';
    expect(pod).toMatch(/initContainers:\n {4}- name: sidecar\n/);
    // A template of one role keeps it, whatever is asked.
    expect(findContainer(addContainer(d, 'w1', 'app-redis', undefined, 'sidecar'), 'c3')?.container.role).toBe('app');
  });
  it('addContainer ignores unknown templates and workloads', () => {
    const d = twoPods();
    expect(addContainer(d, 'w1', 'no-such-template')).toBe(d);
    expect(addContainer(d, 'w9', 'app-redis')).toBe(d);
  });
  it('removeContainer drops its links', () => {
    const d = removeContainer(twoPods(), 'w1c2');
    expect(d.workloads[0]?.containers.map((c) => c.id)).toEqual(['w1c1']);
    expect(d.links.map((l) => l.id)).toEqual(['l2', 'l3']);
  });
  it('moveContainer grows the workload box to hold the container', () => {
    const d = moveContainer(twoPods(), 'w1c1', { x: 400, y: 300 });
    const w = d.workloads[0];
    expect(w?.containers[0]?.layout).toEqual({ x: 400, y: 300 });
    expect(w?.layout.width).toBe(400 + CONTAINER_WIDTH + WORKLOAD_PADDING);
    expect(w?.layout.height).toBe(300 + CONTAINER_HEIGHT + WORKLOAD_PADDING);
  });
  it('moveContainerToWorkload keeps id and links and renames on a clash', () => {
    let d = addContainer(twoPods(), 'w2', 'app-redis');
    d = moveContainerToWorkload(d, 'w1c2', 'w2', { x: 20, y: 200 });
    expect(d.workloads[0]?.containers.map((c) => c.id)).toEqual(['w1c1']);
    const moved = findContainer(d, 'w1c2');
    expect(moved?.workload.id).toBe('w2');
    expect(moved?.container.name).toBe('redis-2');
    expect(d.links.find((l) => l.id === 'l1')?.to).toBe('w1c2');
  });
  it('edits name, image and resources', () => {
    let d = renameContainer(twoPods(), 'w1c1', 'shop');
    d = setContainerImage(d, 'w1c1', 'node:22');
    d = setResource(d, 'w1c1', 'limits', 'memory', '256Mi');
    d = setResource(d, 'w1c1', 'requests', 'cpu', '');
    expect(findContainer(d, 'w1c1')?.container).toMatchObject({
      name: 'shop',
      image: 'node:22',
      resources: { requests: { memory: '64Mi' }, limits: { memory: '256Mi' } },
    });
    d = setResource(d, 'w1c1', 'limits', 'memory', '');
    expect(findContainer(d, 'w1c1')?.container.resources.limits).toBeUndefined();
  });
});

describe('parameters', () => {
  it('setParam stores the value as given, even one validation will refuse', () => {
    const d = setParam(twoPods(), 'w1c2', 'args', ['--port', '70000']);
    expect(findContainer(d, 'w1c2')?.container.params.args).toEqual(['--port', '70000']);
  });
  it('table edits start from the template default rows', () => {
    let d = setTableCell(twoPods(), 'w1c2', 'ports', 0, 'port', 70000);
    const c = () => findContainer(d, 'w1c2')?.container;
    expect(c()?.params.ports).toEqual([{ name: 'redis', port: 70000, udp: false, localhostOnly: false }]);
    d = addTableRow(d, 'w1c2', 'ports');
    expect(c()?.params.ports).toEqual([
      { name: 'redis', port: 70000, localhostOnly: false, udp: false },
      { name: '', port: 1, localhostOnly: false, udp: false },
    ]);
    d = removeTableRow(d, 'w1c2', 'ports', 0);
    expect(c()?.params.ports).toEqual([{ name: '', port: 1, localhostOnly: false, udp: false }]);
    expect(setTableCell(d, 'w1c2', 'ports', 5, 'port', 1)).toBe(d);
  });
  it('list edits add, change and remove items', () => {
    let d = addListItem(twoPods(), 'w1c1', 'args', '--inspect');
    d = addListItem(d, 'w1c1', 'args');
    d = setListItem(d, 'w1c1', 'args', 1, '--trace');
    const found = findContainer(d, 'w1c1');
    expect(found && paramValue(found.container, 'args')).toEqual(['--inspect', '--trace']);
    d = removeListItem(d, 'w1c1', 'args', 0);
    expect(findContainer(d, 'w1c1')?.container.params.args).toEqual(['--trace']);
  });
  it('paramValue falls back to the template default', () => {
    const found = findContainer(twoPods(), 'w1c1');
    expect(found && paramValue(found.container, 'command')).toEqual(['node', 'server.js']);
  });
});

describe('externals and links', () => {
  it('adds, edits and removes externals with their links', () => {
    let d = addExternal(twoPods(), { name: 'prometheus', kind: 'prometheus' });
    expect(d.externals.map((e) => [e.id, e.name])).toEqual([
      ['e1', 'prometheus'],
      ['e2', 'prometheus-2'],
    ]);
    d = updateExternal(d, 'e2', { address: 'prom:9090' });
    expect(d.externals[1]?.address).toBe('prom:9090');
    d = removeExternal(d, 'e1');
    expect(d.links.map((l) => l.id)).toEqual(['l1', 'l2']);
  });
  it('addLink refuses self links, dangling ends and duplicates', () => {
    const d = twoPods();
    expect(addLink(d, { from: 'w1c1', to: 'w1c1' })).toBe(d);
    expect(addLink(d, { from: 'w1c1', to: 'nope' })).toBe(d);
    expect(addLink(d, { from: 'w1c1', to: 'w1c2', kind: 'traffic' })).toBe(d);
    const next = addLink(d, { from: 'w1c2', to: 'e1', kind: 'metrics' });
    expect(next.links.at(-1)).toEqual({ id: 'l4', from: 'w1c2', to: 'e1', kind: 'metrics' });
  });
  it('updateLink sets and clears the weight', () => {
    let d = updateLink(twoPods(), 'l1', { weight: 3, kind: 'files' });
    expect(d.links[0]).toEqual({ id: 'l1', from: 'w1c1', to: 'w1c2', kind: 'files', weight: 3 });
    d = updateLink(d, 'l1', { weight: null });
    expect(d.links[0]).toEqual({ id: 'l1', from: 'w1c1', to: 'w1c2', kind: 'files' });
  });
  it('removeElement dispatches on the kind of id', () => {
    const d = twoPods();
    expect(removeElement(d, 'l2').links).toHaveLength(2);
    expect(removeElement(d, 'e1').externals).toHaveLength(0);
    expect(removeElement(d, 'w1c1').workloads[0]?.containers).toHaveLength(1);
    expect(removeElement(d, 'w2').workloads).toHaveLength(1);
    expect(removeElement(d, 'zzz')).toBe(d);
  });
});

describe('relayout', () => {
  it('stacks containers and puts linked workloads in later columns', () => {
    let d = moveContainer(twoPods(), 'w1c1', { x: 300, y: 300 });
    d = relayout(d);
    const [web, db] = d.workloads;
    expect(web?.containers.map((c) => c.layout)).toEqual([
      { x: WORKLOAD_PADDING, y: WORKLOAD_HEADER },
      { x: WORKLOAD_PADDING, y: WORKLOAD_HEADER + CONTAINER_HEIGHT + 16 },
    ]);
    // prometheus -> db, web -> db: db is one rank right of both.
    expect(db?.layout.x).toBeGreaterThan(web?.layout.x ?? 0);
    expect(d.externals[0]?.layout.x).toBe(web?.layout.x);
  });
  it('uses the given positions and survives cycles', () => {
    let d = addLink(twoPods(), { from: 'w2c1', to: 'w1c1' });
    d = relayout(d, new Map([['w1', { x: 500, y: 40 }]]));
    expect(d.workloads[0]?.layout).toMatchObject({ x: 500, y: 40 });
    expect(relayout(addLink(twoPods(), { from: 'w2c1', to: 'w1c1' })).workloads).toHaveLength(2);
  });
});

describe('removeKeptObject', () => {
  const kept = (): Design => ({
    ...emptyDesign('kept'),
    extras: [
      { id: 'k1', object: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' } } },
      { id: 'k2', object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' } } },
    ],
  });

  it('removes the kept object of that id and keeps the others in order', () => {
    expect(removeKeptObject(kept(), 'k1').extras.map((k) => k.id)).toEqual(['k2']);
  });

  it('returns the same design for an unknown id (no history entry)', () => {
    const d = kept();
    expect(removeKeptObject(d, 'nope')).toBe(d);
  });

  it('counts kept ids as used, so new elements never take them', () => {
    expect(nextId({ ...kept(), extras: [{ ...(kept().extras[0] as KeptObject), id: 'e1' }] }, 'e')).toBe('e2');
  });
});
