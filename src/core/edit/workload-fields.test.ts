import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { getExample } from '../examples';
import { restore } from '../io/restore';
import type { Design, JsonMap, Workload } from '../model/design';
import { render } from '../render';
import {
  addInitContainer,
  addInitEnv,
  addServicePort,
  addVolume,
  applyRestrictedPodProfile,
  envRows,
  generatedServicePorts,
  imagePullSecretNames,
  moveInitContainer,
  nodeSelectorRows,
  OWNED_POD_FIELDS,
  OWNED_SPEC_FIELDS,
  otherInitFields,
  otherPodFields,
  readYamlField,
  removeInitContainer,
  removeInitEnv,
  removeServicePort,
  removeVolume,
  renameVolume,
  resetServicePorts,
  serviceTargetOptions,
  setConfigMapItems,
  setImagePullSecrets,
  setInitContainerText,
  setInitContainerWords,
  setInitEnv,
  setNodeSelector,
  setOtherInitFields,
  setOtherPodFields,
  setPodAnnotations,
  setPodField,
  setPodSecurityField,
  setProjectedSources,
  setServicePort,
  setServiceType,
  setVolumeField,
  setVolumeKind,
  setWorkloadAnnotations,
  setWorkloadSpecFields,
  volumeKind,
  yamlText,
} from './workload-fields';

/** The sharded-Redis example: workload w1 `web` (a Deployment: app `web` on port `http` 3000, and twemproxy). */
const base = (): Design => {
  const d = getExample('sharded-redis')?.design;
  if (!d) throw new Error('no example');
  return d;
};
const web = (d: Design): Workload => {
  const w = d.workloads.find((x) => x.id === 'w1');
  if (!w) throw new Error('no w1');
  return w;
};

/** The generated objects of the design, by kind and name. */
function objects(d: Design): Map<string, JsonMap> {
  const out = new Map<string, JsonMap>();
  const all = render(d).bundle.files.find((f) => f.path === 'all.yaml');
  for (const o of loadAll(all?.content ?? '') as JsonMap[]) {
    const meta = o.metadata as JsonMap;
    out.set(`${o.kind}/${meta.name}`, o);
  }
  return out;
}
const podSpecOf = (d: Design): JsonMap =>
  (((objects(d).get('Deployment/web')?.spec ?? {}) as JsonMap).template as JsonMap).spec as JsonMap;
const serviceSpecOf = (d: Design): JsonMap => objects(d).get('Service/web')?.spec as JsonMap;

/** Every edit gives a document restore() accepts unchanged (what autosave reads back). */
function roundTrips(d: Design): void {
  const r = restore(JSON.parse(JSON.stringify(d)));
  expect(r.ok ? r.design : r).toEqual(d);
}

describe('pod fields', () => {
  it('sets and clears a pod field; the same value changes nothing', () => {
    const d = setPodField(base(), 'w1', 'serviceAccountName', 'web-reader');
    expect(web(d).pod).toEqual({ serviceAccountName: 'web-reader' });
    expect(podSpecOf(d).serviceAccountName).toBe('web-reader');
    expect(setPodField(d, 'w1', 'serviceAccountName', 'web-reader')).toBe(d);
    expect(web(setPodField(d, 'w1', 'serviceAccountName', undefined)).pod).toBeUndefined();
    expect(setPodField(d, 'nope', 'x', 1)).toBe(d);
    roundTrips(d);
  });

  it('keeps null, which removes a field Podsmith writes', () => {
    const d = setPodField(base(), 'w1', 'shareProcessNamespace', null);
    expect(web(d).pod).toEqual({ shareProcessNamespace: null });
    roundTrips(d);
  });

  it('edits the security context field by field and drops it when empty', () => {
    let d = setPodSecurityField(base(), 'w1', 'runAsUser', 1000);
    d = setPodSecurityField(d, 'w1', 'fsGroup', 2000);
    expect(podSpecOf(d).securityContext).toEqual({ runAsUser: 1000, fsGroup: 2000 });
    d = setPodSecurityField(d, 'w1', 'runAsUser', undefined);
    d = setPodSecurityField(d, 'w1', 'fsGroup', undefined);
    expect(web(d).pod).toBeUndefined();
  });

  it('applies the restricted profile: non-root, RuntimeDefault seccomp, no runAsUser 0, other fields kept', () => {
    let d = setPodField(base(), 'w1', 'securityContext', { runAsUser: 0, supplementalGroups: [5] });
    d = applyRestrictedPodProfile(d, 'w1');
    expect(web(d).pod?.securityContext).toEqual({
      supplementalGroups: [5],
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(applyRestrictedPodProfile(d, 'w1')).toBe(d);
    const local = setPodSecurityField(base(), 'w1', 'seccompProfile', {
      type: 'Localhost',
      localhostProfile: 'p.json',
    });
    expect(web(applyRestrictedPodProfile(local, 'w1')).pod?.securityContext).toEqual({
      seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
      runAsNonRoot: true,
    });
  });

  it('writes image pull secrets by name and a node selector from rows', () => {
    let d = setImagePullSecrets(base(), 'w1', ['regcred', 'mirror']);
    d = setNodeSelector(d, 'w1', [
      ['disktype', 'ssd'],
      ['zone', 'a'],
    ]);
    expect(imagePullSecretNames(web(d))).toEqual(['regcred', 'mirror']);
    expect(nodeSelectorRows(web(d))).toEqual([
      ['disktype', 'ssd'],
      ['zone', 'a'],
    ]);
    expect(podSpecOf(d).imagePullSecrets).toEqual([{ name: 'regcred' }, { name: 'mirror' }]);
    expect(podSpecOf(d).nodeSelector).toEqual({ disktype: 'ssd', zone: 'a' });
    expect(web(setNodeSelector(setImagePullSecrets(d, 'w1', []), 'w1', [])).pod).toBeUndefined();
  });

  it('replaces the other pod fields and leaves the form fields alone', () => {
    let d = setPodField(base(), 'w1', 'serviceAccountName', 'sa');
    d = setOtherPodFields(d, 'w1', { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' });
    expect(otherPodFields(web(d))).toEqual({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet' });
    d = setOtherPodFields(d, 'w1', { dnsPolicy: 'Default', serviceAccountName: 'ignored' });
    expect(web(d).pod).toEqual({ serviceAccountName: 'sa', dnsPolicy: 'Default' });
    expect(podSpecOf(d).dnsPolicy).toBe('Default');
  });
});

describe('annotations and spec', () => {
  it('sets the workload, pod and spec fields and removes them when empty', () => {
    let d = setWorkloadAnnotations(base(), 'w1', { team: 'shop' });
    d = setPodAnnotations(d, 'w1', { 'prometheus.io/scrape': 'true' });
    d = setWorkloadSpecFields(d, 'w1', { minReadySeconds: 5, strategy: { type: 'Recreate' } });
    const deployment = objects(d).get('Deployment/web') as JsonMap;
    expect((deployment.metadata as JsonMap).annotations).toMatchObject({ team: 'shop' });
    const spec = deployment.spec as JsonMap;
    expect(((spec.template as JsonMap).metadata as JsonMap).annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
    });
    expect(spec.strategy).toEqual({ type: 'Recreate' });
    expect(spec.minReadySeconds).toBe(5);
    roundTrips(d);
    d = setWorkloadAnnotations(d, 'w1', {});
    d = setPodAnnotations(d, 'w1', undefined);
    d = setWorkloadSpecFields(d, 'w1', {});
    expect(web(d)).toEqual(web(base()));
  });
});

describe('volumes', () => {
  it('adds volumes of each kind with unique names and writes them into the pod', () => {
    let d = addVolume(base(), 'w1', 'emptyDir');
    d = addVolume(d, 'w1', 'configMap');
    d = addVolume(d, 'w1', 'secret');
    d = addVolume(d, 'w1', 'persistentVolumeClaim');
    d = addVolume(d, 'w1', 'projected');
    expect(web(d).volumes).toEqual([
      { name: 'data', emptyDir: {} },
      { name: 'data-2', configMap: { name: 'web-config' } },
      { name: 'data-3', secret: { secretName: 'web-secret' } },
      { name: 'data-4', persistentVolumeClaim: { claimName: 'web-data' } },
      { name: 'data-5', projected: { sources: [] } },
    ]);
    expect(podSpecOf(d).volumes).toEqual(expect.arrayContaining([{ name: 'data', emptyDir: {} }]));
    roundTrips(d);
  });

  it('sets optional fields and removes them when cleared, keeping the source', () => {
    let d = addVolume(base(), 'w1');
    d = setVolumeField(d, 'w1', 0, 'emptyDir.medium', 'Memory');
    d = setVolumeField(d, 'w1', 0, 'emptyDir.sizeLimit', '64Mi');
    expect(web(d).volumes).toEqual([{ name: 'data', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }]);
    d = setVolumeField(d, 'w1', 0, 'emptyDir.medium', '');
    d = setVolumeField(d, 'w1', 0, 'emptyDir.sizeLimit', '');
    expect(web(d).volumes).toEqual([{ name: 'data', emptyDir: {} }]);
    d = setVolumeKind(d, 'w1', 0, 'persistentVolumeClaim');
    d = setVolumeField(d, 'w1', 0, 'persistentVolumeClaim.readOnly', true);
    d = setVolumeField(d, 'w1', 0, 'persistentVolumeClaim.claimName', '');
    expect(web(d).volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: '', readOnly: true } }]);
  });

  it('keeps the fields the form does not show, and volumes of other kinds', () => {
    const volumes: JsonMap[] = [
      { name: 'cfg', configMap: { name: 'x', defaultMode: 420 } },
      { name: 'h', hostPath: { path: '/tmp' } },
    ];
    let d: Design = { ...base(), workloads: base().workloads.map((w) => ({ ...w, volumes })) };
    expect(volumeKind(web(d).volumes?.[1] ?? {})).toBe('other');
    d = setVolumeField(d, 'w1', 0, 'configMap.name', 'y');
    d = setConfigMapItems(d, 'w1', 0, [{ key: 'a', path: 'a.conf' }]);
    expect(web(d).volumes?.[0]).toEqual({
      name: 'cfg',
      configMap: { name: 'y', defaultMode: 420, items: [{ key: 'a', path: 'a.conf' }] },
    });
    expect(web(setConfigMapItems(d, 'w1', 0, [])).volumes?.[0]).toEqual({
      name: 'cfg',
      configMap: { name: 'y', defaultMode: 420 },
    });
    d = setProjectedSources(setVolumeKind(d, 'w1', 1, 'projected'), 'w1', 1, [{ secret: { name: 's' } }]);
    expect(web(d).volumes?.[1]).toEqual({ name: 'h', projected: { sources: [{ secret: { name: 's' } }] } });
  });

  it('renames the mounts of a renamed volume, and removes a volume', () => {
    let d = addVolume(base(), 'w1');
    d = {
      ...d,
      workloads: d.workloads.map((w) => ({
        ...w,
        containers: w.containers.map((c, i) =>
          i === 0 ? { ...c, kube: { volumeMounts: [{ name: 'data', mountPath: '/data' }] } } : c,
        ),
      })),
    };
    d = renameVolume(d, 'w1', 0, 'cache');
    expect(web(d).volumes).toEqual([{ name: 'cache', emptyDir: {} }]);
    expect(web(d).containers[0]?.kube?.volumeMounts).toEqual([{ name: 'cache', mountPath: '/data' }]);
    expect(web(removeVolume(d, 'w1', 0)).volumes).toBeUndefined();
    expect(removeVolume(d, 'w1', 7)).toBe(d);
  });
});

describe('init containers', () => {
  it('adds, edits, reorders and removes init containers; they run before the pod containers', () => {
    let d = addInitContainer(base(), 'w1');
    d = addInitContainer(d, 'w1');
    expect(web(d).initContainers?.map((c) => c.name)).toEqual(['init', 'init-2']);
    d = setInitContainerText(d, 'w1', 1, 'name', 'migrate');
    d = setInitContainerText(d, 'w1', 1, 'image', 'migrate:1.0');
    d = setInitContainerWords(d, 'w1', 1, 'command', []);
    d = setInitContainerWords(d, 'w1', 1, 'args', ['--up']);
    d = moveInitContainer(d, 'w1', 1, 0);
    expect(web(d).initContainers).toEqual([
      { name: 'migrate', image: 'migrate:1.0', args: ['--up'] },
      { name: 'init', image: 'busybox:1.36', command: ['sh', '-c', 'echo ready'] },
    ]);
    expect((podSpecOf(d).initContainers as JsonMap[]).map((c) => c.name)).toEqual(['migrate', 'init']);
    expect(moveInitContainer(d, 'w1', 0, 5)).toBe(d);
    roundTrips(d);
    d = removeInitContainer(removeInitContainer(d, 'w1', 0), 'w1', 0);
    expect(web(d).initContainers).toBeUndefined();
  });

  it('edits env rows; a value replaces a valueFrom', () => {
    let d = addInitContainer(base(), 'w1');
    d = addInitEnv(addInitEnv(d, 'w1', 0), 'w1', 0);
    d = setInitEnv(d, 'w1', 0, 0, 'name', 'MODE');
    d = setInitEnv(d, 'w1', 0, 0, 'value', 'fast');
    const init = web(d).initContainers?.[0] ?? {};
    expect(Object.keys(init)).toEqual(['name', 'image', 'command', 'env']);
    expect(envRows(init)).toEqual([
      { name: 'MODE', value: 'fast' },
      { name: 'NAME-2', value: '' },
    ]);
    d = setOtherInitFields(d, 'w1', 0, {
      resources: { requests: { cpu: '10m' } },
      env: [{ name: 'IGNORED', value: '' }],
    });
    expect(otherInitFields(web(d).initContainers?.[0] ?? {})).toEqual({ resources: { requests: { cpu: '10m' } } });
    const withSecret = {
      ...d,
      workloads: d.workloads.map((w) => ({
        ...w,
        initContainers: [{ name: 'i', env: [{ name: 'P', valueFrom: { secretKeyRef: { name: 'db', key: 'pw' } } }] }],
      })),
    };
    expect(envRows(web(withSecret).initContainers?.[0] ?? {})).toEqual([
      { name: 'P', value: '', from: 'secret db/pw' },
    ]);
    const replaced = setInitEnv(withSecret, 'w1', 0, 0, 'value', 'x');
    expect(web(replaced).initContainers?.[0]?.env).toEqual([{ name: 'P', value: 'x' }]);
    expect(web(removeInitEnv(replaced, 'w1', 0, 0)).initContainers?.[0]).toEqual({ name: 'i' });
  });
});

describe('service', () => {
  it('reads the generated ports from the generated Service and the pod ports to target', () => {
    const w = web(base());
    expect(generatedServicePorts(base(), w)).toEqual([{ name: 'http', port: 3000, targetPort: 'http' }]);
    expect(serviceTargetOptions(base(), w)[0]).toEqual({ name: 'http', port: 3000, container: 'web' });
  });

  it('starts the ports from the generated ones on the first edit, and goes back to them', () => {
    let d = setServiceType(base(), 'w1', 'NodePort');
    d = setServicePort(d, 'w1', 0, 'port', 80);
    d = setServicePort(d, 'w1', 0, 'nodePort', 30080);
    expect(web(d).service).toEqual({
      type: 'NodePort',
      ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }],
    });
    expect(serviceSpecOf(d)).toMatchObject({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] });
    roundTrips(d);
    d = resetServicePorts(d, 'w1');
    expect(web(d).service).toEqual({ type: 'NodePort' });
    expect(serviceSpecOf(d).ports).toEqual([{ name: 'http', port: 3000, targetPort: 'http' }]);
  });

  it('setting a generated value again adds no override', () => {
    expect(setServicePort(base(), 'w1', 0, 'port', 3000)).toBe(base());
  });

  it('reads a numeric target port as a number and drops TCP and empty fields', () => {
    let d = setServicePort(base(), 'w1', 0, 'targetPort', '8080');
    d = setServicePort(d, 'w1', 0, 'protocol', 'UDP');
    expect(web(d).service?.ports).toEqual([{ name: 'http', port: 3000, targetPort: 8080, protocol: 'UDP' }]);
    d = setServicePort(d, 'w1', 0, 'protocol', 'TCP');
    d = setServicePort(d, 'w1', 0, 'name', '');
    expect(web(d).service?.ports).toEqual([{ port: 3000, targetPort: 8080 }]);
  });

  it('adds and removes ports, and leaving NodePort drops the node ports', () => {
    let d = setServiceType(base(), 'w1', 'LoadBalancer');
    d = addServicePort(d, 'w1');
    d = setServicePort(d, 'w1', 1, 'nodePort', 30000);
    expect(web(d).service?.ports?.[1]).toEqual({ name: 'port', port: 80, targetPort: 'http', nodePort: 30000 });
    d = setServiceType(d, 'w1', 'ClusterIP');
    expect(web(d).service).toEqual({
      ports: [
        { name: 'http', port: 3000, targetPort: 'http' },
        { name: 'port', port: 80, targetPort: 'http' },
      ],
    });
    d = removeServicePort(removeServicePort(d, 'w1', 0), 'w1', 0);
    expect(web(d).service).toEqual({ ports: [] });
    expect(objects(d).has('Service/web')).toBe(false);
  });

  it('writes Headless as clusterIP None', () => {
    const d = setServiceType(base(), 'w1', 'Headless');
    expect(serviceSpecOf(d).clusterIP).toBe('None');
    expect(web(setServiceType(d, 'w1', 'ClusterIP')).service).toBeUndefined();
  });
});

describe('YAML fields', () => {
  it('shows a value as YAML and reads it back', () => {
    const value = [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }];
    expect(readYamlField(yamlText(value), 'list')).toEqual({ ok: true, value });
    expect(yamlText(undefined)).toBe('');
    expect(readYamlField('  # nothing\n', 'object')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['a: [', 'object', /^not valid YAML: line 1/],
    ['- a\n', 'object', /^Write a mapping of keys to values \(key: value\); this is a list\.$/],
    ['a: 1\n', 'list', /^Write a list .*; this is a mapping\.$/],
    ['just text', 'object', /this is the string "just text"/],
    ['a: 1\n---\nb: 2\n', 'object', /^Write one YAML document here/],
    ['a: .inf\n', 'object', /^a: write a finite number/],
    ['__proto__: {x: 1}\n', 'object', /"__proto__" is not allowed as a key/],
    ['team: 1\n', 'strings', /^team: values are text; put the number 1 in quotes\.$/],
  ] as const)('refuses %j as %s', (text, shape, error) => {
    const r = readYamlField(text, shape);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('refuses keys Podsmith owns, saying where to edit them', () => {
    expect(readYamlField('containers: []\n', 'object', OWNED_POD_FIELDS)).toEqual({
      ok: false,
      error: 'containers: Podsmith writes this field; they come from the containers of the pod.',
    });
    expect(readYamlField('tolerations: []\n', 'object', OWNED_POD_FIELDS)).toEqual({
      ok: false,
      error: 'tolerations: Podsmith writes this field; edit it in the Pod section.',
    });
    expect(readYamlField('replicas: 2\n', 'object', OWNED_SPEC_FIELDS).ok).toBe(false);
    expect(readYamlField('minReadySeconds: 2\n', 'object', OWNED_SPEC_FIELDS)).toEqual({
      ok: true,
      value: { minReadySeconds: 2 },
    });
  });
});
