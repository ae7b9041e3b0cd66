/**
 * The side panel of an opened example or template: what the pattern is, why it is a separate
 * container, and what each parameter is for.
 */
import { useId } from 'react';
import type { TemplateDef } from '../../core';
import './teach.css';

interface Props {
  /** The example's title, or the template's. */
  readonly heading: string;
  /** Where in the book it comes from. */
  readonly source?: string;
  /** The patterns to explain, most important first (apps are left out by the caller or shown last). */
  readonly templates: readonly TemplateDef[];
  readonly onClose: () => void;
}

export function TeachingPanel({ heading, source, templates, onClose }: Props) {
  const id = useId();
  return (
    <aside className="teach-side" aria-labelledby={id}>
      <div className="teach-side-head">
        <h2 id={id}>{heading}</h2>
        <button type="button" className="btn ghost small" onClick={onClose} aria-label="Close the pattern notes">
          Close
        </button>
      </div>
      <div className="teach-side-body">
        {source && <p className="gallery-source">{source}</p>}
        {templates.map((t) => (
          <section key={t.id} className="teach-pattern" aria-labelledby={`${id}-${t.id}`}>
            <h3 id={`${id}-${t.id}`}>
              <span className={`role-chip role-${t.role}`}>{t.role}</span> {t.title}
            </h3>
            {t.teaching.split('\n\n').map((p) => (
              <p key={p.slice(0, 48)}>{p}</p>
            ))}
            {Object.keys(t.params).length > 0 && (
              <>
                <h4>Parameters</h4>
                <dl className="teach-params">
                  {Object.entries(t.params).map(([key, spec]) => (
                    <div key={key}>
                      <dt>{spec.title}</dt>
                      <dd>{spec.doc}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </section>
        ))}
        <p className="teach-tip">
          Hover a line of a generated nginx.conf, nutcracker.yaml or fluent.conf in the Preview to see what it does.
        </p>
      </div>
    </aside>
  );
}
