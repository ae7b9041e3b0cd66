/** Inspectors for externals, links and the design itself. */
import { useMemo } from 'react';
import { EXTERNAL_KINDS, type External, type ExternalKind, LINK_KINDS, type Link, type LinkKind } from '../../core';
import {
  findContainer,
  removeExternal,
  removeLink,
  setDesignName,
  setNamespace,
  updateExternal,
  updateLink,
} from '../../core/edit/ops';
import { diagnosticsOf } from '../derive';
import { ExternalIcon } from '../icons';
import { useEditor, useEditorStore } from '../store';
import { byField, errorsFor, fieldId } from './errors';
import { described, FieldNotes, IntInput, SelectField, TextField } from './fields';
import { KeptObjects } from './KeptObjects';
import { ElementProblems, InspectorHead, plural } from './parts';

export function ExternalInspector({ external }: { external: External }) {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const errors = useMemo(() => byField(diagnosticsOf(design), external.id), [design, external.id]);
  const id = external.id;
  const edit = store.getState().edit;
  return (
    <>
      <InspectorHead
        title={external.name}
        sub={`External ${external.kind}`}
        icon={<ExternalIcon kind={external.kind} />}
        onRemove={() => edit((d) => removeExternal(d, id))}
        removeLabel="Remove external"
      />
      <div className="inspector-body">
        <ElementProblems diagnostics={errorsFor(errors, '')} />
        <section className="section" aria-labelledby={`${id}-ext-h`}>
          <h3 id={`${id}-ext-h`}>Endpoint outside the design</h3>
          <TextField
            id={fieldId(id, 'name')}
            field="name"
            label="Name"
            errors={errorsFor(errors, 'name')}
            value={external.name}
            onChange={(v) => edit((d) => updateExternal(d, id, { name: v }), `${id}:name`)}
          />
          <SelectField
            id={fieldId(id, 'kind')}
            field="kind"
            label="Kind"
            errors={errorsFor(errors, 'kind')}
            value={external.kind}
            options={EXTERNAL_KINDS}
            onChange={(v) => edit((d) => updateExternal(d, id, { kind: v as ExternalKind }))}
          />
          <TextField
            id={fieldId(id, 'address')}
            field="address"
            label="Address"
            doc="host:port or a URL, shown on the canvas and in the README."
            errors={errorsFor(errors, 'address')}
            value={external.address}
            mono
            onChange={(v) => edit((d) => updateExternal(d, id, { address: v }), `${id}:address`)}
          />
        </section>
      </div>
    </>
  );
}

export function LinkInspector({ link }: { link: Link }) {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const errors = useMemo(() => byField(diagnosticsOf(design), link.id), [design, link.id]);
  const id = link.id;
  const edit = store.getState().edit;
  const nameOf = (end: string): string =>
    findContainer(design, end)?.container.name ??
    design.workloads.find((w) => w.id === end)?.name ??
    design.externals.find((e) => e.id === end)?.name ??
    `(missing ${end})`;
  const weightId = fieldId(id, 'weight');
  const weightErrors = errorsFor(errors, 'weight');
  return (
    <>
      <InspectorHead
        title={`${nameOf(link.from)} → ${nameOf(link.to)}`}
        sub={`Link · ${link.kind}`}
        onRemove={() => edit((d) => removeLink(d, id))}
        removeLabel="Remove link"
      />
      <div className="inspector-body">
        <ElementProblems
          diagnostics={[...errorsFor(errors, ''), ...errorsFor(errors, 'from'), ...errorsFor(errors, 'to')]}
        />
        <section className="section" aria-labelledby={`${id}-link-h`}>
          <h3 id={`${id}-link-h`}>Link</h3>
          <SelectField
            id={fieldId(id, 'kind')}
            field="kind"
            label="Kind"
            doc="What flows along the link: requests, metrics scrapes, log lines or shared files."
            errors={errorsFor(errors, 'kind')}
            value={link.kind}
            options={LINK_KINDS}
            onChange={(v) => edit((d) => updateLink(d, id, { kind: v as LinkKind }))}
          />
          <div className="field">
            <label className="check" htmlFor={`${weightId}-on`}>
              <input
                id={`${weightId}-on`}
                type="checkbox"
                checked={link.weight !== undefined}
                onChange={(e) => edit((d) => updateLink(d, id, { weight: e.target.checked ? 1 : null }))}
              />
              Weighted
            </label>
          </div>
          {link.weight !== undefined && (
            <div className="field">
              <label htmlFor={weightId}>Weight</label>
              <IntInput
                id={weightId}
                field="weight"
                value={link.weight}
                onChange={(v) => edit((d) => updateLink(d, id, { weight: v }), `${id}:weight`)}
                aria={described(
                  weightId,
                  'Share of traffic among the links that leave the same element.',
                  weightErrors,
                )}
              />
              <FieldNotes
                id={weightId}
                doc="Share of traffic among the links that leave the same element."
                errors={weightErrors}
              />
            </div>
          )}
        </section>
      </div>
    </>
  );
}

export function DesignInspector() {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const errors = useMemo(() => byField(diagnosticsOf(design), 'design'), [design]);
  const edit = store.getState().edit;
  const containers = design.workloads.reduce((n, w) => n + w.containers.length, 0);
  return (
    <>
      <InspectorHead
        title={design.name}
        sub={`Design · ${plural(design.workloads.length, 'workload')} · ${plural(containers, 'container')}`}
      />
      <div className="inspector-body">
        <p className="doc" style={{ marginTop: 10 }}>
          Select a container, workload, external or link on the canvas to edit it.
        </p>
        <section className="section" aria-labelledby="design-h">
          <h3 id="design-h">Design</h3>
          <TextField
            id={fieldId('design', 'name')}
            field="name"
            label="Name"
            doc="A DNS label; it becomes the bundle's part-of label."
            errors={errorsFor(errors, 'name')}
            value={design.name}
            onChange={(v) => edit((d) => setDesignName(d, v), 'design:name')}
          />
          <TextField
            id={fieldId('design', 'namespace')}
            field="namespace"
            label="Namespace"
            doc="The Kubernetes namespace the manifests go into."
            errors={errorsFor(errors, 'namespace')}
            value={design.namespace}
            onChange={(v) => edit((d) => setNamespace(d, v), 'design:namespace')}
          />
        </section>
        <KeptObjects />
      </div>
    </>
  );
}
