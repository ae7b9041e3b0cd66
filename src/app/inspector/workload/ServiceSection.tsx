/** The Service section: how the workload's Service is published (its type) and its ports. */
import { Fragment, useState } from 'react';
import {
  addServicePort,
  type Design,
  type Diagnostic,
  hasNodePorts,
  type JsonMap,
  type JsonValue,
  removeServicePort,
  resetServicePorts,
  SERVICE_TYPES,
  type ServicePortField,
  type ServiceType,
  servicePorts,
  serviceTargetOptions,
  serviceType,
  setServicePort,
  setServiceType,
  type Workload,
} from '../../../core';
import { useEditor, useEditorStore } from '../../store';
import { Collapsible } from '../Collapsible';
import { errorsUnder, type FieldErrors, fieldId, under } from '../errors';
import { described, ErrorLines, IntInput, SelectField } from '../fields';
import { ElementProblems } from '../parts';

const TYPE_DOCS: Record<ServiceType, string> = {
  ClusterIP: 'A virtual address inside the cluster only.',
  NodePort: 'Also open on a port of every node (30000-32767), reachable from outside the cluster.',
  LoadBalancer: 'A NodePort plus an external load balancer from the cloud provider.',
  Headless: 'No virtual address: DNS returns the pod addresses (clusterIP: None), as a StatefulSet needs.',
};
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;

const show = (v: JsonValue | undefined): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** A node port: empty leaves the choice to Kubernetes; anything but a whole number stays local. */
function NodePortInput({
  id,
  field,
  label,
  value,
  errors,
  onChange,
}: {
  id: string;
  field: string;
  label: string;
  value: string;
  errors: readonly Diagnostic[];
  onChange: (v: number | '') => void;
}) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const ok = /^\s*\d*\s*$/.test(draft);
  return (
    <input
      id={id}
      className="input mono"
      data-field={field}
      aria-label={label}
      inputMode="numeric"
      autoComplete="off"
      placeholder="auto"
      value={draft}
      onChange={(e) => {
        const t = e.target.value;
        setDraft(t);
        if (/^\s*\d*\s*$/.test(t)) {
          const v = t.trim();
          setShown(v);
          onChange(v === '' ? '' : Number(v));
        }
      }}
      {...described(id, undefined, errors, ok ? undefined : 'Enter a whole number, or leave it empty.')}
    />
  );
}

function PortsTable({ design, workload, errors }: { design: Design; workload: Workload; errors: FieldErrors }) {
  const edit = useEditorStore().getState().edit;
  const id = workload.id;
  const ports = servicePorts(design, workload);
  const own = workload.service?.ports !== undefined;
  const nodePorts = hasNodePorts(serviceType(workload));
  const targets = serviceTargetOptions(design, workload);
  const listId = `${id}-service-targets`;
  const set = (i: number, field: ServicePortField, v: string | number) =>
    edit((d) => setServicePort(d, id, i, field, v), `${id}:service.ports[${i}].${field}`);
  const columns: { key: ServicePortField; title: string }[] = [
    { key: 'name', title: 'Name' },
    { key: 'port', title: 'Port' },
    { key: 'targetPort', title: 'Target port' },
    { key: 'protocol', title: 'Protocol' },
    ...(nodePorts ? [{ key: 'nodePort' as const, title: 'Node port' }] : []),
  ];
  const cellErrors = (i: number, key: string) => errorsUnder(errors, `service.ports[${i}].${key}`);
  const whole = [...errors]
    .filter(
      ([f]) =>
        under(f, 'service.ports') &&
        !ports.some((_, i) => columns.some((c) => under(f, `service.ports[${i}].${c.key}`))),
    )
    .flatMap(([, l]) => l);

  return (
    <fieldset className="field" data-field="service.ports" style={{ border: 0, padding: 0, margin: '0 0 10px' }}>
      <legend className="field-label">Ports</legend>
      <div className="doc" id={`${id}-service-ports-doc`}>
        {own
          ? 'Your own ports, in place of the generated ones.'
          : 'Generated: one per exposed container port, under its own number. Editing one makes the table yours.'}
      </div>
      <ElementProblems diagnostics={whole} />
      <datalist id={listId}>
        {targets.map((t) => (
          <option key={`${t.container}-${t.name}-${t.port}`} value={t.name || String(t.port)}>
            {`${t.container}: ${t.name ? `${t.name} (${t.port})` : t.port}`}
          </option>
        ))}
      </datalist>
      {ports.length === 0 ? (
        <div className="doc">No ports{own ? '' : ': no container exposes one'}.</div>
      ) : (
        <table className="grid-editor ports-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title}
                </th>
              ))}
              <th>
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ports.map((p: JsonMap, i) => {
              const label = (title: string) => `${title} of Service port ${i + 1}`;
              const cell = (key: ServicePortField) => ({
                id: fieldId(id, `service.ports[${i}].${key}`),
                field: `service.ports[${i}].${key}`,
              });
              const errs = columns.flatMap((c) => cellErrors(i, c.key));
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: ports are positional; the index is their identity
                <Fragment key={i}>
                  <tr>
                    <td>
                      <input
                        id={cell('name').id}
                        data-field={cell('name').field}
                        className="input mono"
                        aria-label={label('Name')}
                        value={show(p.name)}
                        spellCheck={false}
                        autoComplete="off"
                        onChange={(e) => set(i, 'name', e.target.value)}
                        {...described(cell('name').id, undefined, cellErrors(i, 'name'))}
                      />
                    </td>
                    <td>
                      <IntInput
                        id={cell('port').id}
                        field={cell('port').field}
                        ariaLabel={label('Port')}
                        value={typeof p.port === 'number' ? p.port : 0}
                        onChange={(v) => set(i, 'port', v)}
                        aria={described(cell('port').id, undefined, cellErrors(i, 'port'))}
                        className="input mono"
                      />
                    </td>
                    <td>
                      <input
                        id={cell('targetPort').id}
                        data-field={cell('targetPort').field}
                        className="input mono"
                        aria-label={label('Target port')}
                        list={listId}
                        value={show(p.targetPort)}
                        spellCheck={false}
                        autoComplete="off"
                        onChange={(e) => set(i, 'targetPort', e.target.value)}
                        {...described(cell('targetPort').id, undefined, cellErrors(i, 'targetPort'))}
                      />
                    </td>
                    <td>
                      <select
                        id={cell('protocol').id}
                        data-field={cell('protocol').field}
                        className="select"
                        aria-label={label('Protocol')}
                        value={show(p.protocol) || 'TCP'}
                        onChange={(e) => set(i, 'protocol', e.target.value)}
                        {...described(cell('protocol').id, undefined, cellErrors(i, 'protocol'))}
                      >
                        {PROTOCOLS.map((o) => (
                          <option key={o}>{o}</option>
                        ))}
                      </select>
                    </td>
                    {nodePorts && (
                      <td>
                        <NodePortInput
                          id={cell('nodePort').id}
                          field={cell('nodePort').field}
                          label={label('Node port')}
                          value={show(p.nodePort)}
                          errors={cellErrors(i, 'nodePort')}
                          onChange={(v) => set(i, 'nodePort', v)}
                        />
                      </td>
                    )}
                    <td className="narrow">
                      <button
                        type="button"
                        className="btn ghost icon-btn"
                        aria-label={`Remove Service port ${i + 1}`}
                        onClick={() => edit((d) => removeServicePort(d, id, i))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  {errs.length > 0 && (
                    <tr>
                      <td colSpan={columns.length + 1}>
                        {columns.map((c) =>
                          cellErrors(i, c.key).length ? (
                            <div key={c.key} id={`${cell(c.key).id}-error`}>
                              <ErrorLines errors={cellErrors(i, c.key)} />
                            </div>
                          ) : null,
                        )}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="card-actions">
        <button type="button" className="btn small" onClick={() => edit((d) => addServicePort(d, id))}>
          Add Service port
        </button>
        {own && (
          <button type="button" className="btn small ghost" onClick={() => edit((d) => resetServicePorts(d, id))}>
            Use the generated ports
          </button>
        )}
      </div>
    </fieldset>
  );
}

export function ServiceSection({ workload, errors }: { workload: Workload; errors: FieldErrors }) {
  const edit = useEditorStore().getState().edit;
  const design = useEditor((s) => s.design);
  const type = serviceType(workload);
  return (
    <Collapsible id={workload.id} name="service" title="Service" count={type} paths={['service']}>
      <SelectField
        id={fieldId(workload.id, 'service.type')}
        field="service.type"
        label="Service type"
        doc={TYPE_DOCS[type]}
        errors={errorsUnder(errors, 'service.type')}
        value={type}
        options={SERVICE_TYPES}
        onChange={(v) => edit((d) => setServiceType(d, workload.id, v as ServiceType))}
      />
      <PortsTable design={design} workload={workload} errors={errors} />
    </Collapsible>
  );
}
