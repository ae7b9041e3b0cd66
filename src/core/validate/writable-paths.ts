/**
 * PS157: a container whose root filesystem is read-only has a writable volume mounted over every
 * directory its program writes to (the template's `writablePaths`): nginx cannot write its pid file
 * to a read-only /tmp, and does not start.
 */
import type { BuiltContainer, BuiltWorkload } from '../analyze';
import type { Diagnostic } from '../contracts/diagnostic';
import { RULES } from '../contracts/rules';
import type { MountPlan } from '../generate/kubernetes/container';
import { mountsFor } from '../generate/kubernetes/workload';
import type { JsonMap } from '../model/design';
import { isBelow } from './kube-read';

/** Volume sources Kubernetes always mounts read-only. */
const READ_ONLY_SOURCES = ['configMap', 'secret', 'downwardAPI', 'projected'] as const;

const NO_VOLUMES: readonly JsonMap[] = [];

/** The security context the container runs with: the user's, else the template's; `null` is none. */
function effectiveSecurityContext(b: BuiltContainer): JsonMap | undefined {
  const own = b.container.kube?.securityContext;
  if (own === null) return undefined;
  return own ?? b.contribution.securityContext;
}

/** True when the workload's own volume of this name is of a kind Kubernetes mounts read-only. */
function readOnlyVolume(w: BuiltWorkload, name: string): boolean {
  for (const v of w.workload.volumes ?? NO_VOLUMES) {
    if (v.name !== name) continue;
    for (const k of READ_ONLY_SOURCES) if (Object.hasOwn(v, k)) return true;
    return false;
  }
  return false;
}

/** True when a mount of `name` at `mountPath` lets the program write at `path` (the mount point itself or a directory above it). */
function covers(w: BuiltWorkload, name: string, mountPath: string, readOnly: boolean, path: string): boolean {
  return (path === mountPath || isBelow(path, mountPath)) && !readOnly && !readOnlyVolume(w, name);
}

/**
 * True when a mount of the container, generated or the user's own, lets the program write at
 * `path`. The mounts are looked at where they are, not copied into one list of their own shape
 * for each container checked.
 */
function writable(w: BuiltWorkload, b: BuiltContainer, generated: readonly MountPlan[], path: string): boolean {
  for (const m of generated) if (covers(w, m.name, m.mountPath, m.readOnly === true, path)) return true;
  for (const m of b.container.kube?.volumeMounts ?? NO_VOLUMES)
    if (
      typeof m.name === 'string' &&
      typeof m.mountPath === 'string' &&
      covers(w, m.name, m.mountPath, m.readOnly === true, path)
    )
      return true;
  return false;
}

/**
 * PS157 for each container of the pod that runs with `readOnlyRootFilesystem: true`.
 *
 * @example writablePathDiagnostics(builtWorkload(design, design.workloads[0]))
 */
export function writablePathDiagnostics(w: BuiltWorkload): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of w.containers) {
    const paths = b.contribution.writablePaths ?? [];
    if (!paths.length || effectiveSecurityContext(b)?.readOnlyRootFilesystem !== true) continue;
    const mounts = mountsFor(w, b);
    for (const path of paths) {
      if (writable(w, b, mounts, path)) continue;
      const name = b.container.name;
      out.push({
        rule: 'PS157',
        severity: RULES.PS157.severity,
        target: { kind: 'container', workloadId: w.workload.id, containerId: b.container.id },
        message: `${name} runs with a read-only root filesystem, but its program writes to ${path} and no writable volume is mounted there: it cannot start.`,
        fix: `Mount a writable volume at ${path}: add a volume such as {name: ${name}-scratch, emptyDir: {}} to the workload and a volumeMount of it at ${path} to ${name}; or set readOnlyRootFilesystem to false.`,
      });
    }
  }
  return out;
}
