import { describe, expect, it } from 'vitest';
import { ECHO } from '../catalog/user/testing/echo';
import { sketchDesign } from '../edit/sketch';
import { restore, restoreJson } from './restore';

const base = () =>
  JSON.parse(
    JSON.stringify(
      sketchDesign({
        name: 'demo',
        workloads: [{ name: 'web', containers: [{ template: 'app-redis' }, { template: 'app-node' }] }],
      }),
    ),
  );

describe('restore', () => {
  it('accepts a design it wrote and returns it unchanged', () => {
    const d = base();
    const r = restore(d);
    expect(r).toEqual({ ok: true, design: d });
  });

  it.each([
    [
      'a wrong param type',
      (d: any) => (d.workloads[0].containers[1].params = { connectsTo: 'x' }),
      'workloads[0].containers[1].params.connectsTo: expected a list of strings, got "x"',
    ],
    [
      'a string where a number belongs',
      (d: any) => (d.workloads[0].containers[0].params = { ports: [{ name: 'r', port: 'abc' }] }),
      'workloads[0].containers[0].params.ports[0].port: expected a number, got "abc"',
    ],
    [
      'an unknown template',
      (d: any) => (d.workloads[0].containers[0].template = 'nope'),
      'workloads[0].containers[0].template: unknown template "nope"',
    ],
    [
      'an unknown parameter',
      (d: any) => (d.workloads[0].containers[0].params = { bogus: 1 }),
      'workloads[0].containers[0].params.bogus: unknown parameter of template "app-redis"',
    ],
    ['a wrong name type', (d: any) => (d.workloads[0].name = 5), 'workloads[0].name: expected a string, got 5'],
    [
      'an unknown role',
      (d: any) => (d.workloads[0].containers[0].role = 'boss'),
      'workloads[0].containers[0].role: expected one of "app", "sidecar", "ambassador", "adapter", got "boss"',
    ],
    ['an unknown field', (d: any) => (d.workloads[0].extra = 1), 'workloads[0]: unknown field "extra"'],
    [
      'a duplicate id',
      (d: any) => (d.workloads[0].containers[1].id = d.workloads[0].containers[0].id),
      'workloads[0].containers[1].id: id "w1c1" is used twice',
    ],
    [
      'a future version',
      (d: any) => (d.schemaVersion = 99),
      'schemaVersion: this design was saved by a newer Podsmith (version 99); this one reads versions up to 4. Update Podsmith to open it.',
    ],
    [
      'no version',
      (d: any) => delete d.schemaVersion,
      'schemaVersion: expected a whole number from 1 to 4, got nothing',
    ],
  ])('refuses %s with the path', (_name, mutate, message) => {
    const d = base();
    mutate(d);
    const r = restore(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(message);
  });

  it('accepts the user templates a design carries, with containers of them, unchanged', () => {
    const d = base();
    d.templates = [ECHO];
    d.workloads[0].containers.push({
      ...d.workloads[0].containers[0],
      id: 'w1c9',
      name: 'echo',
      template: ECHO.id,
      image: ECHO.image,
      params: { port: 6000 },
    });
    expect(restore(d)).toEqual({ ok: true, design: d });
  });

  it.each([
    ['not a list', (d: any) => (d.templates = {}), 'templates: expected a list, got an object'],
    [
      'a template that is not an object',
      (d: any) => (d.templates = [5]),
      'templates[0]: expected a template object, got 5',
    ],
    [
      'a parameter of the wrong type for a user template',
      (d: any) => {
        d.templates = [ECHO];
        d.workloads[0].containers[0] = { ...d.workloads[0].containers[0], template: ECHO.id, params: { port: 'x' } };
      },
      'workloads[0].containers[0].params.port: expected a number, got "x"',
    ],
  ])('refuses %s in templates with the path', (_name, mutate, message) => {
    const d = base();
    mutate(d);
    const r = restore(d);
    expect(r.ok === false && r.errors).toContain(message);
  });

  it('keeps values a user can fix (port 70000, capitals) for validation to report', () => {
    const d = base();
    d.workloads[0].name = 'Web';
    d.workloads[0].containers[0].params = { ports: [{ name: 'redis', port: 70000, localhostOnly: false }] };
    const r = restore(d);
    expect(r.ok).toBe(true);
  });

  it('refuses prototype-pollution keys anywhere', () => {
    const r = restoreJson('{"schemaVersion":1,"name":"x","workloads":[{"__proto__":{"polluted":true}}]}');
    expect(r).toEqual({ ok: false, errors: ['workloads[0].__proto__: "__proto__" is not allowed as a key'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['not JSON', '{nope', /^\(document\): not valid JSON/],
    ['not an object', '[1,2]', /^\(document\): expected a design object, got a list$/],
  ])('refuses %s', (_n, text, re) => {
    const r = restoreJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(re);
  });
});

describe('restore of kept objects (extras)', () => {
  const ingress = () => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } },
    spec: {
      rules: [
        {
          host: 'shop.example.com',
          http: {
            paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }],
          },
        },
      ],
    },
  });
  const withExtras = (...objects: unknown[]) => ({
    ...base(),
    extras: objects.map((object, i) => ({ id: `k${i + 1}`, object })),
  });

  it('keeps an object as it was, however deep it nests', () => {
    const d = withExtras(ingress());
    expect(restore(d)).toEqual({ ok: true, design: d });
  });

  it('gives a design without extras an empty list', () => {
    const { extras: _, ...d } = base();
    const r = restore(d);
    expect(r.ok && r.design.extras).toEqual([]);
  });

  it('returns a copy that shares nothing with the input', () => {
    const d = withExtras(ingress());
    const r = restore(d);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.design.extras[0]?.object).not.toBe(d.extras[0]?.object);
    expect(r.design.extras[0]?.object.spec).not.toBe(d.extras[0]?.object.spec);
  });

  it.each([
    [
      'no apiVersion',
      { kind: 'Ingress', metadata: { name: 'web' } },
      'extras[0].object.apiVersion: expected an API version such as v1 or networking.k8s.io/v1, got nothing',
    ],
    [
      'a bad apiVersion',
      { apiVersion: 'v1/x/y', kind: 'Ingress', metadata: { name: 'web' } },
      'extras[0].object.apiVersion: expected an API version such as v1 or networking.k8s.io/v1, got "v1/x/y"',
    ],
    [
      'no kind',
      { apiVersion: 'v1', metadata: { name: 'web' } },
      'extras[0].object.kind: expected a kind such as Ingress (letters and digits), got nothing',
    ],
    [
      'a kind that is no word',
      { apiVersion: 'v1', kind: '../x', metadata: { name: 'web' } },
      'extras[0].object.kind: expected a kind such as Ingress (letters and digits), got "../x"',
    ],
    [
      'no metadata',
      { apiVersion: 'v1', kind: 'Ingress' },
      'extras[0].object.metadata: expected an object, got nothing',
    ],
    [
      'no name',
      { apiVersion: 'v1', kind: 'Ingress', metadata: {} },
      'extras[0].object.metadata.name: expected a DNS name (lowercase letters, digits, "-" and ".", at most 253), got nothing',
    ],
    [
      'a name that is no DNS name',
      { apiVersion: 'v1', kind: 'Ingress', metadata: { name: 'Web/x' } },
      'extras[0].object.metadata.name: expected a DNS name (lowercase letters, digits, "-" and ".", at most 253), got "Web/x"',
    ],
    [
      'a bad namespace',
      { apiVersion: 'v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'a.b' } },
      'extras[0].object.metadata.namespace: expected a DNS label, got "a.b"',
    ],
    ['a list', ['x'], 'extras[0].object: expected an object, got a list'],
  ])('refuses %s with the path', (_name, object, message) => {
    const r = restore(withExtras(object));
    expect(r).toEqual({ ok: false, errors: [message] });
  });

  it('refuses prototype keys anywhere in a kept object', () => {
    const text = JSON.stringify(withExtras(ingress())).replace(
      'rewrite-target":"/"',
      'rewrite-target":"/","__proto__":{"x":1}',
    );
    const r = restoreJson(text);
    expect(r).toEqual({
      ok: false,
      errors: ['extras[0].object.metadata.annotations.__proto__: "__proto__" is not allowed as a key'],
    });
  });

  it('refuses a value JSON cannot hold', () => {
    const r = restore(withExtras({ ...ingress(), spec: { replicas: Number.NaN } }));
    expect(r).toEqual({ ok: false, errors: ['extras[0].object.spec.replicas: expected a finite number, got NaN'] });
  });

  it('refuses an object larger than a million characters', () => {
    const r = restore(withExtras({ ...ingress(), data: { big: 'x'.repeat(1_000_001) } }));
    expect(r).toEqual({ ok: false, errors: ['extras[0].object: the object is larger than 1,000,000 characters'] });
  });

  it('refuses an object nested deeper than 64', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 70; i++) deep = { a: deep };
    const r = restore(withExtras({ ...ingress(), spec: deep }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^extras\[0\]\.object\.spec(\.a)+: nested (too deeply|more than 64 deep)$/);
  });

  it('refuses an id another element uses', () => {
    const d = withExtras(ingress());
    d.extras[0] = { id: 'w1', object: ingress() };
    expect(restore(d)).toEqual({ ok: false, errors: ['extras[0].id: id "w1" is used twice'] });
  });

  it('refuses unknown fields beside id and object', () => {
    const d = { ...base(), extras: [{ id: 'k1', object: ingress(), note: 1 }] };
    expect(restore(d)).toEqual({ ok: false, errors: ['extras[0]: unknown field "note"'] });
  });
});

describe('restore: the Kubernetes fields of schema 4', () => {
  /** The base design with `edit` applied to a fresh copy. */
  const edited = (edit: (d: ReturnType<typeof base>) => void) => {
    const d = base();
    edit(d);
    return d;
  };

  it('keeps a probe on port 0 for validation to report', () => {
    const d = edited((d) => {
      d.workloads[0].containers[1].kube = { readinessProbe: { httpGet: { path: '/', port: 0 } } };
    });
    expect(restore(d)).toEqual({ ok: true, design: d });
  });

  it('refuses a config file of 10 MB with one error that names the path and the limit', () => {
    const d = edited((d) => {
      d.workloads[0].containers[1].files = [
        { name: 'big.txt', mountPath: '/etc/big.txt', content: 'x'.repeat(10_000_000) },
      ];
    });
    const before = JSON.stringify(d).length;
    expect(restore(d)).toEqual({
      ok: false,
      errors: ['workloads[0].containers[1].files[0].content: too large (at most 1,000,000 characters)'],
    });
    expect(JSON.stringify(d).length).toBe(before);
  });

  it('keeps a mount path with ".." for validation to report', () => {
    const d = edited((d) => {
      d.workloads[0].volumes = [{ name: 'data', emptyDir: {} }];
      d.workloads[0].containers[1].kube = { volumeMounts: [{ name: 'data', mountPath: '/srv/../etc' }] };
    });
    expect(restore(d)).toEqual({ ok: true, design: d });
  });

  it.each([
    ['kube', '"kube":{"env":[{"name":"A","__proto__":{"polluted":true}}]}', 'kube.env[0].__proto__'],
    ['kube.other', '"kube":{"other":{"constructor":{"prototype":{"polluted":true}}}}', 'kube.other.constructor'],
    ['pod', '"pod":{"securityContext":{"__proto__":{"polluted":true}}}', 'pod.securityContext.__proto__'],
    ['volumes', '"volumes":[{"name":"x","__proto__":{"polluted":true}}]', 'volumes[0].__proto__'],
  ])('refuses a prototype key inside %s with its path', (_where, fragment, path) => {
    const text = JSON.stringify(base());
    const at = fragment.startsWith('"kube"') ? '"containers":[{' : '"kind":"Deployment",';
    const owner = fragment.startsWith('"kube"') ? 'workloads[0].containers[0]' : 'workloads[0]';
    const r = restoreJson(text.replace(at, `${at}${fragment},`));
    const key = path.split('.').at(-1);
    expect(r).toEqual({ ok: false, errors: [`${owner}.${path}: "${key}" is not allowed as a key`] });
    expect('polluted' in {}).toBe(false);
  });

  it('refuses Kubernetes fields nested too deeply, naming where', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 500; i++) deep = [deep];
    const r = restore(edited((d) => (d.workloads[0].spec = { strategy: deep })));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(/^workloads\[0\]\.spec\.strategy(\[0\])+: nested too deeply$/);
    }
  });

  it.each([
    [
      'NaN in a probe',
      (d: ReturnType<typeof base>) => {
        d.workloads[0].containers[0].kube = { livenessProbe: { tcpSocket: { port: 6379 }, periodSeconds: Number.NaN } };
      },
      'workloads[0].containers[0].kube.livenessProbe.periodSeconds: expected a finite number, got NaN',
    ],
    [
      'Infinity in a volume',
      (d: ReturnType<typeof base>) => {
        d.workloads[0].volumes = [{ name: 'x', emptyDir: { sizeLimit: Number.POSITIVE_INFINITY } }];
      },
      'workloads[0].volumes[0].emptyDir.sizeLimit: expected a finite number, got Infinity',
    ],
    [
      'a BigInt in a Service port',
      (d: ReturnType<typeof base>) => {
        d.workloads[0].service = { ports: [{ port: 80n }] };
      },
      'workloads[0].service.ports[0].port: expected a JSON value, got 80',
    ],
  ])('refuses a number JSON cannot hold: %s', (_what, edit, error) => {
    expect(restore(edited(edit))).toEqual({ ok: false, errors: [error] });
  });

  it('refuses NaN written in a design file as invalid JSON', () => {
    const text = JSON.stringify(base()).replace(
      '"containers":[{',
      '"containers":[{"kube":{"readinessProbe":{"periodSeconds":NaN}},',
    );
    const r = restoreJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/^\(document\): not valid JSON/)]);
  });
});
