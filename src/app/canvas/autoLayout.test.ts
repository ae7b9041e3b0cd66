import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../core';
import { moveContainer } from '../../core/edit/ops';
import { WORKLOAD_HEADER, WORKLOAD_PADDING } from '../../core/model/layout';
import { autoLayout, layoutPositions } from './autoLayout';

const design = () =>
  sketchDesign({
    name: 'chain',
    workloads: [
      { name: 'db', containers: [{ template: 'app-mysql' }] },
      { name: 'web', containers: [{ template: 'app-node' }, { template: 'app-redis' }] },
    ],
    externals: [{ name: 'clients', kind: 'client', address: 'internet' }],
    links: [
      { from: 'clients', to: 'web/web', kind: 'traffic' },
      { from: 'web/web', to: 'db/mysql', kind: 'traffic' },
    ],
  });

describe('auto layout', () => {
  it('places linked workloads left to right along the links', async () => {
    const positions = await layoutPositions(design());
    const x = (id: string) => positions.get(id)?.x ?? Number.NaN;
    expect(x('e1')).toBeLessThan(x('w2'));
    expect(x('w2')).toBeLessThan(x('w1'));
  });
  it('stacks each workload\u2019s containers and keeps every id', async () => {
    const messy = moveContainer(design(), 'w2c2', { x: 400, y: 300 });
    const tidy = await autoLayout(messy);
    expect(tidy.workloads[1]?.containers.map((c) => c.layout.x)).toEqual([WORKLOAD_PADDING, WORKLOAD_PADDING]);
    expect(tidy.workloads[1]?.containers[0]?.layout.y).toBe(WORKLOAD_HEADER);
    expect(tidy.links).toEqual(messy.links);
  });
});
