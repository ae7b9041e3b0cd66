/**
 * PS240: the gaps between a pod and the Pod Security Standards' restricted profile, as warnings.
 * They are advice for a design that asks for security, so a container is checked only when the
 * user gave it a security context (`kube.securityContext`) or its pod one (`pod.securityContext`);
 * a design that never mentions security gets none, whatever its templates propose (a template that
 * must run as root proposes a partial context and says why). What is checked is the effective
 * context: the user's, else the template's. Once a user applies the restricted preset, each
 * remaining gap is a warning pointing at its field:
 *
 * - runAsNonRoot true in the container's or the pod's context (the container's wins), and no
 *   runAsUser 0;
 * - allowPrivilegeEscalation false; capabilities drop ALL and add at most NET_BIND_SERVICE;
 * - seccompProfile type RuntimeDefault or Localhost in the container's or the pod's context;
 * - not privileged; no hostNetwork, hostPID or hostIPC;
 * - volumes of the restricted types only (configMap, csi, downwardAPI, emptyDir, ephemeral,
 *   persistentVolumeClaim, projected, secret).
 *
 * The same checks apply to the workload's own init containers (`initContainers`).
 */
import type { BuiltWorkload } from '../analyze';
import type { Diagnostic } from '../contracts/diagnostic';
import type { ElementRef, JsonMap } from '../model/design';
import { diag, isMap, mapAt, own, show } from './kube-read';

const RESTRICTED_VOLUMES: ReadonlySet<string> = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);
const SECCOMP_TYPES: ReadonlySet<unknown> = new Set(['RuntimeDefault', 'Localhost']);
const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

/** The restricted profile's checks of one container's context, its fields under `at(prefix)`. */
function containerGaps(
  who: string,
  sc: JsonMap | undefined,
  podSc: JsonMap | undefined,
  at: (field: string) => ElementRef,
  out: Diagnostic[],
): void {
  const field = (f: string) => at(`securityContext.${f}`);
  const fromEither = (key: string) => {
    const mine = sc ? own(sc, key) : undefined;
    return mine === undefined || mine === null ? (podSc ? own(podSc, key) : undefined) : mine;
  };
  if (fromEither('runAsNonRoot') !== true)
    out.push(
      diag(
        'PS240',
        field('runAsNonRoot'),
        `${who} may run as root: runAsNonRoot is not true in its security context or the pod's.`,
        'Set runAsNonRoot: true (with a runAsUser other than 0 if the image runs as root).',
      ),
    );
  else if (fromEither('runAsUser') === 0)
    out.push(
      diag(
        'PS240',
        field('runAsUser'),
        `${who} runs as user 0 (root), which the restricted profile forbids.`,
        'Set runAsUser to a non-zero user id, e.g. 65532.',
      ),
    );
  if ((sc ? own(sc, 'allowPrivilegeEscalation') : undefined) !== false)
    out.push(
      diag(
        'PS240',
        field('allowPrivilegeEscalation'),
        `${who} allows privilege escalation (allowPrivilegeEscalation is not false).`,
        'Set allowPrivilegeEscalation: false.',
      ),
    );
  const caps = mapAt(sc, 'capabilities');
  const drop = caps ? own(caps, 'drop') : undefined;
  if (!Array.isArray(drop) || !drop.includes('ALL'))
    out.push(
      diag(
        'PS240',
        field('capabilities.drop'),
        `${who} keeps Linux capabilities: capabilities.drop does not list ALL.`,
        'Set capabilities.drop to [ALL] (add back NET_BIND_SERVICE only if it binds a port below 1024).',
      ),
    );
  const add = caps ? own(caps, 'add') : undefined;
  const extra = Array.isArray(add) ? add.filter((c) => c !== 'NET_BIND_SERVICE') : [];
  if (extra.length)
    out.push(
      diag(
        'PS240',
        field('capabilities.add'),
        `${who} adds the capabilit${extra.length > 1 ? 'ies' : 'y'} ${extra.map(show).join(', ')}; the restricted profile allows only NET_BIND_SERVICE.`,
        'Remove them from capabilities.add.',
      ),
    );
  const mine = own(mapAt(sc, 'seccompProfile') ?? {}, 'type');
  const seccomp = mine === undefined || mine === null ? own(mapAt(podSc, 'seccompProfile') ?? {}, 'type') : mine;
  if (!SECCOMP_TYPES.has(seccomp))
    out.push(
      diag(
        'PS240',
        field('seccompProfile.type'),
        seccomp === undefined || seccomp === null
          ? `${who} has no seccomp profile in its security context or the pod's.`
          : `${who} uses the seccomp profile ${show(seccomp)}; the restricted profile needs RuntimeDefault or Localhost.`,
        'Set seccompProfile: {type: RuntimeDefault} in the container or the pod security context.',
      ),
    );
  if (sc && own(sc, 'privileged') === true)
    out.push(
      diag(
        'PS240',
        field('privileged'),
        `${who} is privileged: it has the node's devices and every capability.`,
        'Remove privileged: true.',
      ),
    );
}

/** A diagnostic's place in the workload (made when one is reported, not for every workload checked). */
function workloadAt(wl: BuiltWorkload['workload'], field: string): ElementRef {
  return { kind: 'workload', workloadId: wl.id, field };
}

/** Every restricted-profile gap of one workload's pod (none when nothing in it has a security context). */
export function securityRules(w: BuiltWorkload, out: Diagnostic[]): void {
  const wl = w.workload;
  const podSc = mapAt(wl.pod, 'securityContext');
  let any = podSc !== undefined;
  for (let i = 0; i < w.containers.length; i++) {
    const b = w.containers[i] as BuiltWorkload['containers'][number];
    const user = b.container.kube?.securityContext;
    const sc = user === null ? undefined : isMap(user) ? user : b.contribution.securityContext;
    if (!isMap(user) && !podSc) continue;
    any = true;
    containerGaps(
      `Container ${b.container.name}`,
      sc,
      podSc,
      (f) => ({ kind: 'container', workloadId: wl.id, containerId: b.container.id, field: `kube.${f}` }),
      out,
    );
  }
  for (const [i, ic] of wl.initContainers?.entries() ?? []) {
    const sc = isMap(ic) ? mapAt(ic, 'securityContext') : undefined;
    if (!sc && !podSc) continue;
    any = true;
    const name = isMap(ic) ? own(ic, 'name') : undefined;
    containerGaps(
      `Init container ${typeof name === 'string' ? name : i + 1}`,
      sc,
      podSc,
      (f) => workloadAt(wl, `initContainers[${i}].${f}`),
      out,
    );
  }
  if (!any) return;
  for (const key of HOST_NAMESPACES)
    if (wl.pod && own(wl.pod, key) === true)
      out.push(
        diag(
          'PS240',
          workloadAt(wl, `pod.${key}`),
          `${wl.name} shares the node's ${key.slice(4)} namespace (${key}: true).`,
          `Remove ${key}; a restricted pod keeps its own namespaces.`,
        ),
      );
  for (const [i, v] of (wl.volumes ?? []).entries()) {
    if (!isMap(v)) continue;
    const kind = Object.keys(v).find((k) => k !== 'name');
    if (kind !== undefined && !RESTRICTED_VOLUMES.has(kind))
      out.push(
        diag(
          'PS240',
          workloadAt(wl, `volumes[${i}]`),
          `Volume ${show(own(v, 'name'))} of ${wl.name} is a ${kind} volume, which the restricted profile does not allow.`,
          'Use a persistentVolumeClaim, an emptyDir, a configMap, a secret, a projected or a CSI volume instead.',
        ),
      );
  }
}
