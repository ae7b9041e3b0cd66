import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Designer, SCREENS } from './pages/designer';
import { WorkloadInspector } from './pages/workload';

const TOLERATION = '- key: dedicated\n  operator: Equal\n  value: cache\n  effect: NoSchedule\n';

test('give a workload a NodePort Service, a volume, a toleration and a service account; undo, redo, reload', async ({
  page,
}) => {
  // A long journey on a slow shared machine: more than the default minute.
  test.setTimeout(180_000);
  const app = new Designer(page);
  const wl = new WorkloadInspector(app);
  await app.open();
  await app.select(app.workload('web'));
  await expect(app.inspector.getByRole('heading', { name: 'web', level: 2 })).toBeVisible();

  // Service: NodePort, port 80 to the app's named port.
  await wl.open('Service');
  await app.field('Service type').selectOption('NodePort');
  await expect(app.field('Target port of Service port 1')).toHaveValue('http');
  await app.field('Port of Service port 1').fill('80');
  await expect(app.inspector.getByRole('button', { name: 'Use the generated ports' })).toBeVisible();
  await expect(app.field('Node port of Service port 1')).toBeVisible();

  // A scratch volume.
  await wl.open('Volumes');
  await app.inspector.getByRole('button', { name: 'Add volume', exact: true }).click();
  await expect(app.field('Volume 1 Name')).toHaveValue('data');
  await expect(app.field('Volume 1 Kind')).toHaveValue('emptyDir');
  await app.field('Volume 1 Medium').selectOption('Memory');

  // Pod: a toleration (YAML, applied on leaving the field) and a service account.
  await wl.open('Pod');
  await wl.applyYaml('Tolerations', 'key: [');
  await expect(app.inspector.getByText(/not valid YAML/)).toBeVisible();
  await expect(app.field('Tolerations')).toHaveAttribute('aria-invalid', 'true');
  await wl.applyYaml('Tolerations', TOLERATION);
  await expect(app.field('Tolerations')).not.toHaveAttribute('aria-invalid', 'true');
  await app.field('Service account').fill('web-reader');
  await app.screenshot('real-workload-pod');
  await app.inspector.screenshot({ path: `${SCREENS}/real-workload-pod-inspector.png` });

  // The manifests say it all.
  await app.preview.getByRole('tab', { name: 'manifests/deployment-web.yaml' }).click();
  await app.expectPreview(/serviceAccountName: web-reader/);
  await app.expectPreview(/- name: data\s+emptyDir:\s+medium: Memory/);
  await app.expectPreview(/tolerations:\s+- key: dedicated\s+operator: Equal\s+value: cache\s+effect: NoSchedule/);
  await app.preview.getByRole('tab', { name: 'manifests/service-web.yaml' }).click();
  await app.expectPreview(/type: NodePort[\s\S]*- name: http\s+port: 80\s+targetPort: http/);

  // Undo takes back the service account (one step for the typing), redo brings it again.
  await app.preview.getByRole('tab', { name: 'manifests/deployment-web.yaml' }).click();
  await app.button('Undo').click();
  await expect(app.field('Service account')).toHaveValue('');
  await expect(app.preview).not.toContainText('serviceAccountName');
  await expect(app.field('Tolerations')).toHaveValue(TOLERATION);
  await app.button('Redo').click();
  await expect(app.field('Service account')).toHaveValue('web-reader');
  await app.expectPreview(/serviceAccountName: web-reader/);

  // Accessibility of the inspector with every section open.
  await wl.open('Init containers');
  await app.inspector.getByRole('button', { name: 'Add init container', exact: true }).click();
  await expect(app.field('Init container 1 Image')).toHaveValue('busybox:1.36');
  await app.field('Volume 1 Name').scrollIntoViewIfNeeded();
  await app.inspector.screenshot({ path: `${SCREENS}/real-workload-volumes.png` });
  await app.field('Init container 1 Image').scrollIntoViewIfNeeded();
  await app.inspector.screenshot({ path: `${SCREENS}/real-workload-init.png` });
  await wl.open('Other fields');
  await app.field('Other pod fields').scrollIntoViewIfNeeded();
  await app.inspector.screenshot({ path: `${SCREENS}/real-workload-other.png` });
  const results = await new AxeBuilder({ page }).include('.inspector').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await app.screenshot('real-workload-sections');

  // Autosave: reload and find it all.
  await page.waitForFunction(() => localStorage.getItem('podsmith.design')?.includes('web-reader') ?? false);
  await page.waitForFunction(() => localStorage.getItem('podsmith.design')?.includes('busybox:1.36') ?? false);
  await page.reload();
  await app.select(app.workload('web'));
  await wl.open('Service');
  await wl.open('Volumes');
  await wl.open('Pod');
  await expect(app.field('Service type')).toHaveValue('NodePort');
  await expect(app.field('Port of Service port 1')).toHaveValue('80');
  await expect(app.field('Volume 1 Medium')).toHaveValue('Memory');
  await expect(app.field('Tolerations')).toHaveValue(TOLERATION);
  await expect(app.field('Service account')).toHaveValue('web-reader');
  await app.preview.getByRole('tab', { name: 'manifests/deployment-web.yaml' }).click();
  await app.expectPreview(/initContainers:\s+- name: init\s+image: busybox:1.36/);
  await app.screenshot('real-workload-reload');
});
