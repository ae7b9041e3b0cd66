/**
 * The container's security context: the fields the Pod Security Standards look at, the restricted
 * profile in one click, and why a template proposes none when its image cannot run so.
 */
import {
  applyRestrictedProfile,
  type JsonMap,
  type JsonValue,
  proposedFields,
  setSecurityContext,
  valueAt,
  withPath,
} from '../../../core';
import { Collapsible } from '../Collapsible';
import { errorsUnder, fieldId } from '../errors';
import { ElementProblems } from '../parts';
import { LinesField, OptionalIntField, OptionalSelectField, stringsOf, TriStateField } from './controls';
import type { SectionProps } from './types';

const BASE = 'kube.securityContext';

/** `key: value` pairs of a nested map, one per leaf (`capabilities.drop: ALL`). */
export function flatPairs(map: JsonMap, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(map)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      out.push(...flatPairs(v as JsonMap, `${prefix}${k}.`));
    else out.push(`${prefix}${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  }
  return out;
}

export function SecuritySection({ design, workload, container, errors, edit }: SectionProps) {
  const id = container.id;
  const proposed = proposedFields(design, workload.id, container.id);
  const own = container.kube?.securityContext;
  const put = (c: JsonMap | null | undefined, coalesce?: string) => edit((d) => setSecurityContext(d, id, c), coalesce);
  const note = own ? 'set' : own === null ? 'none' : proposed.securityContext ? 'proposed' : 'none';
  const useTemplate = proposed.securityContext && own !== undefined && (
    <button
      type="button"
      className="btn small"
      aria-label="Use the template's security context"
      onClick={() => put(undefined)}
    >
      Use the template's
    </button>
  );
  return (
    <Collapsible id={id} name="security" title="Security" count={note} paths={[BASE]}>
      <ElementProblems diagnostics={errorsUnder(errors, BASE).filter((d) => d.target.field === BASE)} />
      <div className="kube-actions">
        <button type="button" className="btn small" onClick={() => edit((d) => applyRestrictedProfile(d, id))}>
          Apply restricted profile
        </button>
      </div>
      <div className="doc">
        The restricted profile of the Pod Security Standards: not root, no privilege escalation, every capability
        dropped, the runtime's seccomp profile, a read-only root filesystem.
      </div>
      {proposed.securityNote && (
        <div className="kube-note" role="note">
          <strong>
            {proposed.securityContext ? 'About the template’s context:' : 'Why the template proposes none:'}
          </strong>{' '}
          {proposed.securityNote}
        </div>
      )}
      {own === undefined && proposed.securityContext && (
        <>
          <div className="kube-proposed">
            <span className="kube-badge">proposed by the template</span>
            <ul className="kube-pairs">
              {flatPairs(proposed.securityContext).map((p) => (
                <li key={p}>
                  <code>{p}</code>
                </li>
              ))}
            </ul>
          </div>
          <div className="kube-actions">
            <button
              type="button"
              className="btn small"
              aria-label="Change security context"
              onClick={() => put(proposed.securityContext)}
            >
              Change
            </button>
            <button type="button" className="btn small" aria-label="Remove security context" onClick={() => put(null)}>
              Remove
            </button>
          </div>
        </>
      )}
      {own === undefined && !proposed.securityContext && (
        <div className="kube-actions">
          <button type="button" className="btn small" onClick={() => put({})}>
            Set security context
          </button>
        </div>
      )}
      {own === null && (
        <>
          <div className="doc">None: the template’s security context is removed.</div>
          <div className="kube-actions">{useTemplate}</div>
        </>
      )}
      {own && (
        <>
          <ContextEditor elementId={id} context={own} errors={errors} onChange={put} />
          <div className="kube-actions">
            <button
              type="button"
              className="btn small danger"
              onClick={() => put(proposed.securityContext ? null : undefined)}
            >
              Remove security context
            </button>
            {useTemplate}
          </div>
        </>
      )}
    </Collapsible>
  );
}

function ContextEditor({
  elementId,
  context,
  errors,
  onChange,
}: {
  elementId: string;
  context: JsonMap;
  errors: SectionProps['errors'];
  onChange: (c: JsonMap, coalesce?: string) => void;
}) {
  const common = (path: string, label: string, doc?: string) => ({
    id: fieldId(elementId, `${BASE}.${path}`),
    field: `${BASE}.${path}`,
    label,
    doc,
    errors: errorsUnder(errors, `${BASE}.${path}`),
  });
  const at = (path: string[], v: JsonValue | undefined, coalesce = false) =>
    onChange(withPath(context, path, v), coalesce ? `${elementId}:${BASE}.${path.join('.')}` : undefined);
  const bool = (key: string) => {
    const v = context[key];
    return typeof v === 'boolean' ? v : undefined;
  };
  const int = (key: string) => {
    const v = context[key];
    return typeof v === 'number' ? v : undefined;
  };
  return (
    <div>
      <TriStateField
        {...common('runAsNonRoot', 'Run as non-root', 'The kubelet refuses to start the container as root.')}
        value={bool('runAsNonRoot')}
        onChange={(v) => at(['runAsNonRoot'], v)}
      />
      <TriStateField
        {...common('allowPrivilegeEscalation', 'Allow privilege escalation')}
        value={bool('allowPrivilegeEscalation')}
        onChange={(v) => at(['allowPrivilegeEscalation'], v)}
      />
      <OptionalIntField
        {...common('runAsUser', 'Run as user', 'A user id (not 0 for non-root).')}
        value={int('runAsUser')}
        onChange={(v) => at(['runAsUser'], v, true)}
      />
      <OptionalIntField
        {...common('runAsGroup', 'Run as group')}
        value={int('runAsGroup')}
        onChange={(v) => at(['runAsGroup'], v, true)}
      />
      <TriStateField
        {...common('readOnlyRootFilesystem', 'Read-only root filesystem', 'Writable paths then need a volume.')}
        value={bool('readOnlyRootFilesystem')}
        onChange={(v) => at(['readOnlyRootFilesystem'], v)}
      />
      <OptionalSelectField
        {...common('seccompProfile.type', 'Seccomp profile')}
        value={valueAt(context, ['seccompProfile', 'type']) as string | undefined}
        options={['RuntimeDefault', 'Localhost', 'Unconfined']}
        onChange={(v) => at(['seccompProfile', 'type'], v)}
      />
      <LinesField
        {...common('capabilities.add', 'Capabilities to add', 'One per line, e.g. NET_BIND_SERVICE.')}
        value={stringsOf(valueAt(context, ['capabilities', 'add']))}
        onChange={(v) => at(['capabilities', 'add'], v.length ? v : undefined, true)}
      />
      <LinesField
        {...common('capabilities.drop', 'Capabilities to drop', 'One per line; ALL drops every one.')}
        value={stringsOf(valueAt(context, ['capabilities', 'drop']))}
        onChange={(v) => at(['capabilities', 'drop'], v.length ? v : undefined, true)}
      />
    </div>
  );
}
