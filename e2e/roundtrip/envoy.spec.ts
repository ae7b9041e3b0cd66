/**
 * A real pod through the app: the orders API (an app, a cloud-sql-proxy sidecar and an Envoy
 * sidecar whose config is a ConfigMap mounted as a volume) is imported with the Import button and
 * exported with Download YAML; the download imports again to the same design and still holds the
 * probes, the security contexts, Envoy's config volume and the Service's port 80 to Envoy's port.
 */

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadAll } from 'js-yaml';
import { importYaml } from '../../src/core';
import { apiServerProblems, schemaProblem } from '../../test/support/apiserver';
import { Designer } from '../pages/designer';
import { RoundTrip, workDir } from './pages/roundtrip';

type Obj = Record<string, any>;

const MANIFEST = fileURLToPath(new URL('../../test/import/real-pods/orders-api-envoy.yaml', import.meta.url));

const dirs: string[] = [];
test.afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A design without its canvas layout, which an import may lay out anew. */
function withoutLayout(design: unknown): unknown {
  return JSON.parse(JSON.stringify(design), (k, v) => (k === 'layout' ? undefined : v));
}

test('import the orders API with its Envoy sidecar, download the YAML, and find every field again', async ({
  page,
}) => {
  const app = new Designer(page);
  const rt = new RoundTrip(page);
  await app.open();
  const work = workDir('podsmith-rt-envoy-');
  dirs.push(work);
  const input = join(work, 'orders-api-envoy.yaml');
  writeFileSync(input, readFileSync(MANIFEST, 'utf8'));

  await rt.importFile(input);
  const report = rt.dialog('Imported orders-api-envoy.yaml');
  await expect(report).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
  await expect(app.workload('orders-api')).toBeVisible();
  const node = (name: string) => app.canvas.getByRole('group', { name: new RegExp(`^Container ${name} \\(`) });
  for (const name of ['orders-api', 'cloud-sql-proxy', 'envoy']) await expect(node(name)).toBeVisible();
  await app.select(node('envoy'));
  await app.screenshot('real-pods-envoy');

  const dialog = await rt.openExport();
  const downloaded = readFileSync(await rt.download(dialog, 'Download YAML', work), 'utf8');
  await page.keyboard.press('Escape');

  // The download imports again to the design the original gave.
  const first = importYaml(readFileSync(MANIFEST, 'utf8'));
  const again = importYaml(downloaded);
  expect(first.ok && again.ok).toBe(true);
  if (!first.ok || !again.ok) return;
  expect(withoutLayout(again.design)).toEqual(withoutLayout(first.design));

  const objects = loadAll(downloaded) as Obj[];
  expect(objects.map(schemaProblem).filter(Boolean)).toEqual([]);
  expect(apiServerProblems(objects)).toEqual([]);
  const deployment = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'orders-api');
  const pod = deployment?.spec.template.spec;
  const container = (name: string) => pod?.containers.find((c: Obj) => c.name === name);
  expect(container('orders-api')?.readinessProbe).toEqual({
    httpGet: { path: '/healthz/ready', port: 'http' },
    initialDelaySeconds: 5,
    periodSeconds: 5,
    timeoutSeconds: 2,
    failureThreshold: 3,
  });
  expect(container('orders-api')?.securityContext).toEqual({
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
  });
  expect(pod?.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001 });
  expect(container('envoy')?.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'envoy-admin' });
  expect(container('envoy')?.volumeMounts).toContainEqual({
    name: 'envoy-config',
    mountPath: '/etc/envoy',
    readOnly: true,
  });
  expect(pod?.volumes).toContainEqual({ name: 'envoy-config', configMap: { name: 'orders-api-envoy' } });
  const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'orders-api-envoy');
  expect(config?.data?.['envoy.yaml']).toContain('port_value: 8000');
  const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === 'orders-api');
  expect(service?.spec.ports).toHaveLength(1);
  expect(service?.spec.ports[0]).toMatchObject({ name: 'http', port: 80, targetPort: 'envoy-http' });
  expect(container('envoy')?.ports).toContainEqual({ name: 'envoy-http', containerPort: 8000 });
});
