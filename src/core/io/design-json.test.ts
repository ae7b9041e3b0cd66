import { describe, expect, it } from 'vitest';
import { renameWorkload } from '../edit/ops';
import { EXAMPLES } from '../examples';
import type { Design } from '../model/design';
import { designJson } from './design-json';

const plain = (d: unknown): string => `${JSON.stringify(d, null, 2)}\n`;

describe('designJson', () => {
  it.each(EXAMPLES.map((e) => [e.name, e.design] as const))('writes %s as JSON.stringify does', (_name, design) => {
    expect(designJson(design)).toBe(plain(design));
  });

  it('writes the same bytes for no workloads, odd text and after an edit of a remembered workload', () => {
    const first = EXAMPLES[0]?.design as Design;
    expect(designJson({ ...first, workloads: [] })).toBe(plain({ ...first, workloads: [] }));
    const odd = renameWorkload(first, first.workloads[0]?.id ?? '', 'line\nbreak "quoted" \u2028 \ud800 é');
    designJson(first);
    expect(designJson(odd)).toBe(plain(odd));
    expect(designJson(first)).toBe(plain(first));
  });

  it('writes a design just opened in one call, and each workload of it again from that text after an edit', () => {
    const first = structuredClone(EXAMPLES.find((e) => e.design.workloads.length > 1)?.design) as Design;
    // Keys in another order, and a top-level value whose lines are indented as a workload's are.
    const { workloads, extras, ...rest } = first;
    const reordered = {
      extras: [{ object: { a: { b: { c: 1 } } } }, ...extras],
      workloads,
      ...rest,
    } as unknown as Design;
    expect(designJson(reordered)).toBe(plain(reordered));
    const renamed = renameWorkload(reordered, workloads[1]?.id ?? '', 'renamed');
    expect(designJson(renamed)).toBe(plain(renamed));
    expect(designJson(reordered)).toBe(plain(reordered));
  });
});
