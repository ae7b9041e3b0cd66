/**
 * Palette: the four roles with their templates. Drag an item onto a workload (or empty canvas for a
 * new Pod); or press it (Enter, Space, click) to add it to the selected workload. It lists the
 * catalog's summary, so it draws before the templates' code has arrived.
 */
import { memo, type ReactNode } from 'react';
import { summariesOf, type TemplateSummary } from '../../core/catalog/summary';
import { type ExternalKind, ROLES, type Role } from '../../core/model/design';
import { ExternalIcon, RoleIcon } from '../icons';
import { useEditorStore } from '../store';
import { MyTemplates } from '../templates/MyTemplates';
import { EXTERNAL_MIME, ROLE_MIME, TEMPLATE_MIME } from './dnd';

const HEADINGS: Record<Role, string> = { app: 'App', sidecar: 'Sidecar', ambassador: 'Ambassador', adapter: 'Adapter' };

const CUSTOM: Record<Exclude<Role, 'app'>, Custom> = {
  sidecar: {
    role: 'sidecar',
    title: 'Custom sidecar',
    summary:
      'Any image beside the app (envoy, oauth2-proxy, a collector): its config file, probes and mounts are yours.',
  },
  ambassador: {
    role: 'ambassador',
    title: 'Custom ambassador',
    summary: 'Any image that brokers the app’s connections (cloud-sql-proxy, a service mesh proxy).',
  },
  adapter: {
    role: 'adapter',
    title: 'Custom adapter',
    summary: 'Any image that makes the app’s output look standard (fluent-bit, an exporter of your own).',
  },
};

/** A custom container of a role: any image, for a sidecar, ambassador or adapter the catalog does not know. */
interface Custom {
  readonly role: Role;
  readonly title: string;
  readonly summary: string;
}

const Item = memo(function Item({
  template,
  extra,
  custom,
}: {
  template: TemplateSummary;
  extra?: ReactNode;
  custom?: Custom;
}) {
  const store = useEditorStore();
  const role = custom?.role ?? template.role;
  const title = custom?.title ?? template.title;
  const summaryId = `palette-${template.id}${custom ? `-${role}` : ''}-summary`;
  return (
    <li>
      <button
        type="button"
        className={`palette-item role-${role}`}
        draggable
        aria-label={`Add ${role}: ${title}`}
        aria-describedby={summaryId}
        onDragStart={(e) => {
          e.dataTransfer.setData(TEMPLATE_MIME, template.id);
          if (custom) e.dataTransfer.setData(ROLE_MIME, custom.role);
          e.dataTransfer.setData('text/plain', title);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={() => {
          const state = store.getState();
          state.addFromTemplate(template.id, state.defaultPlacement(), custom?.role);
        }}
      >
        <span className="stripe" aria-hidden="true" />
        <span className="title">{title}</span>
        <span className="summary" id={summaryId}>
          {custom?.summary ?? template.summary}
        </span>
      </button>
      {extra}
    </li>
  );
});

const EXTERNALS: readonly { kind: ExternalKind; title: string; summary: string }[] = [
  { kind: 'service', title: 'Service', summary: "Another team's Service the pod talks to." },
  { kind: 'database', title: 'Database', summary: 'A database outside the cluster or in another environment.' },
  { kind: 'prometheus', title: 'Prometheus', summary: 'Scrapes the metrics an adapter serves.' },
  { kind: 'logs', title: 'Log aggregator', summary: 'Collects the log lines adapters emit.' },
  { kind: 'client', title: 'Clients', summary: 'Users or callers sending requests into the pod.' },
];

function ExternalItem({ kind, title, summary }: (typeof EXTERNALS)[number]) {
  const store = useEditorStore();
  const summaryId = `palette-external-${kind}-summary`;
  return (
    <li>
      <button
        type="button"
        className="palette-item role-external"
        draggable
        aria-label={`Add external: ${title}`}
        aria-describedby={summaryId}
        onDragStart={(e) => {
          e.dataTransfer.setData(EXTERNAL_MIME, kind);
          e.dataTransfer.setData('text/plain', title);
          e.dataTransfer.effectAllowed = 'copy';
        }}
        onClick={() => store.getState().addExternal(kind)}
      >
        <span className="stripe" aria-hidden="true" />
        <span className="title">{title}</span>
        <span className="summary" id={summaryId}>
          {summary}
        </span>
      </button>
    </li>
  );
}

export function Palette() {
  return (
    <nav className="palette panel" aria-label="Palette">
      <h2 className="panel-title">Palette</h2>
      <p className="palette-hint">Drag onto a pod, or select a pod and press an item.</p>
      {ROLES.map((role) => (
        <section key={role} className={`palette-section role-${role}`} aria-labelledby={`palette-${role}`}>
          <h2 id={`palette-${role}`} className="role-heading">
            <RoleIcon role={role} />
            {HEADINGS[role]}
          </h2>
          <ul className="palette-items">
            {summariesOf(role).map((t) => (
              <Item key={t.id} template={t} />
            ))}
            {role === 'app'
              ? null
              : summariesOf('app')
                  .filter((t) => t.anyRole)
                  .map((t) => <Item key={`${t.id}-${role}`} template={t} custom={CUSTOM[role]} />)}
          </ul>
        </section>
      ))}
      <MyTemplates Item={Item} />
      <section className="palette-section role-external" aria-labelledby="palette-external">
        <h2 id="palette-external" className="role-heading">
          <ExternalIcon kind="other" />
          Outside the pod
        </h2>
        <ul className="palette-items">
          {EXTERNALS.map((x) => (
            <ExternalItem key={x.kind} {...x} />
          ))}
        </ul>
      </section>
    </nav>
  );
}
