/**
 * The export dialog: options applied to a copy of the design, the downloads (ZIP, YAML, Kustomize)
 * and Copy. While the exported design has errors nothing is exported; each error is a button that
 * closes the dialog and lands on its field, as in the Problems panel.
 */
import { useId, useMemo, useState } from 'react';
import type { Diagnostic } from '../../core';
import { copyText } from '../preview/copy-text';
import { describeTarget, diagnosticKey } from '../problems/describe';
import { useEditor, useEditorStore } from '../store';
import { download } from './download';
import { Modal } from './Modal';
import {
  allYaml,
  defaultOptions,
  type ExportOptions,
  kustomizeFiles,
  type LayoutOption,
  type NativeSidecarsOption,
  planExport,
} from './options';
import { zipFiles } from './zip';

const ZIP = 'application/zip';
const YAML = 'application/yaml';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const [options, setOptions] = useState<ExportOptions>(() => defaultOptions(design));
  const [status, setStatus] = useState('');
  const plan = useMemo(() => planExport(design, options), [design, options]);
  const blockedId = useId();
  const blocked = plan.blocking.length > 0;
  const name = plan.design.name || 'podsmith';
  const set = (patch: Partial<ExportOptions>): void => setOptions((o) => ({ ...o, ...patch }));

  const reveal = (d: Diagnostic): void => {
    onClose();
    store.getState().reveal(d.target);
  };
  const copy = async (): Promise<void> => {
    const ok = await copyText(allYaml(plan.files));
    setStatus(ok ? 'Copied all.yaml to the clipboard.' : 'The browser did not allow copying; use Download YAML.');
  };
  const downloaded = (file: string): void => setStatus(`Downloaded ${file}.`);
  const describedBy = blocked ? blockedId : undefined;

  return (
    <Modal title="Export" onClose={onClose} className="export-dialog">
      <div className="rt-options">
        <label htmlFor="export-namespace">Namespace</label>
        <input
          id="export-namespace"
          type="text"
          value={options.namespace}
          spellCheck={false}
          onChange={(e) => set({ namespace: e.target.value })}
        />
        <label htmlFor="export-native">Native sidecars</label>
        <select
          id="export-native"
          value={options.nativeSidecars}
          onChange={(e) => set({ nativeSidecars: e.target.value as NativeSidecarsOption })}
        >
          <option value="as-designed">As designed for each workload</option>
          <option value="on">On for every workload (Kubernetes 1.29+)</option>
          <option value="off">Off for every workload</option>
        </select>
        <fieldset>
          <legend>Manifests</legend>
          {(
            [
              ['per-object', 'One file per object'],
              ['single', 'One file (all.yaml)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="export-layout"
                value={value}
                checked={options.layout === value}
                onChange={() => set({ layout: value as LayoutOption })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      {blocked && (
        <section className="rt-blocked" aria-labelledby={blockedId}>
          <h3 id={blockedId}>
            Export is blocked by {plan.blocking.length} {plan.blocking.length === 1 ? 'error' : 'errors'}: fix{' '}
            {plan.blocking.length === 1 ? 'it' : 'them'} first.
          </h3>
          <ul className="rt-list">
            {plan.blocking.map((d) => (
              <li key={diagnosticKey(d)}>
                <button type="button" className="rt-error-button" onClick={() => reveal(d)}>
                  <span>{d.message}</span>
                  <span className="rt-muted">
                    {d.fix} · {d.rule} · {describeTarget(plan.design, d.target)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="rt-downloads">
        {[
          { label: 'Download ZIP', file: `${name}.zip`, body: () => zipFiles(plan.files), type: ZIP, primary: true },
          { label: 'Download YAML', file: `${name}.yaml`, body: () => allYaml(plan.files), type: YAML, primary: false },
          {
            label: 'Download Kustomize',
            file: `${name}-kustomize.zip`,
            body: () => zipFiles(kustomizeFiles(plan.files)),
            type: ZIP,
            primary: false,
          },
        ].map((d) => (
          <button
            key={d.label}
            type="button"
            className={d.primary ? 'btn primary' : 'btn'}
            disabled={blocked}
            aria-describedby={describedBy}
            onClick={() => {
              download(d.file, d.body(), d.type);
              downloaded(d.file);
            }}
          >
            {d.label}
          </button>
        ))}
        <button
          type="button"
          className="btn"
          disabled={blocked}
          aria-describedby={describedBy}
          onClick={() => void copy()}
        >
          Copy
        </button>
      </div>
      <p className="rt-muted">
        The ZIP holds the whole bundle ({plan.files.length} files); YAML is all.yaml alone; Kustomize is
        kustomization.yaml with the objects it lists
        {plan.files.some((f) => f.path.startsWith('overlays/')) ? ' and one overlay per environment' : ''}.
      </p>
      <p className="rt-status" role="status">
        {status}
      </p>
    </Modal>
  );
}
