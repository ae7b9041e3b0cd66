/**
 * Validation remembers each pod's diagnostics between edits; these cases change another part of the
 * design and expect exactly what a fresh validation of the same document says.
 */
import { describe, expect, it } from 'vitest';
import { addWorkload, renameWorkload, setContainerImage } from '../edit/ops';
import { getExample } from '../examples';
import type { Design } from '../model/design';
import { validate } from '.';

const sharded = getExample('sharded-redis')?.design as Design;
const rules = (d: Design) => validate(d).map((x) => `${x.rule} ${x.target.kind}`);
const fresh = (d: Design) => rules(structuredClone(d));

describe('remembered diagnostics', () => {
  it("[PS135] reports another workload renamed to the twemproxy's shard StatefulSet name", () => {
    const proxy = sharded.workloads.find((w) => w.containers.some((c) => c.template === 'twemproxy'));
    if (!proxy) throw new Error('no twemproxy');
    const before = addWorkload(sharded, { name: 'other' });
    expect(rules(before)).not.toContain('PS135 container');
    const other = before.workloads.at(-1)?.id ?? '';
    const after = renameWorkload(before, other, `${proxy.name}-shards`);
    expect(rules(after)).toContain('PS135 container');
    expect(rules(after)).toEqual(fresh(after));
    expect(rules(renameWorkload(after, other, 'other'))).toEqual(rules(before));
  });

  it('says after an edit of one pod what a fresh validation says', () => {
    const first = sharded.workloads[0];
    const c = first?.containers[0];
    if (!c) throw new Error('no container');
    validate(sharded);
    const edited = setContainerImage(sharded, c.id, 'redis:latest');
    expect(rules(edited)).toEqual(fresh(edited));
  });
});
