import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { sketchDesign } from '../../edit/sketch';
import type { Design } from '../../model/design';
import { probeObject } from './container';
import { workloadObjects } from './workload';

describe('probeObject', () => {
  it('writes the fields in the order of the Kubernetes API, only those set', () => {
    expect(JSON.stringify(probeObject({ kind: 'tcp', port: 443, periodSeconds: 10 }))).toBe(
      '{"tcpSocket":{"port":443},"periodSeconds":10}',
    );
    expect(
      JSON.stringify(
        probeObject({
          kind: 'grpc',
          port: 9090,
          service: 'ready',
          initialDelaySeconds: 5,
          timeoutSeconds: 2,
          periodSeconds: 10,
          successThreshold: 1,
          failureThreshold: 3,
        }),
      ),
    ).toBe(
      '{"grpc":{"port":9090,"service":"ready"},"initialDelaySeconds":5,"timeoutSeconds":2,"periodSeconds":10,"successThreshold":1,"failureThreshold":3}',
    );
    expect(probeObject({ kind: 'grpc', port: 9090 })).toEqual({ grpc: { port: 9090 } });
  });
});

describe("a template's scratch directories", () => {
  const design = (volumeMounts?: { name: string; mountPath: string }[]): Design => {
    const d = sketchDesign({
      name: 'shop',
      workloads: [{ name: 'db', containers: [{ template: 'app-mysql', name: 'mysql' }] }],
    });
    const w = d.workloads[0];
    const c = w?.containers[0];
    if (!w || !c) throw new Error('fixture');
    return volumeMounts ? { ...d, workloads: [{ ...w, containers: [{ ...c, kube: { volumeMounts } }] }] } : d;
  };
  const podOf = (d: Design) => {
    const built = analyze(d).workloads[0];
    if (!built) throw new Error('fixture');
    const workload = workloadObjects(d, built).find((o) => o.object.kind === 'Deployment')?.object;
    if (!workload) throw new Error('no Deployment');
    return (workload.spec as { template: { spec: Record<string, unknown> } }).template.spec as {
      containers: { volumeMounts: { name: string; mountPath: string }[] }[];
      volumes: { name: string }[];
    };
  };

  it('are emptyDirs the container mounts where its program writes', () => {
    const pod = podOf(design());
    expect(pod.volumes).toEqual([
      { name: 'mysql-var-lib-mysql', emptyDir: {} },
      { name: 'mysql-var-run-mysqld', emptyDir: {} },
      { name: 'mysql-tmp', emptyDir: {} },
    ]);
    expect(pod.containers[0]?.volumeMounts.map((m) => m.mountPath)).toEqual([
      '/var/lib/mysql',
      '/var/run/mysqld',
      '/tmp',
    ]);
  });

  it('give way to a volume the user mounts at the same path (a claim for the data)', () => {
    const pod = podOf(design([{ name: 'data', mountPath: '/var/lib/mysql' }]));
    expect(pod.volumes.map((v) => v.name)).toEqual(['mysql-var-run-mysqld', 'mysql-tmp']);
    expect(pod.containers[0]?.volumeMounts).toEqual([
      { name: 'mysql-var-run-mysqld', mountPath: '/var/run/mysqld' },
      { name: 'mysql-tmp', mountPath: '/tmp' },
      { name: 'data', mountPath: '/var/lib/mysql' },
    ]);
  });
});
