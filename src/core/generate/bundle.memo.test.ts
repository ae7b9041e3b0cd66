/**
 * The bundle remembers each workload's YAML, README section and files between renders, and puts
 * a cold render's README together differently from an edited one's (one flat text, or remembered
 * pieces); these cases expect exactly the bytes of a fresh render of the same document.
 */
import { describe, expect, it } from 'vitest';
import { renameWorkload, setContainerImage } from '../edit/ops';
import { EXAMPLES } from '../examples';
import type { Design } from '../model/design';
import { generateBundle } from './bundle';

/** Every example's workloads in one design, with names made unique. */
const design: Design = {
  ...(EXAMPLES[0]?.design as Design),
  name: 'all-examples',
  workloads: EXAMPLES.flatMap((e, i) =>
    e.design.workloads.map((w) => ({
      ...w,
      id: `${w.id}-${i}`,
      name: `${w.name}-${i}`,
      containers: w.containers.map((c) => ({ ...c, id: `${c.id}-${i}` })),
    })),
  ),
  links: [],
  externals: [],
  extras: [],
};

const files = (d: Design) => generateBundle(d).files.map((f) => [f.path, f.content]);
const fresh = (d: Design) => files(structuredClone(d));

describe('remembered bundle output', () => {
  it('writes after an edit of one container the bytes of a fresh render', () => {
    expect(files(design)).toEqual(fresh(design));
    const c = design.workloads[0]?.containers[0];
    if (!c) throw new Error('no container');
    const edited = setContainerImage(design, c.id, 'redis:7.2.6');
    expect(files(edited)).toEqual(fresh(edited));
  });

  it('writes after a rename of the last workload the bytes of a fresh render', () => {
    files(design);
    const last = design.workloads.at(-1);
    if (!last) throw new Error('no workload');
    const renamed = renameWorkload(design, last.id, 'renamed');
    expect(files(renamed)).toEqual(fresh(renamed));
  });
});
