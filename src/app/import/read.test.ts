import { describe, expect, it } from 'vitest';
import { generateBundle, getExample, SCHEMA_VERSION } from '../../core';
import { importFile, MAX_IMPORT_BYTES } from './read';
import { importText } from './text';

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

describe('importText', () => {
  it('reads a design.json back to the same design', () => {
    const r = importText('design.json', text('design.json'));
    expect(r).toMatchObject({ ok: true, format: 'design', notices: [] });
    expect(r.ok && r.design).toEqual(design);
  });

  it('reads all.yaml as Kubernetes YAML and recognises the ambassador', () => {
    const r = importText('all.yaml', text('all.yaml'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('yaml');
    const roles = r.design.workloads.flatMap((w) => w.containers.map((c) => c.role));
    expect(roles).toContain('ambassador');
  });

  it('refuses text that is not YAML, YAML that is not Kubernetes, and an empty file', () => {
    for (const [name, content] of [
      ['bad.yaml', 'a: [1, 2\n'],
      ['list.yaml', '- just\n- a list\n'],
      ['empty.yaml', '  \n'],
    ] as const) {
      const r = importText(name, content);
      expect(r.ok, name).toBe(false);
      expect(!r.ok && r.errors.join(' ').length, name).toBeGreaterThan(10);
    }
  });

  it('refuses a design from a future version and says so', () => {
    const future = JSON.stringify({ ...design, schemaVersion: SCHEMA_VERSION + 1 });
    const r = importText('design.json', future);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join(' ')).toMatch(/newer|version/i);
  });

  it('refuses a .json file that is not JSON, naming the problem', () => {
    const r = importText('design.json', '{"name": ');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.errors[0]).toMatch(/JSON/);
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
