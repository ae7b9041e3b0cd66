// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${key} placeholders are what these texts hold
import { beforeAll, describe, expect, it } from 'vitest';
import { sketchDesign, templateFileText } from '../../core';
import { ECHO } from '../../core/catalog/user/testing/echo';
import { draftFromContainer } from '../../core/edit/template-draft';
import { loadCatalog } from '../late/catalog';
import { createEditorStore } from './editor';
import { type KeyValueStorage, startAutosave } from './persist';
import { loadSaved } from './saved';

const design = () =>
  sketchDesign({ name: 'shop', workloads: [{ name: 'web', containers: [{ template: 'app-generic' }] }] });

// The designer fetches the catalog right after its first frame; these tests act after that.
beforeAll(() => loadCatalog());

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
}

describe('editor store: user templates', () => {
  it('saves a template as one undoable step and adds containers of it from the palette', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().saveTemplate(ECHO);
    expect(s().design.templates).toEqual([ECHO]);
    s().addFromTemplate(ECHO.id, { kind: 'workload', workloadId: 'w1' });
    expect(s().design.workloads[0]?.containers.at(-1)).toMatchObject({ template: ECHO.id, name: 'echo', role: 'app' });
    s().undo();
    s().undo();
    expect(s().design.templates).toEqual([]);
  });

  it('drafts a template from a configured container, with its env and ports as literal text', () => {
    const store = createEditorStore(design());
    const d = store.getState().design;
    const draft = draftFromContainer(d, d.workloads[0]?.containers[0]?.id ?? '');
    expect(draft).toMatchObject({
      id: 'user.my-generic-app',
      role: 'app',
      image: 'nginx:1.27.3',
      ports: [{ name: 'http', port: '80', localhostOnly: false }],
    });
  });

  it('imports a template file, and a refused one changes nothing and says why', async () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    const before = s().design;
    const bad = templateFileText({ ...ECHO, files: [{ ...ECHO.files[0], text: 'root: /srv/${nope}\n' } as never] });
    expect((await s().importTemplate(bad, 'bad.json')).ok).toBe(false);
    expect(s().design).toBe(before);
    expect(s().history.past).toHaveLength(0);
    expect(s().notice).toMatchObject({ tone: 'error' });
    expect(s().notice?.text).toMatch(
      /^bad\.json was not imported, nothing changed: template\.files\[0\]\.text: line 1 column 12: \$\{nope\} names no parameter/,
    );
    expect((await s().importTemplate(templateFileText(ECHO), 'echo.json')).ok).toBe(true);
    expect(s().design.templates).toEqual([ECHO]);
    expect(s().notice?.text).toBe('Imported the template "Echo server" from echo.json: find it under My templates.');
  });

  it('keeps a template a container uses, and removes an unused one', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().saveTemplate(ECHO);
    s().addFromTemplate(ECHO.id, { kind: 'workload', workloadId: 'w1' });
    s().removeTemplate(ECHO.id);
    expect(s().design.templates).toHaveLength(1);
    expect(s().notice?.text).toBe('The template "Echo server" is used by echo: remove that container first.');
    s().undo();
    s().removeTemplate(ECHO.id);
    expect(s().design.templates).toHaveLength(0);
  });

  it('a changed template drops the values its containers no longer have', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().saveTemplate(ECHO);
    s().addFromTemplate(ECHO.id, { kind: 'workload', workloadId: 'w1' });
    const id = s().design.workloads[0]?.containers.at(-1)?.id ?? '';
    s().edit((d) => ({
      ...d,
      workloads: d.workloads.map((w) => ({
        ...w,
        containers: w.containers.map((c) => (c.id === id ? { ...c, params: { greeting: 'hi', port: 6000 } } : c)),
      })),
    }));
    s().saveTemplate({ ...ECHO, params: ECHO.params.slice(1), args: [], env: [], files: [] });
    expect(s().design.workloads[0]?.containers.at(-1)?.params).toEqual({ port: 6000 });
  });

  it('autosave keeps user templates across a reload', () => {
    const storage = new MemoryStorage();
    const store = createEditorStore(design());
    const autosave = startAutosave(store, storage, 0);
    store.getState().saveTemplate(ECHO);
    store.getState().addFromTemplate(ECHO.id, { kind: 'workload', workloadId: 'w1' });
    autosave.stop();
    const saved = loadSaved(storage);
    expect(saved.kind === 'design' && saved.design).toEqual(store.getState().design);
  });
});

describe('editor store: My templates across designs', () => {
  it('a new design and an example keep the user templates', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().saveTemplate(ECHO);
    s().newDesign();
    expect(s().design.workloads).toEqual([]);
    expect(s().design.templates).toEqual([ECHO]);
    s().openExample('topz');
    expect(s().design.templates).toEqual([ECHO]);
    expect(s().design.name).toBe('topz');
  });
});
