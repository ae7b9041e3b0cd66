/** The kept-objects list of the design inspector: what it shows, and that Remove goes through an undoable edit. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Design, getExample, type KeptBody } from '../../core';
import { removeKeptObject } from '../../core/edit/ops';
import { createEditorStore, EditorProvider } from '../store';
import { KeptObjects } from './KeptObjects';

const sharded = getExample('sharded-redis')?.design as Design;
const withKept = (...objects: KeptBody[]): Design => ({
  ...sharded,
  extras: objects.map((object, i) => ({ id: `k${i + 1}`, object })),
});
const ingress: KeptBody = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' } };
const claim: KeptBody = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' } };

function html(design: Design): string {
  return renderToStaticMarkup(
    <EditorProvider store={createEditorStore(design)}>
      <KeptObjects />
    </EditorProvider>,
  );
}

describe('KeptObjects', () => {
  it('shows nothing for a design without kept objects', () => {
    expect(html(sharded)).toBe('');
  });

  it('lists each kept object with a Remove button named after it', () => {
    const out = html(withKept(ingress, claim));
    expect(out).toContain('<h3 id="kept-h">Other objects kept for export</h3>');
    expect(out).toContain('>Ingress web</span>');
    expect(out).toContain('aria-label="Remove Ingress web"');
    expect(out).toContain('aria-label="Remove PersistentVolumeClaim data"');
    expect(out).toContain('data-field="extras.k2"');
  });

  it("shows a kept object's problems beside it", () => {
    const out = html(withKept({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }));
    expect(out).toContain('Kept Service/web has the kind and name of an object the design generates');
  });

  it('removes through the store, and undo brings the object back', () => {
    const design = withKept(ingress, claim);
    const store = createEditorStore(design);
    store.getState().edit((d) => removeKeptObject(d, 'k1'));
    expect(store.getState().design.extras.map((k) => k.id)).toEqual(['k2']);
    store.getState().undo();
    expect(store.getState().design.extras).toEqual(design.extras);
  });
});
