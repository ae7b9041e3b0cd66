import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { generateBundle } from '../../generate/bundle';
import { completionsFor, explainerFor } from '.';

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The name a config line starts with, as completion offers it: `listen`, `hash`, `@type`, `<match>`. */
function directiveOf(name: string, line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('</') || trimmed === '}') return undefined;
  if (name === 'fluent.conf') {
    const section = /^<(\w+)/.exec(trimmed);
    return section ? `<${section[1]}>` : trimmed.split(/\s+/)[0];
  }
  if (name === 'nutcracker.yaml') {
    if (!line.startsWith(' ') || trimmed.startsWith('-')) return undefined; // the pool's name, a server
    return /^([a-z_]+):/.exec(trimmed)?.[1];
  }
  return trimmed.split(/[\s;]+/)[0];
}

const FILES = ['nginx.conf', 'nutcracker.yaml', 'fluent.conf'] as const;

/** Each directive written by the examples' generated config files, by file name. */
const written = new Map<string, Set<string>>(FILES.map((name) => [name, new Set<string>()]));
for (const example of EXAMPLES)
  for (const file of generateBundle(example.design).files) {
    const seen = written.get(fileName(file.path));
    if (seen === undefined || !file.path.startsWith('configs/')) continue;
    for (const line of file.content.split('\n')) {
      const directive = directiveOf(fileName(file.path), line);
      if (directive !== undefined) seen.add(directive);
    }
  }

describe('completionsFor', () => {
  it.each(FILES)('%s: offers every directive the examples write', async (name) => {
    const offered = new Set((await completionsFor(name))?.map((c) => c.name));
    expect(written.get(name)?.size).toBeGreaterThan(3);
    expect([...(written.get(name) ?? [])].filter((directive) => !offered.has(directive))).toEqual([]);
  });

  it.each(FILES)('%s: documents each directive with the explanation of a line that uses it', async (name) => {
    const explain = await explainerFor(name);
    const completions = (await completionsFor(name)) ?? [];
    expect(completions.length).toBeGreaterThan(5);
    expect(new Set(completions.map((c) => c.name)).size).toBe(completions.length);
    for (const completion of completions) {
      expect(completion.documentation, completion.name).not.toBe('');
      expect(completion.documentation).toBe(explain?.(completion.sample));
      expect(completion.sample.trim().startsWith(completion.name.replace(/>$/, '')), completion.name).toBe(true);
    }
  });

  it('documents nutcracker.yaml keys as the hover does', async () => {
    const hash = (await completionsFor('nutcracker.yaml'))?.find((c) => c.name === 'hash');
    expect(hash).toEqual({
      name: 'hash',
      sample: '  hash: murmur',
      documentation: 'The function that hashes each key. murmur spreads keys evenly.',
    });
  });

  it('offers nothing for files no template explains', async () => {
    expect(await completionsFor('deployment.yaml')).toBeUndefined();
  });
});
