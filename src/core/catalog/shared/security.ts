/**
 * The security contexts templates propose. Most propose the Pod Security Standards' restricted
 * profile: a non-root user given by number (the kubelet cannot check a user name against
 * runAsNonRoot), no privilege escalation, every capability dropped, the runtime's default seccomp
 * profile, and a read-only root filesystem with a private emptyDir over each directory the program
 * writes. A template whose program cannot run so says why (`securityNote`).
 */
import { NGINX_WRITABLE_DIR } from '../../format/nginx/base';
import type { JsonMap } from '../../model/design';
import type { Contribution, ScratchDir } from '../types';
import { volumeName } from './shared-dir';

/** The first port only root may bind (without the NET_BIND_SERVICE capability, which restricted drops). */
export const FIRST_UNPRIVILEGED_PORT = 1024;

export interface RestrictedOptions {
  /** The container's name, for the scratch volumes' names. */
  readonly container: string;
  /** The numeric user the program runs as. */
  readonly runAsUser: number;
  /** Directories the program writes to. */
  readonly writablePaths?: readonly string[];
  /** False when the program writes where it cannot be told not to (the note says why); default true. */
  readonly readOnlyRoot?: boolean;
}

/**
 * A volume name suffix for a writable path: its segments joined by "-".
 *
 * @example scratchSuffix('/var/run/mysqld') // 'var-run-mysqld'
 */
export function scratchSuffix(path: string): string {
  const suffix = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return suffix ? suffix.slice(0, 40) : 'root';
}

/**
 * The restricted contexts made so far, by `runAsUser` and read-only root: a template proposes one
 * of a few, and every container that proposes it shares the object (nothing writes to a context:
 * the manifest and the validation only read it, and an edit makes a new one).
 */
const restrictedContexts = { readOnly: new Map<number, JsonMap>(), writable: new Map<number, JsonMap>() };

/**
 * The value frozen with everything in it: a shared context cannot be changed by whoever reads it,
 * and the YAML emitter writes a frozen value once and uses its text again wherever it is shared.
 */
function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(value);
}

/** The restricted profile's fields, keys in the order `kubectl get -o yaml` prints them. */
function restrictedContext(runAsUser: number, readOnlyRoot: boolean): JsonMap {
  const known = readOnlyRoot ? restrictedContexts.readOnly : restrictedContexts.writable;
  let context = known.get(runAsUser);
  if (context === undefined) {
    context = deepFreeze({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      ...(readOnlyRoot ? { readOnlyRootFilesystem: true } : {}),
      runAsNonRoot: true,
      runAsUser,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    // A template's user is a constant of its image; a bound keeps odd values from growing the map.
    if (known.size < 256) known.set(runAsUser, context);
  }
  return context;
}

/** The contexts of a program that must start as root: with and without a read-only root. */
const ROOT_CONTEXTS = {
  readOnly: deepFreeze({
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    seccompProfile: { type: 'RuntimeDefault' },
  }),
  writable: deepFreeze({ allowPrivilegeEscalation: false, seccompProfile: { type: 'RuntimeDefault' } }),
};

/** The writable paths, and an emptyDir of the container's own over each when the root is read-only. */
function writable(
  container: string,
  paths: readonly string[],
  readOnlyRoot: boolean,
): Pick<Contribution, 'writablePaths' | 'scratchDirs'> {
  if (!paths.length) return {};
  if (!readOnlyRoot) return { writablePaths: paths };
  const scratchDirs: ScratchDir[] = paths.map((p) => ({ name: volumeName(container, scratchSuffix(p)), mountPath: p }));
  return { writablePaths: paths, scratchDirs };
}

/**
 * What a template contributes for the restricted profile: the security context, the directories
 * its program writes, and (with a read-only root) an emptyDir of its own over each of them.
 *
 * @example restricted({ container: 'proxy', runAsUser: 101, writablePaths: ['/tmp'] })
 *   // { securityContext: { ..., readOnlyRootFilesystem: true, runAsUser: 101 }, writablePaths: ['/tmp'],
 *   //   scratchDirs: [{ name: 'proxy-tmp', mountPath: '/tmp' }] }
 */
export function restricted(
  opts: RestrictedOptions,
): Pick<Contribution, 'securityContext' | 'writablePaths' | 'scratchDirs'> {
  const readOnlyRoot = opts.readOnlyRoot ?? true;
  return {
    securityContext: restrictedContext(opts.runAsUser, readOnlyRoot),
    ...writable(opts.container, opts.writablePaths ?? [], readOnlyRoot),
  };
}

/**
 * What a program that must start as root can still have: no privilege escalation, the default
 * seccomp profile, and a read-only root with its writable paths on emptyDirs; `note` says why the
 * rest of the restricted profile is missing.
 */
export function rootWithLimits(
  opts: Omit<RestrictedOptions, 'runAsUser'> & { readonly note: string },
): Pick<Contribution, 'securityContext' | 'securityNote' | 'writablePaths' | 'scratchDirs'> {
  const readOnlyRoot = opts.readOnlyRoot ?? true;
  return {
    securityContext: readOnlyRoot ? ROOT_CONTEXTS.readOnly : ROOT_CONTEXTS.writable,
    securityNote: opts.note,
    ...writable(opts.container, opts.writablePaths ?? [], readOnlyRoot),
  };
}

/** Why a program that listens below 1024 cannot run under the restricted profile. */
function lowPortNote(program: string, port: number): string {
  return (
    `${program} listens on port ${port}, below ${FIRST_UNPRIVILEGED_PORT}: only root may bind it (the restricted ` +
    'profile drops NET_BIND_SERVICE, and Kubernetes gives no capability to a process of another user), so it ' +
    'runs as the image’s root user, without privilege escalation. Choose a port of ' +
    `${FIRST_UNPRIVILEGED_PORT} or above to get the restricted profile.`
  );
}

/**
 * The restricted profile when every port the program listens on is 1024 or above; otherwise the
 * limits a root program can have, and a note that says which port keeps it root.
 *
 * @example proposeSecurity({ program: 'nginx', container: 'tee', runAsUser: 101, ports: [80], writablePaths: ['/tmp'] })
 *   // { securityContext: { allowPrivilegeEscalation: false, ... }, securityNote: 'nginx listens on port 80, ...' }
 */
export function proposeSecurity(
  opts: RestrictedOptions & { readonly program: string; readonly ports: readonly number[] },
): Pick<Contribution, 'securityContext' | 'securityNote' | 'writablePaths' | 'scratchDirs'> {
  const low = opts.ports.find((p) => p > 0 && p < FIRST_UNPRIVILEGED_PORT);
  if (low === undefined) return restricted(opts);
  return rootWithLimits({ ...opts, note: lowPortNote(opts.program, low) });
}

/** The uid of the `nginx` user of the official image (and the user nginx-unprivileged runs as). */
export const NGINX_UID = 101;

/**
 * What the nginx templates propose. The official image starts nginx as root; run as its `nginx` user
 * (101) instead, nginx needs no capability: the generated nginx.conf has no `user` directive and
 * writes only under /tmp. The image's entrypoint scripts skip what a read-only root stops them from
 * doing (the IPv6 listen line of a default.conf this config does not include).
 */
export function nginxSecurity(
  container: string,
  ports: readonly number[],
): Pick<Contribution, 'securityContext' | 'securityNote' | 'writablePaths' | 'scratchDirs'> {
  return proposeSecurity({
    program: 'nginx',
    container,
    runAsUser: NGINX_UID,
    ports,
    writablePaths: [NGINX_WRITABLE_DIR],
  });
}

/** `nobody`: the user of programs whose image runs them as root though they need nothing of root's. */
export const NOBODY_UID = 65534;
