/**
 * Import of manifests Podsmith did not write: the book's own (with its errata) and manifests in the
 * style of common charts. Each case states the templates it recognises and every notice, exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateBundle, importYaml, validate } from '../../src/core';

const read = (file: string) => readFileSync(join(__dirname, file), 'utf8');

type Case = readonly [
  file: string,
  workloads: readonly [name: string, kind: string, containers: readonly string[]][],
  notices: readonly [severity: string, path: string, message: string][],
];

const CASES: readonly Case[] = [
  [
    'book/adapters.yaml',
    [
      ['adapter-example', 'Pod', ['redis:app-redis', 'adapter:redis-exporter']],
      ['my-redis', 'Pod', ['redis:app-redis', 'logging:fluentd-redis-slowlog']],
      ['adapter-example-health', 'Pod', ['mysql:app-mysql', 'adapter:mysql-health']],
    ],
    [
      [
        'info',
        'Pod/my-redis spec.containers[1]',
        "Pod/my-redis, container logging: recognised as the fluentd-redis-slowlog adapter by its image name; its config is inside brendanburns/fluentd-redis-slowlog, so the template's defaults are assumed and Podsmith mounts its own fluent.conf.",
      ],
      [
        'info',
        'Pod/adapter-example-health spec.containers[1]',
        "Pod/adapter-example-health, container adapter: recognised as the MySQL health adapter by its image name; Podsmith's adapter reads its settings from HEALTH_* and MYSQL_* variables, so check that brendanburns/mysql-adapter does, or build images/mysql-health.",
      ],
      [
        'info',
        'Service/adapter-example',
        'Service/adapter-example is added: Podsmith publishes the ports of adapter-example (redis 6379, metrics 9121) through a Service named after it.',
      ],
      [
        'info',
        'Service/my-redis',
        'Service/my-redis is added: Podsmith publishes the ports of my-redis (redis 6379) through a Service named after it.',
      ],
      [
        'info',
        'Service/adapter-example-health',
        'Service/adapter-example-health is added: Podsmith publishes the ports of adapter-example-health (mysql 3306) through a Service named after it.',
      ],
    ],
  ],
  [
    'book/request-splitting.yaml',
    [['experiment-example', 'Pod', ['nginx:request-splitter']]],
    [
      [
        'info',
        'Pod/experiment-example spec.containers[0].volumeMounts',
        'Pod/experiment-example, container nginx: volume config-volume was mounted at /etc/nginx; the template mounts what it needs where it expects it.',
      ],
      [
        'warning',
        'Pod/experiment-example',
        'Pod/experiment-example, container nginx: /etc/nginx/nginx.conf is written from the design; 7 settings of the original are not in it: worker_processes 5; error_log error.log; pid nginx.pid; worker_rlimit_nofile 8192; http > upstream backend > server web weight=9; http > upstream backend > server experiment; http > server > listen localhost:80.',
      ],
    ],
  ],
  [
    'book/sharded-redis.yaml',
    [
      ['sharded-redis', 'StatefulSet', ['redis:app-redis']],
      ['ambassador-example', 'Pod', ['twemproxy:twemproxy']],
    ],
    [
      [
        'info',
        'StatefulSet/sharded-redis apiVersion',
        'StatefulSet/sharded-redis: apiVersion apps/v1beta1 becomes apps/v1, with spec.selector equal to the pod labels (apps/v1 requires one).',
      ],
      [
        'warning',
        'Pod/ambassador-example spec.containers[0]',
        'Pod/ambassador-example, container twemproxy: the command line "nutcracker -c /etc/config/nutcracker.yaml -v 7 -s 6222" becomes "nutcracker -c /etc/nutcracker/nutcracker.yaml -v 7 -a 127.0.0.1 -s 6222" (7 written as text, as Kubernetes requires).',
      ],
      [
        'info',
        'Pod/ambassador-example spec.containers[0].volumeMounts',
        'Pod/ambassador-example, container twemproxy: volume config-volume was mounted at /etc/config; the template mounts what it needs where it expects it.',
      ],
      [
        'info',
        'Pod/ambassador-example',
        'Pod/ambassador-example, container twemproxy: /etc/config/nutcracker.yaml is written from the design, with the same settings.',
      ],
    ],
  ],
  [
    'book/storm.yaml',
    [['storm', 'Pod', ['storm:app-storm', 'fluentd:fluentd-storm']]],
    [
      [
        'info',
        'Pod/storm spec.containers[1].volumeMounts',
        'Pod/storm, container fluentd: volume config was mounted at /fluentd/etc; the template mounts what it needs where it expects it.',
      ],
      [
        'info',
        'Pod/storm',
        'Pod/storm, container fluentd: /fluentd/etc/fluent.conf is written from the design, with the same settings.',
      ],
      [
        'info',
        'Service/storm',
        'Service/storm is added: Podsmith publishes the ports of storm (ui 8080) through a Service named after it.',
      ],
    ],
  ],
  [
    'charts/docs-site.yaml',
    [
      ['docs', 'Deployment', ['web:app-generic', 'git-sync:git-sync', 'topz:topz']],
      ['admin', 'Pod', ['admin:app-generic', 'tls:https-terminator']],
    ],
    [
      [
        'info',
        'Deployment/docs spec.template.spec.containers[0].ports',
        'Deployment/docs, container web: port 8080 has no name; it is named http-alt (Services refer to ports by name).',
      ],
      [
        'info',
        'Deployment/docs spec.template.spec.containers[1]',
        "Deployment/docs, container topz: runs as a native sidecar now (an init container with restartPolicy: Always), as the workload's other sidecars did.",
      ],
      [
        'info',
        'Deployment/docs spec.template.spec.containers[1]',
        'Deployment/docs, container topz: the command line is kept, split into command and args as the template writes it.',
      ],
      [
        'info',
        'Pod/admin spec.containers[1].volumeMounts',
        'Pod/admin, container tls: volume certs was mounted at /etc/nginx/ssl; the template mounts what it needs where it expects it.',
      ],
      [
        'warning',
        'Pod/admin',
        'Pod/admin, container tls: /etc/nginx/nginx.conf is written from the design; 2 settings of the original are not in it: http > server > ssl_certificate /etc/nginx/ssl/tls.crt; http > server > ssl_certificate_key /etc/nginx/ssl/tls.key.',
      ],
      [
        'info',
        'Service/docs',
        'Service/docs is added: Podsmith publishes the ports of docs (http-alt 8080) through a Service named after it.',
      ],
      [
        'info',
        'ConfigMap/docs-nginx',
        'ConfigMap/docs-nginx: kept as it was and written back on export (no template writes this ConfigMap).',
      ],
    ],
  ],
  [
    'charts/redis-metrics.yaml',
    [['cache-redis', 'StatefulSet', ['redis:app-redis', 'metrics:redis-exporter']]],
    [
      [
        'info',
        'Secret/cache-redis',
        'Secret/cache-redis: a design refers to Secrets by name and does not hold them; create it separately (keys: redis-password).',
      ],
      [
        'info',
        'Service/cache-redis-metrics',
        'Service/cache-redis-metrics: kept as it was and written back on export (no template writes this Service).',
      ],
    ],
  ],
  [
    'charts/webapp.yaml',
    [['shop-webapp', 'Deployment', ['webapp:app-generic', 'log-shipper:app-generic']]],
    [
      [
        'info',
        'ServiceAccount/shop-webapp',
        'ServiceAccount/shop-webapp: kept as it was and written back on export (Podsmith designs no ServiceAccount itself).',
      ],
      [
        'info',
        'ConfigMap/shop-webapp-config',
        'ConfigMap/shop-webapp-config: kept as it was and written back on export (no template writes this ConfigMap).',
      ],
      [
        'info',
        'Ingress/shop-webapp',
        'Ingress/shop-webapp: kept as it was and written back on export (Podsmith designs no Ingress itself).',
      ],
    ],
  ],
  [
    'charts/kubectl-get.yaml',
    [['cache', 'Deployment', ['redis:app-redis']]],
    [
      [
        'info',
        'Deployment/cache metadata',
        'Deployment/cache: uid, resourceVersion, generation, creationTimestamp, the annotation deployment.kubernetes.io/revision, the annotation kubectl.kubernetes.io/last-applied-configuration are written by a cluster or kubectl, not part of a design; left out.',
      ],
      [
        'info',
        'Deployment/cache status',
        'Deployment/cache: status is written by a cluster, not part of a design; left out.',
      ],
      [
        'info',
        'Service/cache metadata',
        'Service/cache: uid, resourceVersion, creationTimestamp are written by a cluster or kubectl, not part of a design; left out.',
      ],
      [
        'info',
        'Service/cache status',
        'Service/cache: status is written by a cluster, not part of a design; left out.',
      ],
    ],
  ],
];

describe.each(CASES)('importing %s', (file, workloads, notices) => {
  const result = importYaml(read(file));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const { design } = result;

  it('recognises the patterns', () => {
    expect(design.workloads.map((w) => [w.name, w.kind, w.containers.map((c) => `${c.name}:${c.template}`)])).toEqual(
      workloads,
    );
  });

  it('says what it changed and what it did not keep', () => {
    expect(result.notices.map((n) => [n.severity, n.path, n.message])).toEqual(notices);
  });

  it('keeps, in the notice, the text of everything it did not keep', () => {
    for (const n of result.notices.filter((x) => / is not kept|are not in it|is not part of/.test(x.message)))
      expect(n.verbatim, n.message).toBeTruthy();
  });

  it('gives a design without errors, whose export imports back to itself without a notice but the kept objects', () => {
    expect(validate(design).filter((d) => d.severity === 'error')).toEqual([]);
    const again = importYaml(generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '');
    expect(again.ok && again.notices).toEqual(result.notices.filter((n) => n.message.includes(': kept as it was')));
    expect(again.ok && again.design).toEqual(design);
  });
});

describe('notices keep what they report', () => {
  it('the Ingress, as it was, in the design for export', () => {
    const r = importYaml(read('charts/webapp.yaml'));
    const ingress = r.ok ? r.design.extras.find((k) => k.object.kind === 'Ingress') : undefined;
    const yaml = r.ok
      ? generateBundle(r.design).files.find((f) => f.path === 'manifests/ingress-shop-webapp.yaml')
      : undefined;
    expect(ingress?.object.spec).toMatchObject({ ingressClassName: 'nginx', rules: [{ host: 'shop.example.com' }] });
    expect(yaml?.content).toContain('ingressClassName: nginx\n');
    expect(yaml?.content).toContain('host: shop.example.com\n');
  });

  it("the book's nginx.conf, whole", () => {
    const r = importYaml(read('book/request-splitting.yaml'));
    const conf = r.ok ? r.notices.find((n) => n.message.includes('nginx.conf is written from the design')) : undefined;
    expect(conf?.verbatim).toMatch(/^worker_processes {2}5;\n[\s\S]*server experiment;\n/);
  });

  it("a Secret's keys, never its values", () => {
    const r = importYaml(read('charts/redis-metrics.yaml'));
    const text = JSON.stringify(r.ok ? r.notices : []);
    expect(text).toContain('redis-password');
    expect(text).not.toContain('c2VjcmV0');
  });
});
