/** Reading images and command lines the way the programs they start read them. */

/**
 * The repository path of an image without registry, tag or digest: `docker.io/library/redis:7`
 * gives `redis`, `quay.io/oliver006/redis_exporter:v1` gives `oliver006/redis_exporter`.
 */
export function imageRepository(image: string): string {
  let rest = image.split('@')[0] ?? '';
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) rest = rest.slice(0, colon);
  const parts = rest.split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'library' && parts.length === 2) parts.shift();
  return parts.join('/').toLowerCase();
}

const names = new Map<string, string>();

/** The last segment of an image's repository: `redis_exporter`, `nginx`, `git-sync`. */
export function imageName(image: string): string {
  const known = names.get(image);
  if (known !== undefined) return known;
  const repo = imageRepository(image);
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  if (names.size > 1000) names.clear();
  names.set(image, name);
  return name;
}

/** The file name of a path: `/usr/bin/tail` gives `tail`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The value of a command-line flag in any of the spellings Go and getopt programs accept:
 * `--name=value`, `--name value`, `-name=value`, `-name value`, and for one-letter flags `-cvalue`.
 * `names` are written with their dashes (`-c`, `--conf-file`); the last occurrence wins.
 *
 * @example flag(['nutcracker', '-c', '/etc/n.yaml'], ['-c', '--conf-file']) // '/etc/n.yaml'
 */
export function flag(words: readonly string[], names: readonly string[]): string | undefined {
  let found: string | undefined;
  const spellings = names.flatMap((n) => {
    const bare = n.replace(/^-+/, '');
    return bare.length > 1 ? [`--${bare}`, `-${bare}`] : [`-${bare}`];
  });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    for (const s of spellings) {
      if (w === s && i + 1 < words.length) found = words[i + 1];
      else if (w.startsWith(`${s}=`)) found = w.slice(s.length + 1);
      else if (s.length === 2 && w.startsWith(s) && w.length > 2 && !w.startsWith('--')) found = w.slice(2);
    }
  }
  return found;
}

/** The port of `HOST:PORT`, `:PORT`, `[::]:PORT` or a bare port, if it is one. */
export function portOf(address: string): number | undefined {
  const m = /(?:^|:)([0-9]{1,5})$/.exec(address.trim());
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 65535 ? n : undefined;
}

/** The host of `HOST:PORT` (`''` for `:PORT`), brackets of an IPv6 address removed. */
export function hostOf(address: string): string {
  const colon = address.lastIndexOf(':');
  const host = colon < 0 ? address : address.slice(0, colon);
  return host.replace(/^\[|\]$/g, '');
}

/** True for an address of the pod itself. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * A Go duration (`30s`, `1m30s`, `500ms`) or a bare number of seconds, as whole seconds (at least 1).
 *
 * @example seconds('1m30s') // 90
 */
export function seconds(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const re = /([0-9.]+)(ms|s|m|h)/g;
  let total = 0;
  let matched = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const unit = { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] as 'ms' | 's' | 'm' | 'h'];
    total += Number(m[1]) * unit;
    matched += m[0];
  }
  if (matched !== text || !Number.isFinite(total)) return undefined;
  return Math.max(1, Math.round(total));
}

/** A DNS-1123 label made from any text: lowercase, `-` for anything else, at most 63 characters. */
export function dnsLabel(text: string, fallback: string): string {
  const label = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return label || fallback;
}
