/** What a container offers and needs, from its template's build: ports, env, volumes, files, probes. */
import type { ReactNode } from 'react';
import type { Contribution, Probe } from '../../core';

function probeText(p: Probe): string {
  if (p.kind === 'exec') return `exec ${(p.command ?? []).join(' ')}`;
  if (p.kind === 'http') return `GET :${p.port ?? ''}${p.path ?? '/'}`;
  return `tcp :${p.port ?? ''}`;
}

/** A titled list of the surface: ports, environment, volumes and so on. */
function SurfaceGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h4 className="field-label">{title}</h4>
      <ul className="surface-list">{children}</ul>
    </>
  );
}

export function ApiSurface({ contribution, buildError }: { contribution: Contribution; buildError?: string }) {
  const c = contribution;
  const probes: [string, Probe | undefined][] = [
    ['Readiness', c.readinessProbe],
    ['Liveness', c.livenessProbe],
    ['Startup', c.startupProbe],
    ['Liveness of the app', c.appLivenessProbe],
  ];
  const commandLine = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
  return (
    <section className="section" aria-labelledby="api-surface">
      <h3 id="api-surface">API surface</h3>
      {buildError && <div className="field-error">This container cannot be built: {buildError}</div>}
      <h4 className="field-label">Ports</h4>
      {c.ports.length === 0 ? (
        <p className="doc">Opens no ports.</p>
      ) : (
        <ul className="surface-list">
          {c.ports.map((p) => (
            <li key={`${p.name}-${p.containerPort}`}>
              <code>
                {p.containerPort}/{p.protocol ?? 'TCP'}
              </code>
              <span>{p.name}</span>
              <span className="what">
                {p.scope === 'localhost' ? 'localhost only' : 'pod address'}
                {p.expose ? ', in the Service' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(c.command || c.args) && (
        <SurfaceGroup title="Command">
          <li>
            <code title={commandLine}>{commandLine}</code>
          </li>
        </SurfaceGroup>
      )}
      {c.env && c.env.length > 0 && (
        <SurfaceGroup title="Environment">
          {c.env.map((e) => (
            <li key={e.name}>
              <code>{e.name}</code>
              <span className="what">{'value' in e ? e.value : `from Secret ${e.secret.name}/${e.secret.key}`}</span>
            </li>
          ))}
        </SurfaceGroup>
      )}
      {((c.sharedDirs?.length ?? 0) > 0 || (c.secrets?.length ?? 0) > 0) && (
        <SurfaceGroup title="Volumes">
          {c.sharedDirs?.map((d) => (
            <li key={d.name}>
              <code>{d.mountPath}</code>
              <span className="what">
                emptyDir {d.name}, apps at {d.appMountPath}: {d.purpose}
              </span>
            </li>
          ))}
          {c.secrets?.map((s) => (
            <li key={s.volume}>
              <code>{s.mountPath}</code>
              <span className="what">Secret {s.secretName}</span>
            </li>
          ))}
        </SurfaceGroup>
      )}
      {c.files && c.files.length > 0 && (
        <SurfaceGroup title="Files">
          {c.files.map((f) => (
            <li key={f.name}>
              <code>{f.mountPath}</code>
              <span className="what">{f.name}, generated</span>
            </li>
          ))}
        </SurfaceGroup>
      )}
      {probes.some(([, p]) => p) && (
        <SurfaceGroup title="Probes">
          {probes.map(([label, p]) =>
            p ? (
              <li key={label}>
                <span>{label}</span>
                <code>{probeText(p)}</code>
              </li>
            ) : null,
          )}
        </SurfaceGroup>
      )}
      {c.pod?.shareProcessNamespace && <p className="doc">Needs the pod to share one process namespace.</p>}
      {c.image && <p className="doc">Image to build: images/{c.image.name}/Dockerfile.</p>}
    </section>
  );
}
