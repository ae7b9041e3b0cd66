/** Cases the fuzz run found, kept as plain tests. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES, importYaml, restore } from '../../src/core';
import { MAX_NODES } from '../../src/core/read/yaml';

function laughs(levels: number, width: number): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let l = 1; l <= levels; l++)
    lines.push(`a${l}: &a${l} [${Array.from({ length: width }, () => `*a${l - 1}`).join(', ')}]`);
  return lines.join('\n');
}

describe('limits found by fuzzing', () => {
  it('refuses nested aliases in time proportional to the file, not to its expansion', () => {
    const started = performance.now();
    const result = importYaml(laughs(12, 5));
    // A guard against work that grows with the input (seconds, not a performance figure: those are in the bench).
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining(`the YAML expands to more than ${MAX_NODES.toLocaleString('en')} values`)],
    });
  });

  it('names a huge string in a message by its start, quickly', () => {
    const huge = `- ${'x'.repeat(50_000_000)}`;
    const started = performance.now();
    const result = restore(huge);
    // A guard against work that grows with the input (seconds, not a performance figure: those are in the bench).
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result).toEqual({
      ok: false,
      errors: ['(document): expected a design object, got "- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'],
    });
  });

  it('names an unknown megabyte-long key by its start', () => {
    const design = JSON.parse(JSON.stringify(EXAMPLES[0]?.design)) as Record<string, unknown>;
    design[`repl${'A'.repeat(1_000_000)}`] = 1;
    const result = restore(design);
    expect(result).toEqual({ ok: false, errors: [`(document): unknown field "repl${'A'.repeat(33)}..."`] });
  });
});
