/**
 * Directories a sidecar or adapter shares with the app through an emptyDir (git-sync content, a
 * log directory): where such a volume may be mounted, and the volume's name.
 */

/** Directories whose content the image needs: an emptyDir mounted there would hide it. */
const SYSTEM_DIRS: ReadonlySet<string> = new Set([
  '/bin',
  '/boot',
  '/etc',
  '/home',
  '/lib',
  '/lib32',
  '/lib64',
  '/opt',
  '/root',
  '/run',
  '/sbin',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/lib',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/lib',
  '/var/run',
]);

/**
 * Why `path` cannot be where a shared emptyDir is mounted, or undefined when it can.
 *
 * @example sharedDirProblem('/etc') // 'is a system directory: ...'
 * @example sharedDirProblem('/srv/site') // undefined
 */
export function sharedDirProblem(path: string): string | undefined {
  if (!path.startsWith('/')) return 'is not an absolute path';
  if (path === '/') return 'is the root directory: the volume would hide the whole image';
  if (path.endsWith('/')) return 'ends with "/"';
  const segments = path.slice(1).split('/');
  if (segments.includes('')) return 'has an empty segment ("//")';
  if (segments.some((s) => s === '.' || s === '..')) return 'has a "." or ".." segment';
  if (SYSTEM_DIRS.has(path) || /^\/(proc|sys|dev)(\/|$)/.test(path))
    return 'is a system directory: the volume would hide what the image keeps there';
  return undefined;
}

/**
 * The directory part of an absolute file path.
 *
 * @example dirOf('/var/log/app/app.log') // '/var/log/app'
 */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/**
 * The last segment of a path.
 *
 * @example baseOf('/var/log/app/app.log') // 'app.log'
 */
export function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A volume name made from the container's name: a DNS-1123 label of at most 63 characters, unique in
 * the pod because container names are. An invalid container name (reported as PS001) still gives a
 * valid volume name.
 *
 * @example volumeName('git-sync', 'content') // 'git-sync-content'
 */
export function volumeName(containerName: string, suffix: string): string {
  const base = containerName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 62 - suffix.length)
    .replace(/^-+|-+$/g, '');
  return base ? `${base}-${suffix}` : suffix;
}
