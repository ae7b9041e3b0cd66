import { describe, expect, it } from 'vitest';
import { generateBundle, getExample, SCHEMA_VERSION } from '../../core';
import { importFile, MAX_IMPORT_BYTES } from './read';

const design = getExample('request-splitting')?.design;
if (!design) throw new Error('no example request-splitting');
const files = generateBundle(design).files;
const text = (path: string): string => files.find((f) => f.path === path)?.content ?? '';

function file(name: string, content: string, size = content.length) {
  let reads = 0;
  return {
    name,
    size,
    text: async () => {
      reads++;
      return content;
    },
    get reads() {
      return reads;
    },
  };
}

describe('importFile: what the core’s importText reads', () => {
  const read = (name: string, content: string) => importFile(file(name, content));

  it('reads a design.json back to the same design', async () => {
    const r = await read('design.json', text('design.json'));
    expect(r).toMatchObject({ ok: true, fileName: 'design.json', format: 'design', notices: [] });
    expect(r.ok && r.design).toEqual(design);
  });

  it('reads all.yaml as Kubernetes manifests and recognises the ambassador', async () => {
    const r = await read('all.yaml', text('all.yaml'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('manifests');
    const roles = r.design.workloads.flatMap((w) => w.containers.map((c) => c.role));
    expect(roles).toContain('ambassador');
  });

  it('refuses text that is not YAML, YAML that is not Kubernetes, and an empty file', async () => {
    for (const [name, content] of [
      ['bad.yaml', 'a: [1, 2\n'],
      ['list.yaml', '- just\n- a list\n'],
      ['empty.yaml', '  \n'],
    ] as const) {
      const r = await read(name, content);
      expect(r, name).toMatchObject({ ok: false, fileName: name });
      expect(!r.ok && r.errors.join(' ').length, name).toBeGreaterThan(10);
    }
  });

  it('refuses a design from a future version and says so', async () => {
    const future = JSON.stringify({ ...design, schemaVersion: SCHEMA_VERSION + 1 });
    const r = await read('design.json', future);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join(' ')).toMatch(/newer|version/i);
  });

  it('refuses a design.json cut short, saying where', async () => {
    const r = await read('design.json', '{"name": ');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.errors[0]).toMatch(/line 1, column \d+/);
  });
});

describe('importFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    const f = file('big.yaml', '', 50 * 1024 * 1024);
    const r = await importFile(f);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/50 MB.*10 MB/);
    expect(f.reads).toBe(0);
  });

  it('reads a file at the limit', async () => {
    const r = await importFile(file('design.json', text('design.json'), MAX_IMPORT_BYTES));
    expect(r.ok).toBe(true);
  });
});
