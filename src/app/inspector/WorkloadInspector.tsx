/**
 * Inspector for a workload: name, kind, replicas, native sidecars, labels; then the pod's
 * Kubernetes fields in sections that open and close (`workload/`).
 */
import { useMemo } from 'react';
import { WORKLOAD_KINDS, type Workload, type WorkloadKind } from '../../core';
import {
  removeWorkload,
  renameWorkload,
  setNativeSidecars,
  setWorkloadKind,
  setWorkloadLabels,
  setWorkloadReplicas,
  uniqueName,
} from '../../core/edit/ops';
import { diagnosticsOf } from '../derive';
import { useEditor, useEditorStore } from '../store';
import { TableEditor } from './editors';
import { byField, errorsFor, fieldId } from './errors';
import { CheckField, IntField, SelectField, TextField } from './fields';
import { ElementProblems, InspectorHead, plural } from './parts';
import { InitSection } from './workload/InitSection';
import { OtherSection } from './workload/OtherSection';
import { PodSection } from './workload/PodSection';
import { ServiceSection } from './workload/ServiceSection';
import { VolumesSection } from './workload/VolumesSection';
import './workload/workload.css';

const LABEL_SPEC = {
  title: 'Labels',
  doc: 'Added to the pod template and used by the Service selector.',
  rowName: 'label',
  columns: [
    { key: 'key', title: 'Key', kind: 'string' },
    { key: 'value', title: 'Value', kind: 'string' },
  ],
} as const;

export function WorkloadInspector({ workload }: { workload: Workload }) {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const diagnostics = diagnosticsOf(design);
  const errors = useMemo(() => byField(diagnostics, workload.id), [diagnostics, workload.id]);
  const id = workload.id;
  const edit = store.getState().edit;
  const entries = Object.entries(workload.labels);
  const setLabels = (next: [string, string][], coalesce?: string): void =>
    edit((d) => setWorkloadLabels(d, id, Object.fromEntries(next)), coalesce);

  return (
    <>
      <InspectorHead
        title={workload.name}
        sub={`${workload.kind} · ${plural(workload.containers.length, 'container')}`}
        onRemove={() => edit((d) => removeWorkload(d, id))}
        removeLabel="Remove workload"
      />
      <div className="inspector-body">
        <ElementProblems diagnostics={errorsFor(errors, '')} />
        <section className="section" aria-labelledby={`${id}-wl-h`}>
          <h3 id={`${id}-wl-h`}>Workload</h3>
          <TextField
            id={fieldId(id, 'name')}
            field="name"
            label="Name"
            doc="Names the Deployment, StatefulSet or Pod and its Service."
            errors={errorsFor(errors, 'name')}
            value={workload.name}
            onChange={(v) => edit((d) => renameWorkload(d, id, v), `${id}:name`)}
          />
          <SelectField
            id={fieldId(id, 'kind')}
            field="kind"
            label="Kind"
            doc="A bare Pod, a Deployment of interchangeable replicas, or a StatefulSet with stable names."
            errors={errorsFor(errors, 'kind')}
            value={workload.kind}
            options={WORKLOAD_KINDS}
            onChange={(v) => edit((d) => setWorkloadKind(d, id, v as WorkloadKind))}
          />
          <IntField
            id={fieldId(id, 'replicas')}
            field="replicas"
            label="Replicas"
            doc="How many copies of the pod run (a Pod is always one)."
            errors={errorsFor(errors, 'replicas')}
            value={workload.replicas}
            onChange={(v) => edit((d) => setWorkloadReplicas(d, id, v), `${id}:replicas`)}
          />
          <CheckField
            id={fieldId(id, 'nativeSidecars')}
            field="nativeSidecars"
            label="Native sidecars"
            doc="Run sidecars, ambassadors and adapters as init containers that keep running (Kubernetes 1.29+): they start before the app and stop after it."
            errors={errorsFor(errors, 'nativeSidecars')}
            value={workload.nativeSidecars}
            onChange={(v) => edit((d) => setNativeSidecars(d, id, v))}
          />
          <TableEditor
            elementId={id}
            paramKey="labels"
            spec={LABEL_SPEC}
            rows={entries.map(([key, value]) => ({ key, value }))}
            errors={errors}
            onCell={(i, col, v) =>
              setLabels(
                entries.map(([k, val], j) =>
                  j === i ? (col === 'key' ? [String(v), val] : [k, String(v)]) : [k, val],
                ),
                `${id}:labels[${i}].${col}`,
              )
            }
            onAdd={() =>
              setLabels([
                ...entries,
                [
                  uniqueName(
                    entries.map(([k]) => k),
                    'tier',
                  ),
                  '',
                ],
              ])
            }
            onRemove={(i) => setLabels(entries.filter((_, j) => j !== i))}
          />
        </section>
        <PodSection workload={workload} errors={errors} />
        <VolumesSection workload={workload} errors={errors} />
        <InitSection workload={workload} errors={errors} />
        <ServiceSection workload={workload} errors={errors} />
        <OtherSection workload={workload} errors={errors} />
      </div>
    </>
  );
}
