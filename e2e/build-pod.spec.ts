import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test('build a pod from an empty design by dragging an app and a sidecar from the palette', async ({ page }) => {
  const app = new Designer(page);
  await app.open();
  await app.newDesign();

  // An app dropped on empty canvas starts a new Pod.
  const canvasBox = await app.canvas.boundingBox();
  if (!canvasBox) throw new Error('no canvas');
  await app.dragPaletteItem(app.paletteItem('app', 'Legacy web app'), {
    x: canvasBox.x + canvasBox.width * 0.4,
    y: canvasBox.y + canvasBox.height * 0.35,
  });
  const pod = app.workload('pod');
  await expect(pod).toBeVisible();
  const legacy = app.container('legacy-web', 'app');
  await expect(legacy).toBeVisible();

  // A sidecar dropped onto the workload joins that pod.
  const podBox = await pod.boundingBox();
  if (!podBox) throw new Error('no pod');
  await app.dragPaletteItem(app.paletteItem('sidecar', 'HTTPS terminator'), {
    x: podBox.x + podBox.width / 2,
    y: podBox.y + podBox.height - 10,
  });
  const sidecars = app.canvas.getByRole('group', { name: /\(sidecar\)$/ });
  await expect(sidecars).toHaveCount(1);
  await expect(app.workload('pod')).toHaveCount(1);
  await expect(app.canvas.getByRole('group', { name: /^Workload / })).toHaveCount(1);

  // Both containers sit inside the pod's box, and the pod's manifest names both.
  const grown = await pod.boundingBox();
  for (const c of [legacy, sidecars.first()]) {
    const b = await c.boundingBox();
    expect(b && grown && b.x >= grown.x && b.y >= grown.y && b.x + b.width <= grown.x + grown.width + 1).toBe(true);
  }
  await app.preview.getByRole('tab', { name: 'manifests/pod-pod.yaml' }).click();
  await app.expectPreview(/name:\s+legacy-web/);
  await app.screenshot('build-pod');
});
