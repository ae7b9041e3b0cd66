import { describe, expect, it } from 'vitest';
import { getExample } from '../examples';
import { SCHEMA_VERSION } from '../model/design';
import { MIGRATIONS, migrate } from './migrations';
import { restore } from './restore';

/** A version-1 document as Podsmith 1 saved it: no `extras`, no `templates`. */
function versionOne(): Record<string, unknown> {
  const example = getExample('sharded-redis');
  if (!example) throw new Error('no sharded-redis example');
  const { extras: _, templates: __, ...rest } = JSON.parse(JSON.stringify(example.design));
  return { ...rest, schemaVersion: 1 };
}

/** A version-2 document as Podsmith 2 saved it: `extras`, no `templates`. */
function versionTwo(): Record<string, unknown> {
  const { templates: _, ...rest } = JSON.parse(JSON.stringify(getExample('sharded-redis')?.design));
  return { ...rest, schemaVersion: 2 };
}

/** A version-3 document as Podsmith 3 saved it: no Kubernetes fields. */
function versionThree(): Record<string, unknown> {
  return { ...JSON.parse(JSON.stringify(getExample('sharded-redis')?.design)), schemaVersion: 3 };
}

describe('migrations', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step ${v}`).toBeTypeOf('function');
  });

  it('1 → 2 adds an empty extras list and nothing else', () => {
    const v1 = versionOne();
    expect(MIGRATIONS[1]?.(v1)).toEqual({ ...v1, extras: [] });
  });

  it('2 → 3 adds an empty templates list and nothing else', () => {
    const v2 = versionTwo();
    expect(MIGRATIONS[2]?.(v2)).toEqual({ ...v2, templates: [] });
  });

  it('3 → 4 drops empty resource lists and nothing else', () => {
    const v3: Record<string, unknown> = versionThree();
    const [w] = v3.workloads as { containers: Record<string, unknown>[] }[];
    if (!w) throw new Error('no workload');
    const withEmpty = {
      ...v3,
      workloads: [
        {
          ...w,
          containers: w.containers.map((c, i) => (i === 0 ? { ...c, resources: { requests: {}, limits: {} } } : c)),
        },
      ],
    };
    const migrated = MIGRATIONS[3]?.(withEmpty) as { workloads: { containers: { resources: unknown }[] }[] };
    expect(migrated.workloads[0]?.containers[0]?.resources).toEqual({});
    expect(MIGRATIONS[3]?.(v3)).toEqual(v3);
    expect(migrate(v3)).toEqual({ ok: true, doc: { ...v3, schemaVersion: 4 } });
  });

  it('a version-1 document runs every step up to the current version', () => {
    const v1 = versionOne();
    expect(migrate(v1)).toEqual({ ok: true, doc: { ...v1, schemaVersion: SCHEMA_VERSION, extras: [], templates: [] } });
  });

  it('a version-3 design still opens, equal to the example it was saved from', () => {
    expect(restore(versionThree())).toEqual({ ok: true, design: getExample('sharded-redis')?.design });
  });

  it('a version-2 design still opens, equal to the example it was saved from', () => {
    expect(restore(versionTwo())).toEqual({ ok: true, design: getExample('sharded-redis')?.design });
  });

  it('a version-1 design still opens, equal to the example it was saved from', () => {
    const r = restore(versionOne());
    expect(r).toEqual({ ok: true, design: getExample('sharded-redis')?.design });
  });

  it('leaves the input document unchanged', () => {
    const v1 = versionOne();
    const before = JSON.stringify(v1);
    migrate(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it.each([
    [0, 'schemaVersion: expected a whole number from 1 to 4, got 0'],
    [1.5, 'schemaVersion: expected a whole number from 1 to 4, got 1.5'],
    ['2', 'schemaVersion: expected a whole number from 1 to 4, got "2"'],
    [
      5,
      'schemaVersion: this design was saved by a newer Podsmith (version 5); this one reads versions up to 4. Update Podsmith to open it.',
    ],
  ])('refuses schemaVersion %j', (version, error) => {
    expect(migrate({ ...versionOne(), schemaVersion: version })).toEqual({ ok: false, error });
  });
});
