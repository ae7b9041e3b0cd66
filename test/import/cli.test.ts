/** `podsmith import FILE.yaml`: the design on stdout, notices on stderr, bad input a one-line UsageError. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/commands/import';
import { UsageError } from '../../src/cli/io';
import { generateBundle, getExample, restoreJson } from '../../src/core';
import { memoryIO } from '../support/cli';

const allYaml = generateBundle(getExample('tee')?.design ?? ({} as never)).files.find((f) => f.path === 'all.yaml')
  ?.content as string;

describe('podsmith import', () => {
  it('prints a design that restores, and nothing on stderr for a bundle Podsmith wrote', async () => {
    const m = memoryIO({ 'all.yaml': allYaml });
    expect(await importCommand(['all.yaml'], m.io)).toBe(0);
    const r = restoreJson(m.out());
    expect(r.ok && r.design.workloads.map((w) => w.containers.map((c) => c.template))).toEqual([
      ['app-node', 'tee'],
      ['app-node'],
      ['app-node'],
    ]);
    expect(m.err()).toBe('');
  });

  it('reads a design.json too, and prints it as restored', async () => {
    const design = getExample('topz')?.design;
    const m = memoryIO({ 'design.json': JSON.stringify(design) });
    expect(await importCommand(['design.json'], m.io)).toBe(0);
    expect(JSON.parse(m.out())).toEqual(design);
    expect(m.err()).toBe('');
  });

  it('reads standard input with -', async () => {
    const m = memoryIO({}, allYaml);
    expect(await importCommand(['-'], m.io)).toBe(0);
    expect(restoreJson(m.out()).ok).toBe(true);
  });

  it('prints each notice with the text it did not keep, indented', async () => {
    const book = readFileSync(join(__dirname, 'book/request-splitting.yaml'), 'utf8');
    const m = memoryIO({ 'book.yaml': book });
    expect(await importCommand(['book.yaml'], m.io)).toBe(0);
    expect(m.err()).toContain(
      'warning: Pod/experiment-example, container nginx: /etc/nginx/nginx.conf is written from the design; 7 settings',
    );
    expect(m.err()).toContain('\n    worker_processes  5;\n    error_log  error.log;\n');
  });

  it.each([
    [[], 'missing FILE.yaml argument (- reads standard input)'],
    [['a.yaml', 'b.yaml'], 'unexpected argument b.yaml'],
    [['--out', 'x'], 'unknown option --out'],
    [['missing.yaml'], 'missing.yaml: no such file'],
    [
      ['text.yaml'],
      'text.yaml: document 1: not a Kubernetes object (expected a mapping with apiVersion and kind, got the text "just text")',
    ],
    [
      ['broken.yaml'],
      'broken.yaml: not valid YAML: line 1, column 6: unexpected end of the stream within a flow collection',
    ],
  ])('refuses %j with one line', async (argv, message) => {
    const m = memoryIO({ 'text.yaml': 'just text', 'broken.yaml': 'a: [b' });
    const run = importCommand(argv, m.io);
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(message);
    const error = await run.catch((e: Error) => e.message);
    expect(error).toBe(message);
    expect(error).not.toContain('\n');
  });
});
