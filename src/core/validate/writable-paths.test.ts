import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../edit/sketch';
import type { Container, Design, JsonMap, Workload } from '../model/design';
import type { ContainerFields } from '../model/kube';
import { validate } from './index';

/** One pod with a container of `template`, its Kubernetes fields and the workload's volumes as given. */
function pod(template: string, params: Record<string, unknown>, kube?: ContainerFields, volumes?: JsonMap[]): Design {
  const design = sketchDesign({
    name: 'shop',
    workloads: [{ name: 'web', containers: [{ template, name: 'subject', params: params as never }] }],
  });
  const workload = design.workloads[0] as Workload;
  const container = workload.containers[0] as Container;
  return {
    ...design,
    workloads: [
      {
        ...workload,
        ...(volumes ? { volumes } : {}),
        containers: [{ ...container, ...(kube ? { kube } : {}) }],
      },
    ],
  };
}

const ps157 = (design: Design) => validate(design).filter((d) => d.rule === 'PS157');

describe('[PS157] a read-only root filesystem has a writable volume where the program writes', () => {
  it('passes the templates’ own proposals: nginx on 8080 gets an emptyDir at /tmp', () => {
    expect(ps157(pod('request-splitter', { listenPort: 8080 }))).toEqual([]);
    expect(ps157(pod('app-mysql', {}))).toEqual([]);
    expect(ps157(pod('varnish', {}))).toEqual([]);
  });

  it('reports each path a read-only root leaves unwritable, with the fix', () => {
    // The storm preset proposes a writable root; the user's own security context makes it read-only.
    const found = ps157(pod('app-storm', {}, { securityContext: { readOnlyRootFilesystem: true } }));
    expect(found.map((d) => d.message)).toEqual([
      'subject runs with a read-only root filesystem, but its program writes to /conf and no writable volume is mounted there: it cannot start.',
      'subject runs with a read-only root filesystem, but its program writes to /logs and no writable volume is mounted there: it cannot start.',
      'subject runs with a read-only root filesystem, but its program writes to /data and no writable volume is mounted there: it cannot start.',
    ]);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.fix).toBe(
      'Mount a writable volume at /conf: add a volume such as {name: subject-scratch, emptyDir: {}} to the workload and a volumeMount of it at /conf to subject; or set readOnlyRootFilesystem to false.',
    );
  });

  it('counts the user’s own writable mounts, at the path or above it', () => {
    const volumes = [{ name: 'state', emptyDir: {} }];
    const mounts: JsonMap[] = [
      { name: 'state', mountPath: '/conf' },
      { name: 'state', mountPath: '/logs' },
      { name: 'state', mountPath: '/', subPath: 'x' },
    ];
    const kube = { securityContext: { readOnlyRootFilesystem: true }, volumeMounts: mounts };
    expect(ps157(pod('app-storm', {}, kube, volumes))).toEqual([]);
    const partial = { ...kube, volumeMounts: mounts.slice(0, 2) };
    expect(ps157(pod('app-storm', {}, partial, volumes)).map((d) => d.message)).toEqual([
      expect.stringContaining('writes to /data'),
    ]);
  });

  it('does not count a read-only mount, nor a volume Kubernetes mounts read-only', () => {
    // The user's mount at /tmp replaces the template's emptyDir there.
    const readOnly = { volumeMounts: [{ name: 'scratch', mountPath: '/tmp', readOnly: true }] };
    const emptyDir = [{ name: 'scratch', emptyDir: {} }];
    expect(ps157(pod('request-splitter', { listenPort: 8080 }, readOnly, emptyDir))).toHaveLength(1);
    const fromConfigMap = { volumeMounts: [{ name: 'scratch', mountPath: '/tmp' }] };
    const configMap = [{ name: 'scratch', configMap: { name: 'tmp-files' } }];
    expect(ps157(pod('request-splitter', { listenPort: 8080 }, fromConfigMap, configMap))).toHaveLength(1);
    expect(ps157(pod('request-splitter', { listenPort: 8080 }, fromConfigMap, emptyDir))).toEqual([]);
  });

  it('reads the effective security context: the user’s replaces the template’s, and null removes it', () => {
    const ownTmp = { volumeMounts: [{ name: 'scratch', mountPath: '/tmp', readOnly: true }] };
    const volumes = [{ name: 'scratch', emptyDir: {} }];
    expect(ps157(pod('tee', { listenPort: 8080 }, { ...ownTmp, securityContext: null }, volumes))).toEqual([]);
    const writableRoot = { ...ownTmp, securityContext: { readOnlyRootFilesystem: false } };
    expect(ps157(pod('tee', { listenPort: 8080 }, writableRoot, volumes))).toEqual([]);
  });
});
