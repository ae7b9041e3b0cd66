/** Each recogniser on manifests written the way people write them, not the way Podsmith does. */
import { describe, expect, it } from 'vitest';
import { importYaml } from '.';
import type { Notice } from './types';

/** A Deployment `web` with these containers (YAML list items) and volumes, plus ConfigMaps. */
function manifest(containers: string, volumes = '', configMaps: Record<string, Record<string, string>> = {}): string {
  const cms = Object.entries(configMaps).map(
    ([name, data]) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data)
        .map(([k, v]) => `  ${k}: |\n${v.replace(/^/gm, '    ')}`)
        .join('\n')}\n---\n`,
  );
  const indent = (text: string, n: number) => text.replace(/^(?=.)/gm, ' '.repeat(n));
  return `${cms.join('')}apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n${indent(containers, 8)}${volumes ? `      volumes:\n${indent(volumes, 8)}` : ''}`;
}

function containers(text: string) {
  const r = importYaml(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return {
    list: r.design.workloads.flatMap((w) => w.containers.map((c) => [c.name, c.template, c.params])),
    notices: r.notices,
    design: r.design,
  };
}

const messages = (notices: readonly Notice[]) => notices.map((n) => `${n.severity}: ${n.message}`);

describe('twemproxy', () => {
  const proxy = `- name: proxy\n  image: example/twemproxy:0.4.1\n  args: ["-c", "/conf/n.yml"]\n  volumeMounts: [{name: conf, mountPath: /conf}]\n`;
  const volume = '- name: conf\n  configMap: {name: twem}\n';

  it('reads a pool that leaves settings out with the values nutcracker assumes', () => {
    const { list } = containers(
      manifest(proxy, volume, {
        twem: {
          'n.yml': 'alpha:\n  listen: 127.0.0.1:22121\n  servers:\n    - 10.0.0.1:11211:2 a\n    - 10.0.0.2:11211:1\n',
        },
      }),
    );
    expect(list).toEqual([
      [
        'proxy',
        'twemproxy',
        {
          listenPort: 22121,
          backend: 'memcached',
          mode: 'servers',
          servers: [
            { host: '10.0.0.1', port: 11211, weight: 2, name: 'a' },
            { host: '10.0.0.2', port: 11211, weight: 1, name: '' },
          ],
          hash: 'fnv1a_64',
          autoEjectHosts: false,
          serverRetryTimeout: 30000,
          serverFailureLimit: 2,
          timeout: 0,
        },
      ],
    ]);
  });

  it('reports a second pool, settings it does not write, and a listen address outside the pod', () => {
    const { notices } = containers(
      manifest(proxy, volume, {
        twem: {
          'n.yml':
            'alpha:\n  listen: 0.0.0.0:22121\n  redis: true\n  redis_auth: s3cret\n  hash: sha1\n  servers:\n    - r:6379:1\n    - bad\nbeta:\n  listen: 127.0.0.1:22122\n',
        },
      }),
    );
    expect(messages(notices).slice(0, 6)).toEqual([
      'warning: Deployment/web, container proxy: /conf/n.yml has a second server pool "beta"; Podsmith\'s twemproxy has one pool, so it is not kept.',
      "warning: Deployment/web, container proxy: the setting redis_auth of /conf/n.yml is not one Podsmith's twemproxy writes; it is not kept.",
      "info: Deployment/web, container proxy: twemproxy listened on 0.0.0.0:22121; Podsmith's listens on 127.0.0.1:22121, for the containers of its pod only.",
      'warning: Deployment/web, container proxy: the server "bad" is not written host:port:weight [name]; it is not kept.',
      'warning: Deployment/web, container proxy: hash sha1 is not one nutcracker 0.5 knows; fnv1a_64 is used.',
      'warning: Deployment/web, container proxy: the command line "-c /conf/n.yml" becomes "nutcracker -c /etc/nutcracker/nutcracker.yaml -v 7 -a 127.0.0.1 -s 22222".',
    ]);
    expect(notices[1]?.verbatim).toBe('redis_auth: s3cret\n');
  });

  it('stays a generic app when its config is not in the input', () => {
    const { list, notices } = containers(manifest(proxy, volume));
    expect(list[0]?.[1]).toBe('app-generic');
    expect(messages(notices)[0]).toBe(
      'warning: Deployment/web, container proxy: runs nutcracker, but its config /conf/n.yml is not in a ConfigMap of the input; the container is kept as a generic app.',
    );
  });
});

describe('nginx', () => {
  const nginx = (conf: string, mount = '{name: conf, mountPath: /etc/nginx/nginx.conf, subPath: nginx.conf}') =>
    manifest(
      `- name: app\n  image: node:20.18.1-alpine\n- name: proxy\n  image: nginxinc/nginx-unprivileged:1.27\n  volumeMounts: [${mount}]\n`,
      '- name: conf\n  configMap: {name: proxy}\n',
      { proxy: { 'nginx.conf': conf } },
    );

  it('reads a tee whose mirror goes through upstreams', () => {
    const { list, design } = containers(
      nginx(
        'events {}\nhttp {\n  upstream prod { server prod.shop.svc:8080; }\n  server {\n    listen 8000;\n    location / { mirror /mirror; proxy_pass http://prod; }\n    location /mirror { internal; proxy_pass http://canary:9000$request_uri; }\n  }\n}\n',
      ),
    );
    expect(list[1]).toEqual([
      'proxy',
      'tee',
      {
        listenPort: 8000,
        productionHost: 'prod.shop.svc',
        productionPort: 8080,
        shadowHost: 'canary',
        shadowPort: 9000,
      },
    ]);
    expect(list[0]?.[2]).toMatchObject({ connectsTo: ['localhost:8000'] });
    expect(design.externals.map((e) => [e.name, e.address])).toEqual([
      ['production', 'prod.shop.svc:8080'],
      ['shadow', 'canary:9000'],
    ]);
  });

  it('reads a split on a request header', () => {
    const { list } = containers(
      nginx(
        'events {}\nhttp {\n  upstream b {\n    hash $http_x_tenant consistent;\n    server blue:80 weight=3;\n    server green:80;\n  }\n  server { listen 80; location / { proxy_pass http://b; } }\n}\n',
      ),
    );
    expect(list[1]).toEqual([
      'proxy',
      'request-splitter',
      {
        upstreams: [
          { name: 'blue', host: 'blue', port: 80, weight: 3 },
          { name: 'green', host: 'green', port: 80, weight: 1 },
        ],
        stickiness: 'header',
        stickyHeader: 'x-tenant',
      },
    ]);
  });

  it('reads a TCP broker with the environment its comment names, through a conf.d directory', () => {
    const { list } = containers(
      nginx(
        'events {}\nstream {\n  upstream db { server pg.prod.internal:5432; }\n  server { listen 5432; proxy_pass db; }  # environment prod\n}\n',
        '{name: conf, mountPath: /etc/nginx}',
      ),
    );
    expect(list[1]).toEqual([
      'proxy',
      'service-broker',
      {
        listenPort: 5432,
        environments: [{ name: 'default', host: 'pg.prod.internal', port: 5432 }],
        environment: 'default',
      },
    ]);
  });

  it.each([
    [
      'every environment its comment lines list, in order',
      '# overlays/test: mysql.test:3306\n# overlays/prod: db.example.com:3307\n',
      [
        { name: 'test', host: 'mysql.test', port: 3306 },
        { name: 'prod', host: 'db.example.com', port: 3307 },
      ],
    ],
    [
      'only the chosen environment when the list does not hold it as proxy_pass has it',
      '# overlays/test: mysql.test:3306\n# overlays/prod: db.example.com:3308\n',
      [{ name: 'prod', host: 'db.example.com', port: 3307 }],
    ],
    [
      'only the chosen environment when the list names one twice',
      '# overlays/prod: db.example.com:3307\n# overlays/prod: other:1\n',
      [{ name: 'prod', host: 'db.example.com', port: 3307 }],
    ],
  ])('reads a TCP broker with %s', (_, lines, environments) => {
    const { list } = containers(
      nginx(
        `events {}\nstream {\n  server {\n    listen 3306;\n    proxy_pass db.example.com:3307;  # environment prod\n${lines}  }\n}\n`,
      ),
    );
    expect(list[1]).toEqual(['proxy', 'service-broker', { environments, environment: 'prod' }]);
  });

  it('keeps an nginx that serves files as a generic app with its config, its volume and its mount', () => {
    const { list, notices, design } = containers(nginx('events {}\nhttp { server { listen 80; root /srv; } }\n'));
    expect(list[1]?.[1]).toBe('app-generic');
    expect(messages(notices)).toContain(
      'info: ConfigMap/proxy: kept as it was and written back on export (no template writes this ConfigMap).',
    );
    expect(messages(notices).filter((m) => m.startsWith('warning'))).toEqual([]);
    const [w] = design?.workloads ?? [];
    expect(w?.volumes).toEqual([{ name: 'conf', configMap: { name: 'proxy' } }]);
    expect(w?.containers[1]?.kube?.volumeMounts).toEqual([
      { name: 'conf', mountPath: '/etc/nginx/nginx.conf', subPath: 'nginx.conf' },
    ]);
  });

  it('declines a config nginx could not read', () => {
    const { list, notices } = containers(nginx('http { server { listen 80 }\n'));
    expect(list[1]?.[1]).toBe('app-generic');
    expect(messages(notices)[0]).toBe(
      'warning: Deployment/web, container proxy: the nginx config cannot be read (/etc/nginx/nginx.conf: line 1: unexpected "}" (a directive before it lacks its ";")); the container is kept as a generic app.',
    );
  });
});

describe('sidecars and adapters', () => {
  it('reads git-sync v3 flags', () => {
    const { list } = containers(
      manifest(
        '- name: web\n  image: nginx:1.27.3\n  volumeMounts: [{name: src, mountPath: /usr/share/nginx/html}]\n- name: sync\n  image: k8s.gcr.io/git-sync/git-sync:v3.6.2\n  args: [--repo=https://github.com/acme/site, --branch=gh-pages, --wait=20, --root=/tmp/git, --dest=live]\n  volumeMounts: [{name: src, mountPath: /tmp/git}]\n',
        '- name: src\n  emptyDir: {}\n',
      ),
    );
    expect(list[1]).toEqual([
      'sync',
      'git-sync',
      {
        repo: 'https://github.com/acme/site',
        ref: 'gh-pages',
        period: 20,
        mountPath: '/usr/share/nginx/html',
        link: 'live',
      },
    ]);
  });

  it('reads a log tailer started through a shell', () => {
    const { list, design } = containers(
      manifest(
        '- name: app\n  image: registry.example.com/app:1\n  volumeMounts: [{name: logs, mountPath: /var/log/app}]\n- name: tail\n  image: alpine:3.20\n  command: [sh, -c, "tail -n+1 -F /var/log/app/access.log"]\n  volumeMounts: [{name: logs, mountPath: /var/log/app}]\n',
        '- name: logs\n  emptyDir: {}\n',
      ),
    );
    expect(list[1]).toEqual(['tail', 'log-to-stdout', { logPath: '/var/log/app/access.log' }]);
    expect(design.links.map((l) => [l.from, l.to, l.kind])).toEqual([['w1c1', 'w1c2', 'logs']]);
  });

  it('reads redis_exporter flags written the Go way', () => {
    const { list } = containers(
      manifest(
        '- name: redis\n  image: redis:7.2.5\n  ports: [{containerPort: 6380}]\n- name: exporter\n  image: oliver006/redis_exporter:v1.67.0\n  args: [-redis.addr, "redis://localhost:6380", "-web.listen-address=:9200"]\n',
      ),
    );
    expect(list[1]).toEqual([
      'exporter',
      'redis-exporter',
      { redisAddress: 'redis://localhost:6380', metricsPort: 9200 },
    ]);
  });

  it('reads a fluentd slow-log adapter that forwards to an aggregator', () => {
    const { list, design } = containers(
      manifest(
        '- name: redis\n  image: redis:7.2.5\n- name: slowlog\n  image: fluent/fluentd:v1.17.1-1.0\n  volumeMounts: [{name: conf, mountPath: /fluentd/etc}]\n',
        '- name: conf\n  configMap: {name: fluentd}\n',
        {
          fluentd: {
            'fluent.conf':
              '<source>\n  @type redis_slowlog\n  host 127.0.0.1\n  port 6379\n  tag cache.slow\n  interval 5\n</source>\n<match cache.slow>\n  @type forward\n  <server>\n    host logs.example.com\n    port 24225\n  </server>\n</match>\n',
          },
        },
      ),
    );
    expect(list[1]).toEqual([
      'slowlog',
      'fluentd-redis-slowlog',
      {
        host: '127.0.0.1',
        tag: 'cache.slow',
        interval: 5,
        output: 'forward',
        forwardHost: 'logs.example.com',
        forwardPort: 24225,
      },
    ]);
    expect(design.externals.map((e) => [e.name, e.kind, e.address])).toEqual([
      ['logs', 'logs', 'logs.example.com:24225'],
    ]);
  });

  it('keeps the localhost-only port of a legacy web app that shows no port', () => {
    const { list } = containers(manifest('- name: site\n  image: httpd:2.4.62\n'));
    expect(list[0]).toEqual(['site', 'app-legacy-web', {}]);
  });
});

describe('helpers the catalog does not know', () => {
  const roles = (text: string) =>
    containers(text).design?.workloads.flatMap((w) => w.containers.map((c) => `${c.name}:${c.role}:${c.template}`));

  it('takes the role of a well-known helper image, apps first, as long as the pod keeps an app', () => {
    expect(
      roles(
        manifest(
          '- name: proxy\n  image: envoyproxy/envoy:v1.31.2\n- name: api\n  image: ghcr.io/acme/api:2.4.1\n- name: db\n  image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.4\n- name: logs\n  image: fluent/fluent-bit:3.1.9\n',
        ),
      ),
    ).toEqual([
      'api:app:app-generic',
      'proxy:sidecar:app-generic',
      'db:ambassador:app-generic',
      'logs:adapter:app-generic',
    ]);
    expect(roles(manifest('- name: proxy\n  image: envoyproxy/envoy:v1.31.2\n'))).toEqual(['proxy:app:app-generic']);
  });

  it('keeps a regular helper a regular container where the pod runs native sidecars', () => {
    const text = manifest(
      '- name: api\n  image: ghcr.io/acme/api:2.4.1\n- name: proxy\n  image: envoyproxy/envoy:v1.31.2\n',
    ).replace(
      '      containers:\n',
      '      initContainers:\n        - name: sync\n          image: busybox:1.36.1\n          restartPolicy: Always\n      containers:\n',
    );
    expect(roles(text)).toEqual(['api:app:app-generic', 'proxy:app:app-generic', 'sync:sidecar:app-generic']);
  });
});
