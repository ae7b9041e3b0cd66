/**
 * PS157: a container whose root filesystem is read-only has a writable volume mounted over every
 * directory its program writes to (the template's `writablePaths`): nginx cannot write its pid file
 * to a read-only /tmp, and does not start.
 */
import type { BuiltContainer, BuiltWorkload } from '../analyze';
import type { Diagnostic } from '../contracts/diagnostic';
import { RULES } from '../contracts/rules';
import { mountsFor } from '../generate/kubernetes/workload';
import type { JsonMap } from '../model/design';

/** Volume sources Kubernetes always mounts read-only. */
const READ_ONLY_SOURCES = ['configMap', 'secret', 'downwardAPI', 'projected'] as const;

interface Mount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly: boolean;
}

/** The security context the container runs with: the user's, else the template's; `null` is none. */
function effectiveSecurityContext(b: BuiltContainer): JsonMap | undefined {
  const own = b.container.kube?.securityContext;
  if (own === null) return undefined;
  return own ?? b.contribution.securityContext;
}

/** Every mount of the container: the generated ones and the user's own. */
function mountsOf(w: BuiltWorkload, b: BuiltContainer): Mount[] {
  const generated = mountsFor(w, b).map((m) => ({
    name: m.name,
    mountPath: m.mountPath,
    readOnly: m.readOnly === true,
  }));
  const own = (b.container.kube?.volumeMounts ?? []).flatMap((m): Mount[] =>
    typeof m.name === 'string' && typeof m.mountPath === 'string'
      ? [{ name: m.name, mountPath: m.mountPath, readOnly: m.readOnly === true }]
      : [],
  );
  return [...generated, ...own];
}

/** True when the workload's own volume of this name is of a kind Kubernetes mounts read-only. */
function readOnlyVolume(w: BuiltWorkload, name: string): boolean {
  const volume = w.workload.volumes?.find((v) => v.name === name);
  return volume !== undefined && READ_ONLY_SOURCES.some((k) => Object.hasOwn(volume, k));
}

/** True when `mount` lets the program write at `path` (the mount point itself or a directory above it). */
function covers(w: BuiltWorkload, mount: Mount, path: string): boolean {
  const above = mount.mountPath === '/' || path === mount.mountPath || path.startsWith(`${mount.mountPath}/`);
  return above && !mount.readOnly && !readOnlyVolume(w, mount.name);
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
    const mounts = mountsOf(w, b);
    for (const path of paths) {
      if (mounts.some((m) => covers(w, m, path))) continue;
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
