import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { EXAMPLES } from '../examples';
import { designObjects } from '../generate/bundle';
import type { Design, JsonMap } from '../model/design';
import { PROBE_KINDS } from '../model/kube';
import { render } from '../render';
import {
  addKubeRow,
  addUserFile,
  applyRestrictedProfile,
  envSourceOf,
  fieldsYaml,
  handlerOf,
  parseFieldsYaml,
  portValue,
  proposedFields,
  removeKubeRow,
  removeUserFile,
  renameUserFile,
  restrictedSecurityContext,
  setImagePullPolicy,
  setKubeField,
  setKubeRow,
  setLifecycle,
  setOtherFields,
  setProbe,
  setSecurityContext,
  setUserFile,
  setWorkingDir,
  valueAt,
  volumeNamesOf,
  withEnvSource,
  withHandler,
  withPath,
} from './container-fields';
import { findContainer } from './ops';
import { sketchDesign } from './sketch';

const pod = () =>
  sketchDesign({
    name: 'shop',
    workloads: [{ name: 'web', containers: [{ template: 'app-node' }, { template: 'varnish' }] }],
  });
const kubeOf = (d: ReturnType<typeof pod>, id = 'w1c1') => findContainer(d, id)?.container.kube;
const manifest = (d: ReturnType<typeof pod>) =>
  render(d).bundle.files.find((f) => f.path === 'manifests/deployment-web.yaml')?.content ?? '';

describe('kube fields', () => {
  it('sets a field, returns the same design when it is already so, and drops kube when emptied', () => {
    const d = pod();
    const a = setImagePullPolicy(d, 'w1c1', 'Always');
    expect(kubeOf(a)).toEqual({ imagePullPolicy: 'Always' });
    expect(setImagePullPolicy(a, 'w1c1', 'Always')).toBe(a);
    const b = setImagePullPolicy(a, 'w1c1', undefined);
    expect(findContainer(b, 'w1c1')?.container).not.toHaveProperty('kube');
    expect(setImagePullPolicy(d, 'nope', 'Always')).toBe(d);
  });

  it('keeps the other containers and workloads as the same objects', () => {
    const d = pod();
    const next = setWorkingDir(d, 'w1c1', '/srv');
    expect(findContainer(next, 'w1c2')?.container).toBe(findContainer(d, 'w1c2')?.container);
    expect(kubeOf(next)?.workingDir).toBe('/srv');
    expect(kubeOf(setWorkingDir(next, 'w1c1', ''))).toBeUndefined();
  });

  it('a probe set by the user reaches the manifest; null removes what the template proposes', () => {
    const d = setProbe(pod(), 'w1c1', 'readinessProbe', { httpGet: { path: '/healthz', port: 3000 } });
    expect(manifest(d)).toMatch(/readinessProbe:\n\s+httpGet:\n\s+path: \/healthz\n\s+port: 3000/);
    expect(manifest(pod())).toMatch(/readinessProbe:\n\s+tcpSocket/); // varnish proposes one
    const none = setProbe(pod(), 'w1c2', 'readinessProbe', null);
    expect(kubeOf(none, 'w1c2')).toEqual({ readinessProbe: null });
    expect(manifest(none)).not.toMatch(/readinessProbe/);
    expect(kubeOf(setProbe(none, 'w1c2', 'readinessProbe', undefined), 'w1c2')).toBeUndefined();
  });

  it('lifecycle and other fields are removed when emptied', () => {
    const d = setLifecycle(pod(), 'w1c1', { preStop: { exec: { command: ['sleep', '5'] } } });
    expect(manifest(d)).toMatch(/lifecycle:\n\s+preStop:/);
    expect(kubeOf(setLifecycle(d, 'w1c1', {}))).toBeUndefined();
    const o = setOtherFields(pod(), 'w1c1', { tty: true });
    expect(manifest(o)).toMatch(/tty: true/);
    expect(kubeOf(setOtherFields(o, 'w1c1', {}))).toBeUndefined();
  });

  it('rows of env, envFrom and volumeMounts are added, replaced and removed by index', () => {
    let d = addKubeRow(pod(), 'w1c1', 'env', { name: 'A', value: '1' });
    d = addKubeRow(d, 'w1c1', 'env', { name: 'B', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } });
    expect(kubeOf(d)?.env).toHaveLength(2);
    d = setKubeRow(d, 'w1c1', 'env', 0, { name: 'A', value: '2' });
    expect(kubeOf(d)?.env?.[0]).toEqual({ name: 'A', value: '2' });
    expect(setKubeRow(d, 'w1c1', 'env', 5, { name: 'X' })).toBe(d);
    expect(manifest(d)).toMatch(/name: B\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: s\n\s+key: k/);
    d = removeKubeRow(d, 'w1c1', 'env', 0);
    expect(kubeOf(d)?.env).toEqual([{ name: 'B', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }]);
    expect(kubeOf(removeKubeRow(d, 'w1c1', 'env', 0))).toBeUndefined();
    const m = addKubeRow(pod(), 'w1c1', 'volumeMounts', { name: 'data', mountPath: '/data' });
    expect(kubeOf(m)?.volumeMounts).toEqual([{ name: 'data', mountPath: '/data' }]);
  });

  it('setKubeField compares values, not objects', () => {
    const d = setKubeField(pod(), 'w1c1', 'envFrom', [{ configMapRef: { name: 'cfg' } }]);
    expect(setKubeField(d, 'w1c1', 'envFrom', [{ configMapRef: { name: 'cfg' } }])).toBe(d);
  });
});

describe('config files', () => {
  it('adds a file with a free name mounted under the container, edits and removes it', () => {
    let d = addUserFile(pod(), 'w1c1');
    d = addUserFile(d, 'w1c1');
    const files = findContainer(d, 'w1c1')?.container.files;
    expect(files?.map((f) => [f.name, f.mountPath])).toEqual([
      ['config.yaml', '/etc/web/config.yaml'],
      ['config-2.yaml', '/etc/web/config-2.yaml'],
    ]);
    d = setUserFile(d, 'w1c1', 1, { name: 'envoy.yaml', mountPath: '/etc/envoy/envoy.yaml', content: 'admin: {}\n' });
    expect(setUserFile(d, 'w1c1', 1, { content: 'admin: {}\n' })).toBe(d);
    const files2 = render(d).bundle.files;
    expect(files2.find((f) => f.path === 'configs/envoy.yaml')?.content).toBe('admin: {}\n');
    expect(manifest(d)).toMatch(/mountPath: \/etc\/envoy\/envoy.yaml\n\s+subPath: envoy.yaml/);
    d = removeUserFile(removeUserFile(d, 'w1c1', 0), 'w1c1', 0);
    expect(findContainer(d, 'w1c1')?.container).not.toHaveProperty('files');
  });
});

describe('renaming a config file', () => {
  it('moves a mount path that ends with the old name, and leaves another alone', () => {
    const d = addUserFile(pod(), 'w1c1');
    const r = renameUserFile(d, 'w1c1', 0, 'envoy.yaml');
    expect(findContainer(r, 'w1c1')?.container.files?.[0]).toMatchObject({
      name: 'envoy.yaml',
      mountPath: '/etc/web/envoy.yaml',
    });
    const own = setUserFile(d, 'w1c1', 0, { mountPath: '/srv/app.yaml' });
    expect(findContainer(renameUserFile(own, 'w1c1', 0, 'x.yaml'), 'w1c1')?.container.files?.[0]?.mountPath).toBe(
      '/srv/app.yaml',
    );
    expect(renameUserFile(d, 'w1c1', 3, 'x')).toBe(d);
  });
});

describe('what the template proposes', () => {
  it('reads the template probe in Kubernetes shape and the restricted preset', () => {
    const d = pod();
    const varnish = proposedFields(d, 'w1', 'w1c2');
    expect(handlerOf(varnish.readinessProbe)).toBe('tcpSocket');
    expect(proposedFields(d, 'w1', 'w1c1').readinessProbe).toBeUndefined();
    expect(proposedFields(d, 'w9', 'w1c1')).toEqual({});
  });

  it('the restricted profile holds the Pod Security Standards fields and reaches the manifest', () => {
    expect(restrictedSecurityContext()).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    const d = applyRestrictedProfile(pod(), 'w1c1');
    expect(kubeOf(d)?.securityContext).toEqual(restrictedSecurityContext());
    expect(manifest(d)).toMatch(
      /securityContext:\n\s+allowPrivilegeEscalation: false\n\s+capabilities:\n\s+drop:\n\s+- ALL\n\s+readOnlyRootFilesystem: true\n\s+runAsNonRoot: true\n\s+seccompProfile:\n\s+type: RuntimeDefault\n/,
    );
    expect(kubeOf(setSecurityContext(d, 'w1c1', undefined))).toBeUndefined();
  });
});

describe('shaping values', () => {
  it('withPath sets and removes nested values, dropping emptied objects', () => {
    const p = withPath({ httpGet: { port: 80 } }, ['httpGet', 'path'], '/healthz');
    expect(p).toEqual({ httpGet: { port: 80, path: '/healthz' } });
    expect(withPath({ capabilities: { drop: ['ALL'] } }, ['capabilities', 'drop'], undefined)).toEqual({});
    expect(withPath({}, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
    expect(valueAt(p, ['httpGet', 'path'])).toBe('/healthz');
    expect(valueAt(p, ['exec', 'command'])).toBeUndefined();
    expect(valueAt(null, ['x'])).toBeUndefined();
  });

  it('withHandler swaps the check and keeps the timing fields', () => {
    expect(withHandler({ tcpSocket: { port: 80 }, periodSeconds: 5 }, 'httpGet', 'http')).toEqual({
      httpGet: { path: '/', port: 'http' },
      periodSeconds: 5,
    });
    expect(withHandler({ httpGet: { path: '/' } }, 'exec', 80)).toEqual({ exec: { command: [] } });
    expect(handlerOf({ grpc: { port: 9000 } })).toBe('grpc');
    expect(handlerOf(null)).toBeUndefined();
  });

  it('portValue reads a number or a name', () => {
    expect(portValue(' 8080 ')).toBe(8080);
    expect(portValue('http')).toBe('http');
  });

  it.each([
    [{ name: 'A', value: 'x' }, 'value'],
    [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }, 'secret'],
    [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } }, 'configMap'],
    [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }, 'other'],
  ] as const)('envSourceOf(%j) is %s', (row, source) => {
    expect(envSourceOf(row)).toBe(source);
  });

  it('withEnvSource keeps the name and carries the reference between Secret and ConfigMap', () => {
    const secret = { name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } };
    expect(withEnvSource(secret, 'configMap')).toEqual({
      name: 'A',
      valueFrom: { configMapKeyRef: { name: 's', key: 'k' } },
    });
    expect(withEnvSource(secret, 'value')).toEqual({ name: 'A', value: '' });
    expect(withEnvSource({ name: 'B', value: 'x' }, 'secret')).toEqual({
      name: 'B',
      valueFrom: { secretKeyRef: { name: '', key: '' } },
    });
    expect(withEnvSource(secret, 'secret')).toBe(secret);
  });
});

/** The container objects of a design's pods, by container name within each workload. */
function writtenContainers(design: Design): Map<string, JsonMap> {
  const out = new Map<string, JsonMap>();
  for (const { object } of designObjects(analyze(design))) {
    const spec = object.spec as JsonMap | undefined;
    const template = (spec?.template as JsonMap | undefined)?.spec as JsonMap | undefined;
    const pod = object.kind === 'Pod' ? spec : template;
    if (!pod) continue;
    for (const c of [...((pod.initContainers as JsonMap[]) ?? []), ...((pod.containers as JsonMap[]) ?? [])])
      out.set(`${object.metadata.name}/${c.name}`, c);
  }
  return out;
}

describe('what is proposed is what the generator writes', () => {
  const withSidecars = (d: Design, nativeSidecars: boolean): Design => ({
    ...d,
    workloads: d.workloads.map((w) => ({ ...w, nativeSidecars })),
  });
  const designs = EXAMPLES.flatMap((e) => [
    [`${e.name} with plain sidecars`, withSidecars(e.design, false)] as const,
    [`${e.name} with native sidecars`, withSidecars(e.design, true)] as const,
  ]);
  it.each(designs)('%s', (_, design) => {
    const written = writtenContainers(design);
    let compared = 0;
    for (const w of design.workloads)
      for (const c of w.containers) {
        const object = written.get(`${w.name}/${c.name}`);
        if (!object || c.kube) continue;
        const proposed = proposedFields(design, w.id, c.id);
        for (const kind of PROBE_KINDS) expect(object[kind], `${w.name}/${c.name} ${kind}`).toEqual(proposed[kind]);
        expect(object.securityContext, `${w.name}/${c.name}`).toEqual(proposed.securityContext);
        compared++;
      }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('volumes and other fields', () => {
  it('lists the generated volumes, then the workload own', () => {
    const d = pod();
    expect(volumeNamesOf(d, 'w1')).toEqual(['varnish-config']);
    const withOwn = {
      ...d,
      workloads: d.workloads.map((w) => ({ ...w, volumes: [{ name: 'data', emptyDir: {} }] })),
    };
    expect(volumeNamesOf(withOwn, 'w1')).toEqual(['varnish-config', 'data']);
    expect(volumeNamesOf(d, 'nope')).toEqual([]);
  });

  it('reads other fields from YAML and writes them back', () => {
    const r = parseFieldsYaml('tty: true\nterminationMessagePolicy: FallbackToLogsOnError\n');
    expect(r).toEqual({ ok: true, value: { tty: true, terminationMessagePolicy: 'FallbackToLogsOnError' } });
    if (r.ok) expect(parseFieldsYaml(fieldsYaml(r.value))).toEqual(r);
    expect(parseFieldsYaml('  ')).toEqual({ ok: true, value: {} });
    expect(fieldsYaml({})).toBe('');
  });

  it.each([
    ['tty: [1', /not valid YAML/],
    ['- a\n- b\n', /mapping/],
    ['just text', /mapping/],
    ['__proto__: {}\n', /__proto__/],
    ['image: nginx\n', /image: Podsmith writes this field; set it in the Container section/],
    ['readinessProbe: {}\n', /Probes section/],
  ])('refuses %j', (text, why) => {
    const r = parseFieldsYaml(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
});
