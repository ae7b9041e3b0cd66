/**
 * Readiness, liveness and startup probes. A probe the template proposes shows as the current value,
 * marked so, until the user changes it (a copy goes into `kube`) or removes it (`null`).
 */
import {
  builtContainer,
  handlerOf,
  type JsonMap,
  PROBE_HANDLERS,
  PROBE_KINDS,
  PROBE_TIMINGS,
  type ProbeHandler,
  type ProbeKind,
  portValue,
  proposedFields,
  setProbe,
  valueAt,
  withHandler,
  withPath,
} from '../../../core';
import { Collapsible } from '../Collapsible';
import { errorsFor, errorsUnder, fieldId } from '../errors';
import { SelectField, TextField } from '../fields';
import { ElementProblems } from '../parts';
import { LinesField, OptionalIntField, OptionalSelectField, stringsOf } from './controls';
import type { SectionProps } from './types';

const TITLES: Record<ProbeKind, string> = {
  readinessProbe: 'Readiness probe',
  livenessProbe: 'Liveness probe',
  startupProbe: 'Startup probe',
};

const DOCS: Record<ProbeKind, string> = {
  readinessProbe: 'Until it passes, the pod gets no traffic from its Service.',
  livenessProbe: 'When it keeps failing, the kubelet restarts the container.',
  startupProbe: 'Holds the other probes back until the container has started.',
};

const HANDLER_LABELS = ['HTTP GET', 'TCP connect', 'Run a command', 'gRPC health'];

const TIMING_LABELS: Record<(typeof PROBE_TIMINGS)[number], [string, string | undefined]> = {
  initialDelaySeconds: ['Initial delay', 's'],
  periodSeconds: ['Period', 's'],
  timeoutSeconds: ['Timeout', 's'],
  successThreshold: ['Success threshold', undefined],
  failureThreshold: ['Failure threshold', undefined],
};

/** One line saying what a probe checks and how often. */
export function probeSummary(p: JsonMap): string {
  const h = handlerOf(p);
  const port = String(valueAt(p, [h ?? '', 'port']) ?? '');
  const what =
    h === 'httpGet'
      ? `HTTP GET ${String(valueAt(p, ['httpGet', 'path']) ?? '/')} on port ${port}`
      : h === 'tcpSocket'
        ? `TCP connect to port ${port}`
        : h === 'grpc'
          ? `gRPC health on port ${port}`
          : h === 'exec'
            ? `runs ${stringsOf(valueAt(p, ['exec', 'command'])).join(' ') || '(no command)'}`
            : 'no check';
  const every = typeof p.periodSeconds === 'number' ? `, every ${p.periodSeconds} s` : '';
  return `${what}${every}`;
}

export function ProbesSection(props: SectionProps) {
  const { design, workload, container, errors } = props;
  const proposed = proposedFields(design, workload.id, container.id);
  const kube = container.kube ?? {};
  const set = PROBE_KINDS.filter((k) => kube[k]).length;
  const fromTemplate = PROBE_KINDS.filter((k) => kube[k] === undefined && proposed[k]).length;
  const note = [set ? `${set} set` : '', fromTemplate ? `${fromTemplate} proposed` : ''].filter(Boolean).join(', ');
  const port =
    builtContainer(design, workload.id, container.id)?.contribution.ports.find((p) => p.scope === 'pod')
      ?.containerPort ?? 80;
  return (
    <Collapsible
      id={container.id}
      name="probes"
      title="Probes"
      count={note || undefined}
      paths={PROBE_KINDS.map((k) => `kube.${k}`)}
    >
      <ElementProblems diagnostics={errorsFor(errors, 'kube')} />
      {PROBE_KINDS.map((kind) => (
        <ProbeGroup key={kind} {...props} kind={kind} proposed={proposed[kind]} port={port} />
      ))}
    </Collapsible>
  );
}

function ProbeGroup({
  container,
  errors,
  edit,
  kind,
  proposed,
  port,
}: SectionProps & { kind: ProbeKind; proposed: JsonMap | undefined; port: number }) {
  const id = container.id;
  const own = container.kube?.[kind];
  const title = TITLES[kind];
  const lower = title.toLowerCase();
  const base = `kube.${kind}`;
  const put = (p: JsonMap | null | undefined, coalesce?: string) => edit((d) => setProbe(d, id, kind, p), coalesce);
  const useTemplate = proposed && own !== undefined && (
    <button
      type="button"
      className="btn small"
      aria-label={`Use the template's ${lower}`}
      onClick={() => put(undefined)}
    >
      Use the template's
    </button>
  );
  return (
    <fieldset className="kube-group" data-field={base}>
      <legend>{title}</legend>
      <div className="doc">{DOCS[kind]}</div>
      {own === undefined && proposed && (
        <>
          <div className="kube-proposed">
            <span className="kube-badge">proposed by the template</span> <code>{probeSummary(proposed)}</code>
          </div>
          <div className="kube-actions">
            <button type="button" className="btn small" aria-label={`Change ${lower}`} onClick={() => put(proposed)}>
              Change
            </button>
            <button type="button" className="btn small" aria-label={`Remove ${lower}`} onClick={() => put(null)}>
              Remove
            </button>
          </div>
        </>
      )}
      {(own === null || (own === undefined && !proposed)) && (
        <>
          <div className="doc">{own === null ? 'None: the template’s probe is removed.' : 'None.'}</div>
          <div className="kube-actions">
            <button
              type="button"
              className="btn small"
              onClick={() => put({ httpGet: { path: '/', port }, periodSeconds: 10 })}
            >
              Add {lower}
            </button>
            {useTemplate}
          </div>
        </>
      )}
      {own && (
        <>
          <ProbeEditor
            elementId={id}
            base={base}
            probe={own}
            port={port}
            errors={errors}
            onChange={(p, field) => put(p, field ? `${id}:${field}` : undefined)}
          />
          <div className="kube-actions">
            <button type="button" className="btn small danger" onClick={() => put(proposed ? null : undefined)}>
              Remove {lower}
            </button>
            {useTemplate}
          </div>
        </>
      )}
    </fieldset>
  );
}

/** The fields of one probe (or of a lifecycle hook's handler when `timings` is false). */
export function ProbeEditor({
  elementId,
  base,
  probe,
  port,
  errors,
  onChange,
  handlers = PROBE_HANDLERS,
  timings = true,
  check = true,
}: {
  elementId: string;
  /** The probe's field path (`kube.readinessProbe`). */
  base: string;
  probe: JsonMap;
  /** The port a new httpGet, tcpSocket or grpc check gets. */
  port: number | string;
  errors: SectionProps['errors'];
  /** The new probe; `field` names the text field typed in (its keystrokes are one undo step). */
  onChange: (probe: JsonMap, field?: string) => void;
  handlers?: readonly ProbeHandler[];
  timings?: boolean;
  /** Show the choice of handler (a lifecycle hook chooses it itself). */
  check?: boolean;
}) {
  const h = handlerOf(probe);
  const f = (path: string) => `${base}.${path}`;
  const common = (path: string, label: string) => ({
    id: fieldId(elementId, f(path)),
    field: f(path),
    label,
    errors: errorsUnder(errors, f(path)),
  });
  const at = (path: string[], v: unknown, field?: string) => onChange(withPath(probe, path, v as never), field);
  const portText = (handler: ProbeHandler) => {
    const v = valueAt(probe, [handler, 'port']);
    return v === undefined || v === null ? '' : String(v);
  };
  return (
    <div className="kube-probe">
      {check && (
        <SelectField
          id={fieldId(elementId, `${base}.handler`)}
          field={base}
          label="Check"
          errors={errorsFor(errors, base)}
          value={h ?? ''}
          options={handlers}
          optionLabels={handlers.map((x) => HANDLER_LABELS[PROBE_HANDLERS.indexOf(x)] ?? x)}
          onChange={(v) => onChange(withHandler(probe, v as ProbeHandler, portValue(portText(h ?? 'httpGet')) || port))}
        />
      )}
      {(h === 'httpGet' || h === 'tcpSocket' || h === 'grpc') && (
        <TextField
          {...common(`${h}.port`, 'Port')}
          doc={h === 'grpc' ? 'A port number.' : 'A port number or the name of a container port.'}
          value={portText(h)}
          mono
          onChange={(v) => at([h, 'port'], portValue(v), f(`${h}.port`))}
        />
      )}
      {h === 'httpGet' && (
        <div className="kube-row">
          <TextField
            {...common('httpGet.path', 'Path')}
            value={String(valueAt(probe, ['httpGet', 'path']) ?? '')}
            placeholder="/healthz"
            mono
            onChange={(v) => at(['httpGet', 'path'], v === '' ? undefined : v, f('httpGet.path'))}
          />
          <OptionalSelectField
            {...common('httpGet.scheme', 'Scheme')}
            value={valueAt(probe, ['httpGet', 'scheme']) as string | undefined}
            options={['HTTP', 'HTTPS']}
            unsetLabel="HTTP (default)"
            onChange={(v) => at(['httpGet', 'scheme'], v)}
          />
        </div>
      )}
      {h === 'grpc' && (
        <TextField
          {...common('grpc.service', 'Service')}
          doc="The service name sent in the gRPC health check request; empty asks about the server as a whole."
          value={String(valueAt(probe, ['grpc', 'service']) ?? '')}
          placeholder="(the whole server)"
          mono
          onChange={(v) => at(['grpc', 'service'], v === '' ? undefined : v, f('grpc.service'))}
        />
      )}
      {h === 'exec' && (
        <LinesField
          {...common('exec.command', 'Command')}
          doc="The program and its arguments, one per line (no shell unless you run one)."
          value={stringsOf(valueAt(probe, ['exec', 'command']))}
          placeholder={'cat\n/tmp/healthy'}
          onChange={(v) => at(['exec', 'command'], v, f('exec.command'))}
        />
      )}
      {timings && (
        <div className="kube-grid">
          {PROBE_TIMINGS.map((t) => {
            const [label, unit] = TIMING_LABELS[t];
            const v = probe[t];
            return (
              <OptionalIntField
                key={t}
                {...common(t, label)}
                unit={unit}
                value={typeof v === 'number' ? v : undefined}
                onChange={(n) => at([t], n, f(t))}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
