import { describe, expect, it } from 'vitest';
import { capTabs, effectivePath, filterFiles, firstOwnedPath, orderFiles } from './file-order';
import type { BundleFile } from './types';

const file = (path: string, ...owners: string[]): BundleFile => ({ path, content: '', language: 'yaml', owners });

const FILES: readonly BundleFile[] = [
  file('README.md'),
  file('all.yaml', 'web', 'proxy'),
  file('configs/nginx.conf', 'proxy'),
  file('manifests/deployment-web.yaml', 'web', 'proxy'),
  file('manifests/service-web.yaml', 'web'),
  file('configs/nutcracker.yaml', 'cache'),
];
const paths = (files: readonly BundleFile[]) => files.map((f) => f.path);

describe('orderFiles', () => {
  it('keeps the bundle order when nothing is focused', () => {
    expect(orderFiles(FILES, null)).toBe(FILES);
  });

  it("brings the focused owner's files to the front, keeping the order inside each group", () => {
    expect(paths(orderFiles(FILES, 'proxy'))).toEqual([
      'all.yaml',
      'configs/nginx.conf',
      'manifests/deployment-web.yaml',
      'README.md',
      'manifests/service-web.yaml',
      'configs/nutcracker.yaml',
    ]);
    expect(paths(orderFiles(FILES, 'cache'))[0]).toBe('configs/nutcracker.yaml');
  });

  it('keeps the bundle order for an owner with no files', () => {
    expect(orderFiles(FILES, 'ghost')).toBe(FILES);
  });
});

describe('firstOwnedPath', () => {
  it('gives the first file of the owner in bundle order', () => {
    expect(firstOwnedPath(FILES, 'web')).toBe('all.yaml');
    expect(firstOwnedPath(FILES, 'cache')).toBe('configs/nutcracker.yaml');
  });

  it('gives null without an owner or when it owns nothing', () => {
    expect(firstOwnedPath(FILES, null)).toBeNull();
    expect(firstOwnedPath(FILES, 'ghost')).toBeNull();
  });
});

describe('filterFiles', () => {
  it('keeps everything for a blank query', () => {
    expect(filterFiles(FILES, '')).toBe(FILES);
    expect(filterFiles(FILES, '   ')).toBe(FILES);
  });

  it('matches every word of the query anywhere in the path, ignoring case', () => {
    expect(paths(filterFiles(FILES, 'NGINX'))).toEqual(['configs/nginx.conf']);
    expect(paths(filterFiles(FILES, 'web man'))).toEqual([
      'manifests/deployment-web.yaml',
      'manifests/service-web.yaml',
    ]);
    expect(paths(filterFiles(FILES, 'yaml configs'))).toEqual(['configs/nutcracker.yaml']);
  });

  it('gives nothing when a word matches no path', () => {
    expect(filterFiles(FILES, 'web zebra')).toEqual([]);
  });
});

describe('effectivePath', () => {
  it('keeps the wanted file while it is visible', () => {
    expect(effectivePath('configs/nginx.conf', FILES, FILES)).toBe('configs/nginx.conf');
  });

  it('falls back to the first visible file when the filter hides the wanted one', () => {
    const visible = filterFiles(FILES, 'manifests');
    expect(effectivePath('configs/nginx.conf', visible, FILES)).toBe('manifests/deployment-web.yaml');
  });

  it('keeps the last file on screen when the filter matches nothing', () => {
    expect(effectivePath('configs/nginx.conf', [], FILES)).toBe('configs/nginx.conf');
  });

  it('falls back to the first file when the wanted one is gone, and to null without files', () => {
    expect(effectivePath('gone.yaml', [], FILES)).toBe('README.md');
    expect(effectivePath(null, FILES, FILES)).toBe('README.md');
    expect(effectivePath('a', [], [])).toBeNull();
  });
});

describe('capTabs', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const id = (x: string) => x;

  it('keeps every tab when they fit', () => {
    expect(capTabs(items, id, 'e', 5)).toBe(items);
  });

  it('keeps the first tabs when the selected one is among them', () => {
    expect(capTabs(items, id, 'b', 3)).toEqual(['a', 'b', 'c']);
    expect(capTabs(items, id, null, 3)).toEqual(['a', 'b', 'c']);
  });

  it('puts a selected tab from further down in place of the last one shown', () => {
    expect(capTabs(items, id, 'e', 3)).toEqual(['a', 'b', 'e']);
  });

  it('ignores a selection that is not in the list', () => {
    expect(capTabs(items, id, 'z', 2)).toEqual(['a', 'b']);
  });
});
