/** What an import did: the elements it recognised and every notice, or why the file was refused. */
import { templateFor } from '../../core';
import { Modal } from '../export/Modal';
import type { ImportOutcome } from './read';

function Recognised({ outcome }: { outcome: Extract<ImportOutcome, { ok: true }> }) {
  const { design } = outcome;
  return (
    <section aria-label="Recognised">
      <h3>Recognised</h3>
      <ul className="rt-list">
        {design.workloads.map((w) => (
          <li key={w.id}>
            <strong>
              {w.kind} {w.name}
            </strong>
            <ul>
              {w.containers.map((c) => (
                <li key={c.id}>
                  {c.name}: {c.role} ({templateFor(design, c.template)?.title ?? c.template})
                </li>
              ))}
            </ul>
          </li>
        ))}
        {design.externals.length > 0 && <li>Outside the pods: {design.externals.map((e) => e.name).join(', ')}</li>}
      </ul>
    </section>
  );
}

export function ImportDialog({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  if (!outcome.ok)
    return (
      <Modal title={`Could not import ${outcome.fileName}`} onClose={onClose} className="import-dialog">
        <p>Nothing was changed: your design is as it was.</p>
        <ul className="rt-errors" aria-label="What is wrong">
          {outcome.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </Modal>
    );
  const { notices } = outcome;
  return (
    <Modal title={`Imported ${outcome.fileName}`} onClose={onClose} className="import-dialog">
      <p>
        {outcome.format === 'design'
          ? 'The Podsmith design was opened as it was saved.'
          : 'The Kubernetes YAML became the design below.'}{' '}
        Undo brings your previous design back.
      </p>
      <Recognised outcome={outcome} />
      <section className="rt-notices" aria-label="Notices">
        <h3>
          {notices.length === 0
            ? 'Notices: none. Everything in the file is carried by the design.'
            : `Notices (${notices.length}): what was changed, kept verbatim or not carried, and why`}
        </h3>
        {notices.length > 0 && (
          <ul className="rt-list">
            {notices.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notices have no identity and never reorder
              <li key={i} className={`rt-notice ${n.severity}`}>
                <span className="visually-hidden">{n.severity}: </span>
                <span>{n.message}</span>
                {n.path && <div className="rt-muted">{n.path}</div>}
                {n.verbatim && (
                  <details>
                    <summary>As it was in the file</summary>
                    <pre>{n.verbatim}</pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Modal>
  );
}
