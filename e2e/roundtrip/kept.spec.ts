/**
 * Kept objects in the browser: import manifests with an Ingress and other kinds Podsmith does not
 * design, find them listed in the design inspector, remove one and undo, and export a ZIP that
 * carries them through kubectl kustomize.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadAll } from 'js-yaml';
import { generateBundle, getExample } from '../../src/core';
import { KEPT_PATHS, KEPT_YAML } from '../../test/support/kept';
import { requireProgram } from '../../test/support/programs';
import { Designer } from '../pages/designer';
import { RoundTrip, readZip, workDir, writeTree } from './pages/roundtrip';

const work = workDir('podsmith-kept-');
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('import manifests with an Ingress, see it kept, remove and undo, export a ZIP that kustomize builds', async ({
  page,
}) => {
  const app = new Designer(page);
  const rt = new RoundTrip(page);
  await app.open();
  const design = getExample('sharded-redis')?.design;
  if (!design) throw new Error('no sharded-redis example');
  const input = join(work, 'shop.yaml');
  const all = generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
  writeFileSync(input, [all, ...KEPT_YAML].join('---\n'));

  await rt.importFile(input);
  const report = rt.dialog('Imported shop.yaml');
  await expect(report.getByRole('region', { name: 'Notices' })).toContainText(
    'Ingress/web: kept as it was and written back on export',
  );
  await report.getByRole('button', { name: 'Close' }).click();

  // With nothing selected, the inspector shows the design and its kept objects.
  await page.keyboard.press('Escape');
  await expect(app.inspector.getByRole('heading', { name: 'Other objects kept for export' })).toBeVisible();
  const remove = app.inspector.getByRole('button', { name: 'Remove Ingress web' });
  await expect(remove).toBeVisible();
  await expect(app.inspector.getByRole('button', { name: 'Remove PersistentVolumeClaim web-uploads' })).toBeVisible();
  await remove.click();
  await expect(remove).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(remove).toBeVisible();

  const dialog = await rt.openExport();
  const entries = readZip(await rt.download(dialog, 'Download ZIP', work));
  expect(KEPT_PATHS.map((p) => entries[p])).toEqual(KEPT_YAML);
  const built = loadAll(
    execFileSync(requireProgram('kubectl'), ['kustomize', writeTree(join(work, 'bundle'), entries)], {
      encoding: 'utf8',
      timeout: 30_000,
    }),
  ) as { kind: string; metadata: { name: string } }[];
  const names = built.map((o) => `${o.kind}/${o.metadata.name}`);
  for (const k of ['Ingress/web', 'PersistentVolumeClaim/web-uploads', 'HorizontalPodAutoscaler/web'])
    expect(names).toContain(k);
});
