/**
 * Journeys through the container inspector's Kubernetes sections: a probe, the restricted security
 * profile, and a config file of the user's own, seen in the preview and the exported ZIP.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ContainerKube } from './pages/container-kube';
import { Designer } from './pages/designer';
import { RoundTrip, readZip, workDir } from './roundtrip/pages/roundtrip';

const MANIFEST = 'manifests/deployment-web.yaml';

test('add a readiness probe to the app and see it in its manifest', async ({ page }) => {
  const app = new Designer(page);
  const kube = new ContainerKube(app);
  await app.open();
  await app.select(app.container('web', 'app'));
  await app.preview.getByRole('tab', { name: MANIFEST }).click();

  await kube.open('Probes');
  const readiness = kube.group('Readiness probe');
  await readiness.getByRole('button', { name: 'Add readiness probe' }).click();
  // A new probe checks HTTP GET on the container's own port.
  await expect(readiness.getByLabel('Check', { exact: true })).toHaveValue('httpGet');
  const port = readiness.getByLabel('Port', { exact: true });
  await expect(port).toHaveValue('3000');
  // The keystrokes of the path are one undo step: undo takes the whole path back, redo brings it.
  const path = readiness.getByLabel('Path', { exact: true });
  await path.selectText();
  await path.pressSequentially('/healthz');
  await app.expectPreview(/readinessProbe:\s*httpGet:\s*path: \/healthz\s*port: 3000\s*periodSeconds: 10/);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(path).toHaveValue('/');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(path).toHaveValue('/healthz');

  // A named port is kept as a name; a port of 0 is marked at the field, from the core's diagnostics.
  await port.fill('http');
  await app.expectPreview(/path: \/healthz\s*port: http/);
  await port.fill('0');
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(readiness).toContainText('not a port number from 1 to 65535');
  await expect(app.problems.getByRole('button', { name: /PS231/ })).toBeVisible();
  await app.screenshot('real-pod-probe-error');
  await port.fill('http');
  await expect(port).not.toHaveAttribute('aria-invalid', 'true');
  await expect(app.problems.getByRole('button', { name: /PS231/ })).toHaveCount(0);
  await app.screenshot('real-pod-probe');

  // A gRPC check takes a port number and, optionally, the service the health request names.
  await readiness.getByLabel('Check', { exact: true }).selectOption('grpc');
  await port.fill('9090');
  const service = readiness.getByLabel('Service', { exact: true });
  await service.fill('grpc.health.v1.Health');
  await app.expectPreview(/readinessProbe:\s*grpc:\s*port: 9090\s*service: grpc\.health\.v1\.Health/);
  await service.fill('');
  await app.expectPreview(/readinessProbe:\s*grpc:\s*port: 9090\s*periodSeconds/);

  // The next container selected shows the same sections open.
  await app.select(app.container('twemproxy', 'ambassador'));
  await expect(app.inspector.getByRole('heading', { name: 'twemproxy', exact: true })).toBeVisible();
  await expect(kube.toggle('Probes')).toHaveAttribute('aria-expanded', 'true');
  await expect(kube.toggle('Security')).toHaveAttribute('aria-expanded', 'false');
});

test('a probe the template proposes shows as proposed, and can be removed and restored', async ({ page }) => {
  const app = new Designer(page);
  const kube = new ContainerKube(app);
  await app.open();
  await app.newDesign();
  await app.paletteItem('sidecar', 'HTTPS terminator').click();
  await kube.open('Probes');
  const readiness = kube.group('Readiness probe');
  await expect(readiness).toContainText('proposed by the template');
  await expect(readiness).toContainText(/TCP connect to port \d+/);
  await readiness.getByRole('button', { name: 'Remove readiness probe' }).click();
  await expect(readiness).toContainText('None: the template’s probe is removed.');
  await readiness.getByRole('button', { name: "Use the template's readiness probe" }).click();
  await expect(readiness).toContainText('proposed by the template');
  await readiness.getByRole('button', { name: 'Change readiness probe' }).click();
  await expect(readiness.getByLabel('Check', { exact: true })).toHaveValue('tcpSocket');
  await expect(readiness.getByLabel('Period', { exact: true })).toHaveValue('10');
});

test('apply the restricted profile to a container whose template proposes none, see a gap warned, and fix it', async ({
  page,
}) => {
  const app = new Designer(page);
  const kube = new ContainerKube(app);
  await app.open();
  await app.newDesign();
  await app.paletteItem('app', 'Legacy web app').click();
  await app.preview.getByRole('tab', { name: 'manifests/pod-pod.yaml' }).click();
  await kube.open('Security');
  // The template says why it proposes no context.
  await expect(app.inspector.getByRole('note')).toContainText('Why the template proposes none');
  await expect(app.button('Set security context')).toBeVisible();
  await app.button('Apply restricted profile').click();
  await app.expectPreview(
    /securityContext:\s*allowPrivilegeEscalation: false\s*capabilities:\s*drop:\s*- ALL\s*readOnlyRootFilesystem: true\s*runAsNonRoot: true/,
  );
  await expect(app.field('Run as non-root')).toHaveValue('true');
  await expect(app.field('Capabilities to drop')).toHaveValue('ALL');

  const warning = app.problems.getByRole('button', { name: /PS240/ });
  await expect(warning).toHaveCount(0);

  // Text that is not a whole number stays in the field, marked, and changes nothing.
  const userField = app.field('Run as user');
  await userField.fill('root');
  await expect(userField).toHaveAttribute('aria-invalid', 'true');
  await expect(app.inspector).toContainText('Enter a whole number, or leave it empty.');

  // The image runs as root unless told otherwise: user 0 is a gap in the restricted profile, which
  // the rule names in Problems and at the field.
  await userField.fill('0');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('runs as user 0 (root)');
  await expect(userField).toHaveAttribute('aria-describedby', /-error/);
  await app.screenshot('real-pod-security-warning');

  // A click on the warning lands on the field it names, even with its section closed.
  await kube.toggle('Security').click();
  await expect(kube.toggle('Security')).toHaveAttribute('aria-expanded', 'false');
  await warning.click();
  await expect(userField).toBeFocused();
  await userField.fill('65532');
  await expect(userField).not.toHaveAttribute('aria-invalid', 'true');
  await expect(warning).toHaveCount(0);
  await app.expectPreview(/runAsUser: 65532/);
  await app.screenshot('real-pod-security');

  // Removing the context leaves none, as the template proposes.
  await app.button('Remove security context').click();
  await expect(app.button('Set security context')).toBeVisible();
  await expect(app.preview).not.toContainText('runAsUser');
});

test('write an envoy config file for a custom sidecar and find it in the ZIP', async ({ page }) => {
  const app = new Designer(page);
  const kube = new ContainerKube(app);
  await app.open();
  await app.newDesign();
  await app.paletteItem('app', 'Generic app').click();
  // The sidecar the catalog does not know: any image, in the sidecar's role, beside the app.
  await app.paletteItem('sidecar', 'Custom sidecar').click();
  await expect(app.container('sidecar', 'sidecar')).toBeVisible();
  await app.field('Name').fill('envoy');
  await app.field('Image').fill('envoyproxy/envoy:v1.31.2');
  await expect(app.container('envoy', 'sidecar')).toBeVisible();

  await kube.open('Config files');
  await app.button('Add config file').click();
  await app.field('File name').fill('envoy.yaml');
  // The mount path followed the name; set it where envoy reads its config.
  const mountPath = app.field('Mount path');
  await expect(mountPath).toHaveValue('/etc/envoy/envoy.yaml');
  await mountPath.fill('/etc/envoy/envoy.yaml');

  const config = [
    'static_resources:',
    '  listeners:',
    '  - name: ingress',
    '    address:',
    '      socket_address:',
    '        address: 0.0.0.0',
    '        port_value: 10000',
    '',
  ].join('\n');
  const editor = await kube.codeEditor('envoy.yaml');
  await expect(editor.getByRole('textbox', { name: 'Text of envoy.yaml' })).toBeAttached();
  await kube.paste(editor, config);
  await app.preview.getByRole('tab', { name: 'configs/envoy.yaml' }).click();
  await app.expectPreview(/port_value: 10000/);
  // Undo in the editor takes back the paste as one step of the design's history, and redo brings it back.
  await page.keyboard.press('Control+Z');
  await expect(app.preview).not.toContainText('port_value');
  await page.keyboard.press('Control+Shift+Z');
  await app.expectPreview(/port_value: 10000/);
  await app.screenshot('real-pod-config-file');

  const rt = new RoundTrip(page);
  const dialog = await rt.openExport();
  const zip = readZip(await rt.download(dialog, 'Download ZIP', workDir('real-pod-')));
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(zip['configs/envoy.yaml']).toBe(config);
  const manifests = Object.entries(zip).filter(([path]) => path.startsWith('manifests/'));
  const configMap = manifests.find(([, text]) => /kind: ConfigMap/.test(text) && text.includes('envoy.yaml: |'));
  expect(configMap?.[1]).toContain('port_value: 10000');
  const pod = manifests.find(([, text]) => /kind: Pod\n/.test(text))?.[1] ?? '';
  expect(pod).toMatch(/image: envoyproxy\/envoy:v1\.31\.2/);
  expect(pod).toMatch(/mountPath: \/etc\/envoy\/envoy\.yaml\n\s+subPath: envoy\.yaml\n\s+readOnly: true/);
});

test('the Kubernetes sections are accessible when open', async ({ page }) => {
  test.setTimeout(180_000); // six sections, Monaco and axe on two shared cores
  const app = new Designer(page);
  const kube = new ContainerKube(app);
  await app.open();
  await app.select(app.container('twemproxy', 'ambassador'));
  await kube.openAll();
  // twemproxy's template proposes a readiness probe: change it to edit it.
  await kube.group('Readiness probe').getByRole('button', { name: 'Change readiness probe' }).click();
  await kube.group('Liveness probe').getByRole('button', { name: 'Add liveness probe' }).click();
  await app.button('Apply restricted profile').click();
  await app.button('Add variable').click();
  await app.button('Add envFrom source').click();
  await app.button('Add config file').click();
  await kube.codeEditor('config.yaml');
  await app.button('Add mount').click();
  await app.field('Hook').first().selectOption('exec');

  // Every section heading is reachable by keyboard: Tab lands on its button.
  await kube.toggle('Probes').focus();
  await expect(kube.toggle('Probes')).toBeFocused();

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include('.inspector').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await app.screenshot('real-pod-sections');
  // A tall window shows every open section at once, to look at the whole form.
  await page.setViewportSize({ width: 1440, height: 4000 });
  await app.inspector.screenshot({ path: 'test-results/screens/real-pod-sections-all.png' });
  for (const name of ['Config files', 'Mounts', 'More'] as const)
    await app.inspector
      .locator('section', { has: page.getByRole('heading', { name: new RegExp(`^${name}\\b`) }) })
      .screenshot({ path: `test-results/screens/real-pod-section-${name.replace(' ', '-').toLowerCase()}.png` });
});

test('other fields are read as YAML when the field is left; text that does not read changes nothing', async ({
  page,
}) => {
  const app = new Designer(page);
  const kube = new ContainerKube(app);
  await app.open();
  await app.select(app.container('web', 'app'));
  await app.preview.getByRole('tab', { name: MANIFEST }).click();
  await kube.open('More');
  const other = app.field('Other fields');
  await other.fill('tty: [true\n');
  await other.blur();
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(app.inspector).toContainText('Not applied: not valid YAML');
  await other.fill('terminationMessagePolicy: FallbackToLogsOnError\n');
  await other.blur();
  await expect(other).not.toHaveAttribute('aria-invalid', 'true');
  await app.expectPreview(/terminationMessagePolicy: FallbackToLogsOnError/);
  await app.field('Image pull policy').selectOption('Always');
  await app.expectPreview(/imagePullPolicy: Always/);
});
