/** Large designs for benchmarks: the examples' workloads repeated with unique names until N containers. */
import { type Design, EXAMPLES, getExample, SCHEMA_VERSION, type Workload } from '../src/core';

export function designOfSize(containers: number): Design {
  const sources = EXAMPLES.flatMap((e) => e.design.workloads);
  const workloads: Workload[] = [];
  let count = 0;
  for (let i = 0; count < containers; i++) {
    const src = sources[i % sources.length] as Workload;
    const take = src.containers.slice(0, containers - count);
    const n = workloads.length + 1;
    workloads.push({
      ...src,
      id: `w${n}`,
      name: `${src.name}-${n}`,
      containers: take.map((c, j) => ({ ...c, id: `w${n}c${j + 1}` })),
      layout: { ...src.layout, x: (n % 20) * 320, y: Math.floor(n / 20) * 400 },
    });
    count += take.length;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    name: `bench-${containers}`,
    namespace: 'default',
    workloads,
    externals: [],
    links: [],
    extras: [],
    templates: [],
  };
}

/** Median of the time of `fn` over `runs` runs after `warmup` runs, in milliseconds. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * The design as a real pod team would write it: every container with a readiness and a liveness
 * probe, the restricted security context, an env var from a Secret and a config file of its own;
 * every workload with a pod security context, a service account, a toleration and an emptyDir.
 */
export function withRealPods(design: Design): Design {
  return {
    ...design,
    workloads: design.workloads.map((w) => ({
      ...w,
      pod: {
        serviceAccountName: `${w.name}-sa`,
        securityContext: { runAsNonRoot: true, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } },
        tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'cache', effect: 'NoSchedule' }],
      },
      volumes: [{ name: 'scratch', emptyDir: { sizeLimit: '64Mi' } }],
      containers: w.containers.map((c) => ({
        ...c,
        kube: {
          // exec probes: each container's ports differ, and a probe on a port nobody listens on is a warning.
          readinessProbe: {
            exec: { command: ['sh', '-c', 'test -e /tmp/ready'] },
            periodSeconds: 5,
            timeoutSeconds: 2,
          },
          livenessProbe: { exec: { command: ['sh', '-c', 'test -f /tmp/alive'] }, initialDelaySeconds: 10 },
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
          },
          env: [{ name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'api', key: 'token' } } }],
          volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }],
        },
        files: [
          {
            name: `${c.name}-extra.yaml`,
            mountPath: `/etc/extra/${c.name}.yaml`,
            content: `# settings of ${c.name}\nlevel: info\nlisteners:\n  - port: 9999\n    protocol: tcp\n`,
          },
        ],
      })),
    })),
  };
}

/** A design of `n` copies of the sharded-Redis workload (app + twemproxy each). */
export function shardedRedisCopies(n: number): Design {
  const example = getExample('sharded-redis')?.design;
  const src = example?.workloads[0];
  if (!example || !src) throw new Error('no sharded-redis example');
  const workloads: Workload[] = [];
  for (let i = 1; i <= n; i++)
    workloads.push({
      ...src,
      id: `w${i}`,
      name: `${src.name}-${i}`,
      containers: src.containers.map((c, j) => ({ ...c, id: `w${i}c${j + 1}` })),
      layout: { ...src.layout, x: ((i - 1) % 20) * 320, y: Math.floor((i - 1) / 20) * 300 },
    });
  return { ...example, name: `redis-x${n}`, workloads, externals: [], links: [] };
}
