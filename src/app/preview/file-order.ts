/**
 * Pure helpers that decide which tabs the preview shows and in which order.
 */
import type { BundleFile } from './types';

/**
 * Puts the files owned by `focusOwner` first, keeping the bundle's order inside each group.
 *
 * @example
 * orderFiles(files, 'web').map((f) => f.path); // ['configs/nginx.conf', 'all.yaml', 'README.md']
 */
export function orderFiles(files: readonly BundleFile[], focusOwner: string | null): readonly BundleFile[] {
  if (focusOwner === null) return files;
  const owned: BundleFile[] = [];
  const rest: BundleFile[] = [];
  for (const file of files) (file.owners.includes(focusOwner) ? owned : rest).push(file);
  return owned.length === 0 ? files : [...owned, ...rest];
}

/**
 * The path of the first file owned by `focusOwner`, or `null` when it owns none.
 *
 * @example
 * firstOwnedPath(files, 'redis-proxy'); // 'configs/nutcracker.yaml'
 */
export function firstOwnedPath(files: readonly BundleFile[], focusOwner: string | null): string | null {
  if (focusOwner === null) return null;
  return files.find((file) => file.owners.includes(focusOwner))?.path ?? null;
}

/**
 * Keeps the files whose path contains every word of `query` (case-insensitive, any order).
 * An empty or blank query keeps every file.
 *
 * @example
 * filterFiles(files, 'man web').map((f) => f.path); // ['manifests/deployment-web.yaml', 'manifests/service-web.yaml']
 */
export function filterFiles(files: readonly BundleFile[], query: string): readonly BundleFile[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return files;
  return files.filter((file) => {
    const path = file.path.toLowerCase();
    return words.every((word) => path.includes(word));
  });
}

/**
 * The path the panel should show: `wanted` when it is among `visible`, else the first visible
 * file, else `wanted` itself if it still exists in `all` (a filter that matches nothing keeps
 * the last file on screen), else the first file of `all`.
 */
export function effectivePath(
  wanted: string | null,
  visible: readonly BundleFile[],
  all: readonly BundleFile[],
): string | null {
  if (wanted !== null && visible.some((file) => file.path === wanted)) return wanted;
  const firstVisible = visible[0];
  if (firstVisible !== undefined) return firstVisible.path;
  if (wanted !== null && all.some((file) => file.path === wanted)) return wanted;
  return all[0]?.path ?? null;
}

/** Tabs the strip draws at most; a large design's thousands of files are reached through the filter. */
export const MAX_TABS = 60;

/**
 * The first `max` of `items`, with the selected one kept (in place of the last) when it lies
 * further down, so the strip always shows the file on screen.
 *
 * @example capTabs(['a', 'b', 'c'], (x) => x, 'c', 2) // ['a', 'c']
 */
export function capTabs<T>(
  items: readonly T[],
  pathOf: (item: T) => string,
  selected: string | null,
  max: number,
): readonly T[] {
  if (items.length <= max) return items;
  const head = items.slice(0, max);
  if (selected === null || head.some((item) => pathOf(item) === selected)) return head;
  const chosen = items.find((item) => pathOf(item) === selected);
  return chosen === undefined ? head : [...head.slice(0, max - 1), chosen];
}
