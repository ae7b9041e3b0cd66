/** The analysis remembers built containers by identity: an edit builds the container it changed, once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, builtContainer } from './analyze';
import { TEMPLATES } from './catalog';
import { moveWorkload, renameContainer, renameWorkload, setDesignName, setParam } from './edit/ops';
import { sketchDesign } from './edit/sketch';
import type { Design } from './model/design';

const design = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      { name: 'cache', containers: [{ template: 'app-node' }, { template: 'twemproxy' }, { template: 'topz' }] },
      { name: 'web', containers: [{ template: 'app-node' }, { template: 'topz' }] },
    ],
  });

/** Counts every template build by the id of the container built. */
function countBuilds(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of TEMPLATES) {
    const build = t.build.bind(t);
    vi.spyOn(t, 'build').mockImplementation((input) => {
      counts.set(input.container.id, (counts.get(input.container.id) ?? 0) + 1);
      return build(input);
    });
  }
  return counts;
}

afterEach(() => vi.restoreAllMocks());

describe('analyze', () => {
  it('builds only the edited container after a parameter edit, once however often it is asked', () => {
    const before = design();
    analyze(before);
    const counts = countBuilds();
    const after = setParam(before, 'w1c2', 'listenPort', 6380);
    const analysis = analyze(after);
    analyze(after);
    builtContainer(after, 'w1', 'w1c2');
    expect(Object.fromEntries(counts)).toEqual({ w1c2: 1 });
    expect(builtContainer(after, 'w1', 'w1c2')).toBe(analysis.workloads[0]?.containers[1]);
    expect(builtContainer(after, 'w1', 'w1c2')?.contribution.ports.map((p) => p.containerPort)).toContain(6380);
  });

  it('builds nothing when a workload only moves, and its containers again when it is renamed', () => {
    const before = design();
    analyze(before);
    const counts = countBuilds();
    analyze(moveWorkload(before, 'w1', { x: 500, y: 40 }));
    expect(counts.size).toBe(0);
    analyze(renameWorkload(before, 'w1', 'store'));
    expect(Object.fromEntries(counts)).toEqual({ w1c1: 1, w1c2: 1, w1c3: 1 });
  });

  it('builds everything again when a design-level value a build may read changes', () => {
    const before = design();
    analyze(before);
    const counts = countBuilds();
    analyze(setDesignName(before, 'store'));
    expect([...counts.values()]).toEqual([1, 1, 1, 1, 1]);
  });

  it('keeps the resolved parameters object while the container keeps its parameters', () => {
    const before = design();
    const params = builtContainer(before, 'w1', 'w1c2')?.params;
    expect(builtContainer(renameContainer(before, 'w1c2', 'proxy'), 'w1', 'w1c2')?.params).toBe(params);
    expect(builtContainer(setParam(before, 'w1c2', 'listenPort', 6380), 'w1', 'w1c2')?.params).not.toBe(params);
  });

  it('has no built container for an id that is not in the design', () => {
    expect(builtContainer(design(), 'w1', 'nope')).toBeUndefined();
    expect(builtContainer(design(), 'nope', 'w1c1')).toBeUndefined();
  });
});
