import { describe, expect, it } from 'vitest';
import { getExample } from '../examples';
import { SCHEMA_VERSION } from '../model/design';
import { MIGRATIONS, migrate } from './migrations';
import { restore } from './restore';

/** A version-1 document as Podsmith 1 saved it: no `extras`. */
function versionOne(): Record<string, unknown> {
  const example = getExample('sharded-redis');
  if (!example) throw new Error('no sharded-redis example');
  const { extras: _, ...rest } = JSON.parse(JSON.stringify(example.design));
  return { ...rest, schemaVersion: 1 };
}

describe('migrations', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step ${v}`).toBeTypeOf('function');
  });

  it('1 → 2 adds an empty extras list and nothing else', () => {
    const v1 = versionOne();
    const r = migrate(v1);
    expect(r).toEqual({ ok: true, doc: { ...v1, schemaVersion: 2, extras: [] } });
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
    [0, 'schemaVersion: expected a whole number from 1 to 2, got 0'],
    [1.5, 'schemaVersion: expected a whole number from 1 to 2, got 1.5'],
    ['2', 'schemaVersion: expected a whole number from 1 to 2, got "2"'],
    [
      3,
      'schemaVersion: this design was saved by a newer Podsmith (version 3); this one reads versions up to 2. Update Podsmith to open it.',
    ],
  ])('refuses schemaVersion %j', (version, error) => {
    expect(migrate({ ...versionOne(), schemaVersion: version })).toEqual({ ok: false, error });
  });
});
