/**
 * Rules PS230-PS249, cited by id: one row per case with a design fragment, the exact message and
 * the field it points at; each rule is absent from the base design.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { TEMPLATES } from '../catalog';
import type { Diagnostic } from '../contracts/diagnostic';
import { RULES, type RuleId } from '../contracts/rules';
import { sketchDesign } from '../edit/sketch';
import { EXAMPLES } from '../examples';
import { workloadObjects } from '../generate/kubernetes/workload';
import type { Container, Design, Workload } from '../model/design';
import type { ContainerFields } from '../model/kube';
import { validate } from '.';
import { effectiveProbes, kubeRules } from './kube';
import { describeTarget } from './locate';

/** web (an app on 3000 with LOG_LEVEL), git-sync (8081, shares /srv/app read-only with web), an HTTPS terminator (443, nginx.conf, a TLS secret). */
const base = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      {
        name: 'web',
        containers: [
          {
            template: 'app-node',
            params: { connectsTo: [], env: [{ name: 'LOG_LEVEL', value: 'info', secret: '' }] },
          },
          { template: 'git-sync' },
          { template: 'https-terminator' },
        ],
      },
    ],
  });

type Mutation = (d: Design) => Design;
const onWorkload =
  (f: (w: Workload) => Workload): Mutation =>
  (d) => ({ ...d, workloads: d.workloads.map((w, i) => (i === 0 ? f(w) : w)) });
const onContainer = (ci: number, f: (c: Container) => Container): Mutation =>
  onWorkload((w) => ({ ...w, containers: w.containers.map((c, i) => (i === ci ? f(c) : c)) }));
const kube = (ci: number, fields: ContainerFields): Mutation => onContainer(ci, (c) => ({ ...c, kube: fields }));
const files = (ci: number, list: Container['files']): Mutation => onContainer(ci, (c) => ({ ...c, files: list }));
const workload = (fields: Partial<Workload>): Mutation => onWorkload((w) => ({ ...w, ...fields }));
const both =
  (...ms: Mutation[]): Mutation =>
  (d) =>
    ms.reduce((x, m) => m(x), d);

const kubeDiagnostics = (d: Design): Diagnostic[] => validate(d).filter((x) => /^PS2[34]\d$/.test(x.rule));
const restricted = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};
const dataVolume = workload({ volumes: [{ name: 'data', emptyDir: {} }] });

describe('the base design', () => {
  it('has no diagnostic of PS230-PS249', () => expect(kubeDiagnostics(base())).toEqual([]));
});

describe.each<[RuleId, string, Mutation, string, string]>([
  [
    'PS230',
    'a probe without a handler',
    kube(0, { readinessProbe: { periodSeconds: 5 } }),
    'kube.readinessProbe',
    'The readiness probe of web has no handler.',
  ],
  [
    'PS230',
    'a probe with two handlers',
    kube(0, { readinessProbe: { httpGet: { port: 3000 }, exec: { command: ['true'] } } }),
    'kube.readinessProbe',
    'The readiness probe of web has 2 handlers (httpGet, exec); a probe has exactly one.',
  ],
  [
    'PS230',
    'an exec probe with an empty command',
    kube(0, { livenessProbe: { exec: { command: [] } } }),
    'kube.livenessProbe.exec.command',
    'The liveness probe of web runs no command (exec.command is empty).',
  ],
  [
    'PS231',
    'a probe on port 0',
    kube(0, { readinessProbe: { httpGet: { path: '/', port: 0 } } }),
    'kube.readinessProbe.httpGet.port',
    'The readiness probe of web uses port 0, which is not a port number from 1 to 65535.',
  ],
  [
    'PS231',
    'a probe on a port name the container does not have',
    kube(0, { startupProbe: { tcpSocket: { port: 'metrics' } } }),
    'kube.startupProbe.tcpSocket.port',
    'The startup probe of web uses the port name "metrics", which none of web\'s ports has.',
  ],
  [
    'PS231',
    'a gRPC probe on a port name',
    kube(0, { livenessProbe: { grpc: { port: 'http' } } }),
    'kube.livenessProbe.grpc.port',
    'The liveness probe of web uses port "http", which is not a port number from 1 to 65535.',
  ],
  [
    'PS232',
    'a probe on a port nobody listens on',
    kube(0, { readinessProbe: { httpGet: { path: '/', port: 9999 } } }),
    'kube.readinessProbe.httpGet.port',
    'The readiness probe of web uses port 9999, where no container of web listens.',
  ],
  [
    'PS233',
    'a period of 0',
    kube(0, { readinessProbe: { tcpSocket: { port: 3000 }, periodSeconds: 0 } }),
    'kube.readinessProbe.periodSeconds',
    'The readiness probe of web: periodSeconds 0 is not a whole number of at least 1.',
  ],
  [
    'PS233',
    'a fractional delay',
    kube(0, { readinessProbe: { tcpSocket: { port: 3000 }, initialDelaySeconds: 1.5 } }),
    'kube.readinessProbe.initialDelaySeconds',
    'The readiness probe of web: initialDelaySeconds 1.5 is not a whole number of at least 0.',
  ],
  [
    'PS233',
    'a liveness success threshold of 2',
    kube(0, { livenessProbe: { tcpSocket: { port: 3000 }, successThreshold: 2 } }),
    'kube.livenessProbe.successThreshold',
    'The liveness probe of web: successThreshold is 2; a liveness probe takes 1.',
  ],
  [
    'PS234',
    'a mount of a volume the workload does not have',
    kube(0, { volumeMounts: [{ name: 'data', mountPath: '/data' }] }),
    'kube.volumeMounts[0].name',
    'web mounts the volume "data", which web does not have.',
  ],
  [
    'PS235',
    'a mount path with ".."',
    both(dataVolume, kube(0, { volumeMounts: [{ name: 'data', mountPath: '/srv/../etc' }] })),
    'kube.volumeMounts[0].mountPath',
    'The mount path of web\'s mount of "data" "/srv/../etc" has a ".." segment.',
  ],
  [
    'PS235',
    'a relative mount path',
    both(dataVolume, kube(0, { volumeMounts: [{ name: 'data', mountPath: 'data' }] })),
    'kube.volumeMounts[0].mountPath',
    'The mount path of web\'s mount of "data" "data" is not an absolute path.',
  ],
  [
    'PS235',
    'an absolute subPath',
    both(dataVolume, kube(0, { volumeMounts: [{ name: 'data', mountPath: '/data', subPath: '/x' }] })),
    'kube.volumeMounts[0].subPath',
    'The subPath of web\'s mount of "data" "/x" is absolute; a subPath is relative to the volume.',
  ],
  [
    'PS236',
    "a user's mount where the template's shared directory is",
    both(dataVolume, kube(0, { volumeMounts: [{ name: 'data', mountPath: '/srv/app/' }] })),
    'kube.volumeMounts[0].mountPath',
    'web mounts volume "git-sync-content" and volume "data" both at /srv/app.',
  ],
  [
    'PS236',
    "a user's config file at the template's config file path",
    files(2, [{ name: 'main.conf', mountPath: '/etc/nginx/nginx.conf', content: '' }]),
    'files[0].mountPath',
    'https-terminator mounts config file "nginx.conf" and config file "main.conf" both at /etc/nginx/nginx.conf.',
  ],
  [
    'PS237',
    'a mount inside a config file',
    both(dataVolume, kube(2, { volumeMounts: [{ name: 'data', mountPath: '/etc/nginx/nginx.conf/data' }] })),
    'kube.volumeMounts[0].mountPath',
    'https-terminator mounts volume "data" at /etc/nginx/nginx.conf/data, inside /etc/nginx/nginx.conf, where config file "nginx.conf" is a single file: the container cannot start.',
  ],
  [
    'PS237',
    'a config file inside a ConfigMap directory',
    both(
      workload({ volumes: [{ name: 'settings', configMap: { name: 'settings' } }] }),
      kube(0, { volumeMounts: [{ name: 'settings', mountPath: '/etc/app' }] }),
      files(0, [{ name: 'app.yaml', mountPath: '/etc/app/app.yaml', content: 'a: 1\n' }]),
    ),
    'files[0].mountPath',
    'web mounts config file "app.yaml" at /etc/app/app.yaml, inside the configMap volume "settings" at /etc/app: the kubelet makes that mount point a directory, so the file cannot be mounted and the container cannot start.',
  ],
  [
    'PS237',
    'a config file inside a read-only emptyDir directory',
    files(0, [{ name: 'app.yaml', mountPath: '/srv/app/app.yaml', content: '' }]),
    'files[0].mountPath',
    'web mounts config file "app.yaml" at /srv/app/app.yaml, inside volume "git-sync-content", which is mounted read-only at /srv/app: the mount point cannot be made there, so the container cannot start.',
  ],
  [
    'PS238',
    'a config file name with a slash',
    files(0, [{ name: 'conf/app.yaml', mountPath: '/etc/app.yaml', content: '' }]),
    'files[0].name',
    'Config file name "conf/app.yaml" of web is not a valid ConfigMap key.',
  ],
  [
    'PS238',
    "a config file named as the template's",
    files(2, [{ name: 'nginx.conf', mountPath: '/etc/extra/nginx.conf', content: '' }]),
    'files[0].name',
    'https-terminator has two config files named "nginx.conf" (the template writes one); the ConfigMap holds one.',
  ],
  [
    'PS238',
    'two config files of one name',
    files(0, [
      { name: 'a.yaml', mountPath: '/etc/a.yaml', content: '' },
      { name: 'a.yaml', mountPath: '/etc/b.yaml', content: '' },
    ]),
    'files[1].name',
    'web has two config files named "a.yaml"; the ConfigMap holds one.',
  ],
  [
    'PS238',
    'a config file at a relative path',
    files(0, [{ name: 'app.yaml', mountPath: 'etc/app.yaml', content: '' }]),
    'files[0].mountPath',
    'The mount path of config file "app.yaml" of web "etc/app.yaml" is not an absolute path.',
  ],
  [
    'PS239',
    'config files over 1 MiB in UTF-8',
    files(0, [{ name: 'big.txt', mountPath: '/data/big.txt', content: 'é'.repeat(600_000) }]),
    'files',
    'The ConfigMap web-web holds 1,200,007 bytes of files; Kubernetes stores at most 1,048,576 (1 MiB).',
  ],
  [
    'PS240',
    'a security context without a seccomp profile',
    kube(0, { securityContext: { ...restricted, seccompProfile: undefined } as never }),
    'kube.securityContext.seccompProfile.type',
    "Container web has no seccomp profile in its security context or the pod's.",
  ],
  [
    'PS240',
    'a pod security context and a container that allows escalation',
    both(
      workload({ pod: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } } }),
      kube(1, { securityContext: { capabilities: { drop: ['ALL'] } } }),
    ),
    'kube.securityContext.allowPrivilegeEscalation',
    'Container git-sync allows privilege escalation (allowPrivilegeEscalation is not false).',
  ],
  [
    'PS240',
    'runAsNonRoot false in the container over true in the pod',
    both(
      workload({ pod: { securityContext: { runAsNonRoot: true } } }),
      kube(0, { securityContext: { ...restricted, runAsNonRoot: false } }),
    ),
    'kube.securityContext.runAsNonRoot',
    "Container web may run as root: runAsNonRoot is not true in its security context or the pod's.",
  ],
  [
    'PS240',
    'an added capability',
    kube(0, {
      securityContext: { ...restricted, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 'SYS_ADMIN'] } },
    }),
    'kube.securityContext.capabilities.add',
    'Container web adds the capability "SYS_ADMIN"; the restricted profile allows only NET_BIND_SERVICE.',
  ],
  [
    'PS240',
    'a privileged container',
    kube(0, { securityContext: { ...restricted, privileged: true } }),
    'kube.securityContext.privileged',
    "Container web is privileged: it has the node's devices and every capability.",
  ],
  [
    'PS240',
    'the host network in a pod that sets a security context',
    both(workload({ pod: { hostNetwork: true } }), kube(0, { securityContext: restricted })),
    'pod.hostNetwork',
    "web shares the node's Network namespace (hostNetwork: true).",
  ],
  [
    'PS240',
    'a hostPath volume in a pod that sets a security context',
    both(
      workload({ volumes: [{ name: 'host', hostPath: { path: '/var/log' } }] }),
      kube(0, { securityContext: restricted }),
    ),
    'volumes[0]',
    'Volume "host" of web is a hostPath volume, which the restricted profile does not allow.',
  ],
  [
    'PS241',
    'a Service port targeting a port name nobody has',
    workload({ service: { ports: [{ name: 'web', port: 80, targetPort: 'web' }] } }),
    'service.ports[0].targetPort',
    'Service port "web" of web targets the port name "web", which no container of web has.',
  ],
  [
    'PS242',
    'a Service port targeting a number nobody listens on',
    workload({ service: { ports: [{ name: 'web', port: 80, targetPort: 8080 }] } }),
    'service.ports[0].targetPort',
    'Service port "web" of web targets port 8080, where no container of web listens.',
  ],
  [
    'PS243',
    'a node port on a ClusterIP Service',
    workload({ service: { ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }] } }),
    'service.ports[0].nodePort',
    'Service port "http" of web has a node port, but the Service is of type ClusterIP.',
  ],
  [
    'PS243',
    'a node port outside 30000-32767',
    workload({ service: { type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 80 }] } }),
    'service.ports[0].nodePort',
    'Service port "http" of web has node port 80, outside 30000-32767.',
  ],
  [
    'PS243',
    'two Service ports of one number',
    workload({
      service: {
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'https', port: 80, targetPort: 'https' },
        ],
      },
    }),
    'service.ports[1].port',
    "web's Service lists port 80 twice.",
  ],
  [
    'PS243',
    'two Service ports of one name',
    workload({
      service: {
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { name: 'http', port: 443, targetPort: 'https' },
        ],
      },
    }),
    'service.ports[1].name',
    'web\'s Service has two ports named "http".',
  ],
  [
    'PS243',
    'an unnamed port among several',
    workload({
      service: {
        ports: [
          { name: 'http', port: 80, targetPort: 'http' },
          { port: 443, targetPort: 'https' },
        ],
      },
    }),
    'service.ports[1].name',
    'Service port 2 of web has no name; a Service with several ports names each.',
  ],
  [
    'PS244',
    'a volume name with capitals',
    workload({ volumes: [{ name: 'Data', emptyDir: {} }] }),
    'volumes[0].name',
    'Volume name "Data" of web is not a DNS-1123 label.',
  ],
  [
    'PS244',
    'a volume named as a generated one',
    workload({ volumes: [{ name: 'git-sync-content', emptyDir: {} }] }),
    'volumes[0].name',
    'Volume "git-sync-content" of web has the name of a volume Podsmith generates for its containers.',
  ],
  [
    'PS244',
    'two volumes of one name',
    workload({
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
      ],
    }),
    'volumes[1].name',
    'web has two volumes named "data".',
  ],
  [
    'PS244',
    'a volume with two sources',
    workload({ volumes: [{ name: 'data', emptyDir: {}, secret: { secretName: 'x' } }] }),
    'volumes[0]',
    'Volume "data" of web has 2 sources (emptyDir, secret); a volume has exactly one.',
  ],
  [
    'PS244',
    'a volume without a source',
    workload({ volumes: [{ name: 'data' }] }),
    'volumes[0]',
    'Volume "data" of web has no source; a volume has exactly one.',
  ],
  [
    'PS245',
    'an env var without a name',
    kube(0, { env: [{ value: 'x' }] }),
    'kube.env[0].name',
    'Variable 1 of web has no name.',
  ],
  [
    'PS245',
    'an env var name with a space',
    kube(0, { env: [{ name: 'A B', value: 'x' }] }),
    'kube.env[0].name',
    'Variable name "A B" of web is not a valid name.',
  ],
  [
    'PS245',
    'a valueFrom with two sources',
    kube(0, {
      env: [
        {
          name: 'PASSWORD',
          valueFrom: { secretKeyRef: { name: 'db', key: 'p' }, configMapKeyRef: { name: 'db', key: 'p' } },
        },
      ],
    }),
    'kube.env[0].valueFrom',
    'The valueFrom of PASSWORD of web has 2 sources (secretKeyRef, configMapKeyRef); it takes exactly one.',
  ],
  [
    'PS245',
    'a value and a valueFrom',
    kube(0, { env: [{ name: 'PASSWORD', value: 'x', valueFrom: { secretKeyRef: { name: 'db', key: 'p' } } }] }),
    'kube.env[0].valueFrom',
    'PASSWORD of web has both a value and a valueFrom.',
  ],
  [
    'PS245',
    'an envFrom without a source',
    kube(0, { envFrom: [{ prefix: 'DB_' }] }),
    'kube.envFrom[0]',
    'envFrom source 1 of web has neither configMapRef nor secretRef.',
  ],
  [
    'PS246',
    'an env var the template sets',
    kube(0, { env: [{ name: 'LOG_LEVEL', value: 'debug' }] }),
    'kube.env[0].name',
    'web sets LOG_LEVEL twice (its template sets it too); the later one wins.',
  ],
  [
    'PS247',
    'a relative working directory',
    kube(0, { workingDir: 'app' }),
    'kube.workingDir',
    'The working directory of web "app" is not an absolute path.',
  ],
  [
    'PS247',
    'an unknown pull policy',
    kube(0, { imagePullPolicy: 'Sometimes' as never }),
    'kube.imagePullPolicy',
    'Image pull policy "Sometimes" of web is not one Kubernetes knows.',
  ],
  [
    'PS248',
    'pod.volumes',
    workload({ pod: { volumes: [] } }),
    'pod.volumes',
    'web sets pod.volumes, which Podsmith writes itself and ignores here.',
  ],
  [
    'PS248',
    'spec.template',
    workload({ spec: { template: {} } }),
    'spec.template',
    'web sets spec.template, which Podsmith writes itself and ignores here.',
  ],
  [
    'PS248',
    'env among the other container fields',
    kube(0, { other: { env: [] } }),
    'kube.other.env',
    'web sets env among its other fields, which Podsmith writes itself and ignores here.',
  ],
  [
    'PS248',
    'a kept selector the pods do not match',
    workload({ spec: { selector: { matchLabels: { app: 'web', tier: 'front' } } }, labels: { app: 'web' } }),
    'spec.selector',
    'The selector of web asks for tier="front", which its pods\' labels do not have; Kubernetes refuses the workload.',
  ],
  [
    'PS249',
    'an init container named as a container',
    workload({ initContainers: [{ name: 'web', image: 'busybox:1.36' }] }),
    'initContainers[0].name',
    'Init container "web" of web has the name of another container of the pod.',
  ],
  [
    'PS249',
    'two init containers of one name',
    workload({
      initContainers: [
        { name: 'migrate', image: 'busybox:1.36' },
        { name: 'migrate', image: 'busybox:1.36' },
      ],
    }),
    'initContainers[1].name',
    'Init container "migrate" of web has the name of another container of the pod.',
  ],
  [
    'PS249',
    'an init container without an image',
    workload({ initContainers: [{ name: 'migrate' }] }),
    'initContainers[0].image',
    'Init container "migrate" of web has no image.',
  ],
])('[%s] %s', (rule, _what, mutate, field, message) => {
  it('is reported on the field with its message and a fix', () => {
    const found = kubeDiagnostics(mutate(base())).filter((d) => d.rule === rule);
    const hit = found.find((d) => d.message === message);
    expect(hit, `got ${JSON.stringify(found.map((d) => d.message))}`).toBeDefined();
    expect(hit?.target.field).toBe(field);
    expect(hit?.severity).toBe(RULES[rule].severity);
    expect(hit?.fix.length).toBeGreaterThan(10);
  });
  it('is not reported on the base design', () =>
    expect(kubeDiagnostics(base()).map((d) => d.rule)).not.toContain(rule));
});

describe('what the rules let through', () => {
  it("[PS232] accepts a probe on another container's port: the kubelet probes the pod's address", () => {
    const d = kube(0, { readinessProbe: { httpGet: { path: '/', port: 8081 } } })(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });

  it('[PS231] accepts a probe on a port name of the container', () => {
    const d = kube(0, { readinessProbe: { httpGet: { path: '/', port: 'http' } } })(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });

  it("[PS231] checks the template's probe when the user sets none, and none when the user removes it", () => {
    // A template keeps its probe on its own port; one that did not is built here by hand.
    const broken = (d: Design) => {
      const w = analyze(d).workloads[0];
      if (!w) throw new Error('no workload');
      const [web, sync, tls] = w.containers;
      if (!web || !sync || !tls) throw new Error('no containers');
      const probe = { kind: 'tcp', port: 0, periodSeconds: 10 } as const;
      return {
        ...w,
        containers: [web, sync, { ...tls, contribution: { ...tls.contribution, readinessProbe: probe } }],
      };
    };
    expect(kubeRules(base(), broken(base())).map((x) => [x.rule, x.target.field, x.message])).toEqual([
      [
        'PS231',
        'kube.readinessProbe.tcpSocket.port',
        "The template's readiness probe of https-terminator uses port 0, which is not a port number from 1 to 65535.",
      ],
    ]);
    const removed = kube(2, { readinessProbe: null })(base());
    expect(kubeRules(removed, broken(removed))).toEqual([]);
  });

  it('[PS237] accepts a config file inside a writable emptyDir directory', () => {
    const d = both(
      dataVolume,
      kube(0, { volumeMounts: [{ name: 'data', mountPath: '/data' }] }),
      files(0, [{ name: 'app.yaml', mountPath: '/data/app.yaml', content: '' }]),
    )(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });

  it('[PS239] accepts a ConfigMap of exactly 1 MiB', () => {
    const content = 'a'.repeat(1_048_576 - 'big.txt'.length);
    const d = files(0, [{ name: 'big.txt', mountPath: '/data/big.txt', content }])(base());
    expect(kubeDiagnostics(d)).toEqual([]);
    const over = files(0, [{ name: 'big.txt', mountPath: '/data/big.txt', content: `${content}a` }])(base());
    expect(kubeDiagnostics(over).map((x) => x.rule)).toEqual(['PS239']);
  });

  it('[PS240] gives no warning to a design that never mentions security, whatever its pod shares', () => {
    const d = workload({ pod: { hostNetwork: true }, volumes: [{ name: 'host', hostPath: { path: '/' } }] })(base());
    expect(kubeDiagnostics(d).filter((x) => x.rule === 'PS240')).toEqual([]);
  });

  it('[PS240] gives none once every container and the pod take the restricted profile', () => {
    const d = both(
      workload({ pod: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } } }),
      kube(0, { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }),
      kube(1, { securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }),
      kube(2, {
        securityContext: {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
        },
      }),
    )(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });

  it('[PS240] checks every container once the pod sets a security context, each gap of its effective context on its field', () => {
    // app-node and git-sync propose contexts that drop every capability; the HTTPS terminator binds
    // 443 as root and proposes a partial one, so its gap shows once the pod asks for the profile.
    const d = workload({ pod: { securityContext: restricted } })(base());
    const fields = (x: Design) =>
      kubeDiagnostics(x).map(
        (g) => `${g.rule} ${g.target.kind === 'container' ? g.target.containerId : ''} ${g.target.field}`,
      );
    expect(fields(d)).toEqual(['PS240 w1c3 kube.securityContext.capabilities.drop']);
    const open = kube(0, { securityContext: { allowPrivilegeEscalation: true } })(d);
    expect(fields(open)).toEqual([
      'PS240 w1c1 kube.securityContext.allowPrivilegeEscalation',
      'PS240 w1c1 kube.securityContext.capabilities.drop',
      'PS240 w1c3 kube.securityContext.capabilities.drop',
    ]);
  });

  it("[PS234] accepts a mount of a StatefulSet's volume claim template", () => {
    const claim = { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } };
    const d = both(
      workload({ kind: 'StatefulSet', spec: { volumeClaimTemplates: [claim] } }),
      kube(0, { volumeMounts: [{ name: 'data', mountPath: '/data' }] }),
    )(base());
    expect(kubeDiagnostics(d)).toEqual([]);
    expect(kubeDiagnostics({ ...d, workloads: d.workloads.map((w) => ({ ...w, kind: 'Deployment' })) })).toEqual([
      expect.objectContaining({ rule: 'PS234' }),
    ]);
  });

  it('[PS248] accepts a kept selector that the pods match', () => {
    const d = workload({ spec: { selector: { matchLabels: { app: 'web' } } }, labels: { app: 'web' } })(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });

  it('[PS243] accepts a node port on a NodePort Service', () => {
    const d = workload({
      service: { type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }] },
    })(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });

  it('[PS244] accepts a volume that names a ConfigMap, Secret or claim outside the design', () => {
    const d = workload({
      volumes: [
        { name: 'settings', configMap: { name: 'elsewhere' } },
        { name: 'keys', secret: { secretName: 'elsewhere' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'elsewhere' } },
      ],
    })(base());
    expect(kubeDiagnostics(d)).toEqual([]);
  });
});

describe('remembered per built workload', () => {
  it('gives the same list while the workload is the same, and a new one after its edit', () => {
    const d = kube(0, { readinessProbe: { httpGet: { port: 0 } } })(base());
    const first = analyze(d).workloads[0];
    if (!first) throw new Error('no workload');
    expect(kubeRules(d, first)).toBe(kubeRules(d, first));
    expect(analyze(structuredClone(d)).workloads[0]).not.toBe(first);
    const edited = kube(0, { readinessProbe: { httpGet: { port: 3000 } } })(d);
    const after = analyze(edited).workloads[0];
    if (!after) throw new Error('no workload');
    expect(kubeRules(edited, after).map((x) => x.rule)).toEqual([]);
    expect(kubeRules(d, first).map((x) => x.rule)).toEqual(['PS231']);
  });
});

describe('the probes the rules read', () => {
  it('are the ones the generator writes, for every example with and without native sidecars', () => {
    let compared = 0;
    for (const example of EXAMPLES)
      for (const nativeSidecars of [false, true]) {
        const d = { ...example.design, workloads: example.design.workloads.map((w) => ({ ...w, nativeSidecars })) };
        for (const w of analyze(d).workloads) {
          const objects = workloadObjects(d, w).map((o) => o.object);
          const pod = objects.find((o) => ['Pod', 'Deployment', 'StatefulSet'].includes(o.kind));
          if (!pod) throw new Error(`${w.workload.name} has no pod`);
          const spec = (
            pod.kind === 'Pod' ? pod.spec : (pod.spec as { template: { spec: unknown } }).template.spec
          ) as {
            containers: Record<string, unknown>[];
            initContainers?: Record<string, unknown>[];
          };
          const written = [...(spec.initContainers ?? []), ...spec.containers];
          for (const b of w.containers) {
            const object = written.find((c) => c.name === b.container.name) ?? {};
            const generated = Object.fromEntries(
              ['readinessProbe', 'livenessProbe', 'startupProbe'].filter((k) => k in object).map((k) => [k, object[k]]),
            );
            expect(effectiveProbes(w, b)).toEqual(generated);
            compared += Object.keys(generated).length;
          }
        }
      }
    expect(compared).toBeGreaterThan(5);
  });
});

describe('where the CLI says a diagnostic points', () => {
  it('names a Kubernetes field by its own path, not as a parameter', () => {
    const d = kube(0, { readinessProbe: { httpGet: { port: 0 } } })(base());
    const [probe] = kubeDiagnostics(d);
    if (!probe) throw new Error('no diagnostic');
    expect(describeTarget(d, probe.target)).toBe('web/web kube.readinessProbe.httpGet.port');
    expect(describeTarget(d, { kind: 'container', workloadId: 'w1', containerId: 'w1c1', field: 'listenPort' })).toBe(
      'web/web params.listenPort',
    );
  });
});

describe("the templates' own proposals", () => {
  it.each(TEMPLATES.map((t) => [t.id]))(
    '%s with its defaults beside an app gives no PS230-PS249 diagnostic, with or without native sidecars',
    (id) => {
      for (const nativeSidecars of [false, true]) {
        const d = sketchDesign({
          name: 'defaults',
          workloads: [{ name: 'pod', nativeSidecars, containers: [{ template: 'app-generic' }, { template: id }] }],
        });
        expect(kubeDiagnostics(d)).toEqual([]);
      }
    },
  );

  it('give the examples no PS230-PS249 diagnostic: a design that never mentions these fields gets none', () => {
    for (const e of EXAMPLES) expect(kubeDiagnostics(e.design), e.name).toEqual([]);
  });
});
