import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exampleDef as example } from '../../../test/support/design';
import { generateBundle } from '../generate/bundle';
import { validate } from '../validate';
import type { ExampleDef } from './types';

const gitSyncPaas = example('git-sync-paas');
const logToStdoutExample = example('log-to-stdout');
const mysqlHealthExample = example('mysql-health');
const redisExporterExample = example('redis-exporter');
const topzExample = example('topz');

interface Container {
  name: string;
  args?: unknown[];
  command?: unknown[];
  startupProbe?: unknown;
  livenessProbe?: { httpGet?: { port?: number } };
  restartPolicy?: string;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface PodSpec {
  shareProcessNamespace?: boolean;
  initContainers?: Container[];
  containers: Container[];
}
interface Obj {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    selector?: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string>; annotations?: Record<string, string> }; spec: PodSpec };
    ports?: { name: string; port: number }[];
  };
}

function objects(example: ExampleDef): Obj[] {
  const all = generateBundle(example.design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
  return loadAll(all) as Obj[];
}

function deployment(example: ExampleDef): Obj {
  const d = objects(example).find((o) => o.kind === 'Deployment');
  if (!d) throw new Error(`${example.name} has no Deployment`);
  return d;
}

describe.each([
  [gitSyncPaas, 'Ch. 2, Sidecars', ['app', 'sidecar']],
  [topzExample, 'Ch. 2, Sidecars', ['app', 'sidecar']],
  [redisExporterExample, 'Ch. 4, Adapters', ['app', 'adapter']],
  [logToStdoutExample, 'Ch. 4, Adapters', ['app', 'adapter']],
  [mysqlHealthExample, 'Ch. 4, Adapters', ['app', 'adapter']],
] as const)('$name example', (example, chapter, roles) => {
  it('is named after itself and cites the book', () => {
    expect(example.source.startsWith(chapter)).toBe(true);
    expect(example.design.name).toBe(example.name);
    expect(example.errataFixed.length).toBeGreaterThan(0);
  });

  it('has no diagnostic at all', () => {
    expect(validate(example.design)).toEqual([]);
  });

  it('pairs the app with its helper in one pod', () => {
    expect(example.design.workloads.map((w) => w.containers.map((c) => c.role))).toEqual([roles]);
  });

  it('is an apps/v1 Deployment whose selector matches its pod labels, with string args', () => {
    const d = deployment(example);
    expect(d.apiVersion).toBe('apps/v1');
    expect(d.spec.selector?.matchLabels).toEqual(d.spec.template.metadata.labels);
    const spec = d.spec.template.spec;
    for (const c of [...(spec.initContainers ?? []), ...spec.containers])
      for (const a of [...(c.command ?? []), ...(c.args ?? [])]) expect(typeof a).toBe('string');
  });
});

describe('example wiring', () => {
  it('git-sync-paas: git-sync is a native sidecar that gates the app on its first sync', () => {
    const spec = deployment(gitSyncPaas).spec.template.spec;
    const sync = spec.initContainers?.[0];
    expect(sync?.name).toBe('git-sync');
    expect(sync?.restartPolicy).toBe('Always');
    expect(sync?.startupProbe).toEqual({ httpGet: { path: '/', port: 8081 }, periodSeconds: 2, failureThreshold: 150 });
    expect(spec.containers[0]?.volumeMounts).toEqual([
      { name: 'git-sync-content', mountPath: '/srv/app', readOnly: true },
    ]);
    expect(spec.containers[0]?.command).toContain('/srv/app/current/server.js');
  });

  it('topz: the pod shares its process namespace', () => {
    expect(deployment(topzExample).spec.template.spec.shareProcessNamespace).toBe(true);
  });

  it('redis-exporter: Prometheus is told where to scrape, and the Service publishes it', () => {
    expect(deployment(redisExporterExample).spec.template.metadata.annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9121',
    });
    const service = objects(redisExporterExample).find((o) => o.kind === 'Service');
    expect(service?.spec.ports).toContainEqual(expect.objectContaining({ name: 'metrics', port: 9121 }));
  });

  it('log-to-stdout: nginx and the adapter mount the log directory at the same path', () => {
    const [web, adapter] = deployment(logToStdoutExample).spec.template.spec.containers;
    expect(web?.volumeMounts).toEqual([{ name: 'access-log-logs', mountPath: '/var/log/nginx' }]);
    expect(adapter?.volumeMounts).toEqual([{ name: 'access-log-logs', mountPath: '/var/log/nginx' }]);
    expect(adapter?.args).toEqual(['-n', '0', '-F', '/var/log/nginx/access.log']);
  });

  it("mysql-health: MySQL's livenessProbe asks the adapter, whose image the bundle builds", () => {
    const [mysql] = deployment(mysqlHealthExample).spec.template.spec.containers;
    expect(mysql?.livenessProbe?.httpGet?.port).toBe(8080);
    const paths = generateBundle(mysqlHealthExample.design).files.map((f) => f.path);
    expect(paths).toContain('images/mysql-health/Dockerfile');
  });
});
