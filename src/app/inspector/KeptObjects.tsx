/**
 * The design's kept objects (objects of kinds Podsmith does not design, most often from an import),
 * in the design inspector: each by kind and name, its problems, and a Remove button that goes
 * through `removeKeptObject`, so undo brings it back. Nothing shows when there are none.
 */
import { useMemo } from 'react';
import { removeKeptObject } from '../../core/edit/ops';
import { diagnosticsOf } from '../derive';
import { TrashIcon } from '../icons';
import { useEditor, useEditorStore } from '../store';
import { byField, errorsFor } from './errors';
import { ElementProblems } from './parts';

/** The list of kept objects with a Remove button each (accessible name `Remove Ingress web`). */
export function KeptObjects() {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const errors = useMemo(() => byField(diagnosticsOf(design), 'design'), [design]);
  if (design.extras.length === 0) return null;
  return (
    <section className="section" aria-labelledby="kept-h">
      <h3 id="kept-h">Other objects kept for export</h3>
      <p className="doc">
        Podsmith does not design these kinds; the bundle carries them as they are, in the design's namespace unless they
        name their own.
      </p>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {design.extras.map((k) => {
          const label = `${k.object.kind} ${k.object.metadata.name}`;
          const field = `extras.${k.id}`;
          return (
            <li key={k.id}>
              <div className="field-row" style={{ justifyContent: 'space-between' }}>
                <span className="mono">{label}</span>
                <button
                  type="button"
                  className="btn ghost icon-btn danger"
                  aria-label={`Remove ${label}`}
                  title={`Remove ${label}`}
                  data-field={field}
                  onClick={() => store.getState().edit((d) => removeKeptObject(d, k.id))}
                >
                  <TrashIcon />
                </button>
              </div>
              <ElementProblems diagnostics={errorsFor(errors, field)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
