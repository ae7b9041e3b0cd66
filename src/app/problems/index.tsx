/** Problems (bottom right): every diagnostic with its severity and fix; a click lands on the field. */
import { memo } from 'react';
import type { Design, Diagnostic } from '../../core';
import { diagnosticsOf } from '../derive';
import { CheckIcon, SeverityIcon } from '../icons';
import { useEditorStore, useFollowingDesign } from '../store';
import { describeTarget, diagnosticKey } from './describe';

const ProblemItem = memo(function ProblemItem({ d, design }: { d: Diagnostic; design: Design }) {
  const store = useEditorStore();
  return (
    <li>
      <button type="button" className="problem" onClick={() => store.getState().reveal(d.target)}>
        <span className="sev-wrap">
          <SeverityIcon severity={d.severity} />
          <span className="visually-hidden">{d.severity}:</span>
        </span>
        <span className="msg">{d.message}</span>
        <span className="fix">{d.fix}</span>
        <span className="where">
          {d.rule} · {describeTarget(design, d.target)}
        </span>
      </button>
    </li>
  );
});

export function Problems() {
  const design = useFollowingDesign();
  const diagnostics = diagnosticsOf(design);
  const count = (s: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  return (
    <section className="problems" aria-label="Problems">
      <div className="problems-head">
        <h2 className="panel-title">Problems</h2>
        <span className="count">
          <SeverityIcon severity="error" /> {errors} <span className="visually-hidden">errors</span>
        </span>
        <span className="count">
          <SeverityIcon severity="warning" /> {warnings} <span className="visually-hidden">warnings</span>
        </span>
      </div>
      {diagnostics.length === 0 ? (
        <div className="problems-empty">
          <CheckIcon /> No problems: the bundle is ready to export.
        </div>
      ) : (
        <ul className="problems-list">
          {diagnostics.map((d) => (
            <ProblemItem key={diagnosticKey(d)} d={d} design={design} />
          ))}
        </ul>
      )}
    </section>
  );
}
