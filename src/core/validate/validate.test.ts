/** Every generic rule of rules.ts, cited by id: a design that breaks it, and the same design fixed. */
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../contracts/rules';
import { sketchDesign } from '../edit/sketch';
import type { Design, Workload } from '../model/design';
import { validate } from '.';

const base = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      {
        name: 'web',
        containers: [{ template: 'app-node', params: { connectsTo: [] } }, { template: 'app-redis' }],
      },
    ],
    externals: [{ name: 'prometheus', kind: 'prometheus', address: 'prometheus:9090' }],
    links: [{ from: 'web/web', to: 'web/redis', kind: 'traffic' }],
  });

type Mutation = (d: Design) => Design;
const onWorkload =
  (f: (w: Workload) => Workload): Mutation =>
  (d) => ({ ...d, workloads: d.workloads.map((w, i) => (i === 0 ? f(w) : w)) });
const onContainer = (ci: number, f: (c: Workload['containers'][number]) => Workload['containers'][number]): Mutation =>
  onWorkload((w) => ({ ...w, containers: w.containers.map((c, i) => (i === ci ? f(c) : c)) }));

const rulesOf = (d: Design) => validate(d).map((x) => x.rule);

describe('the base design is clean', () => {
  it('has no diagnostics', () => expect(validate(base())).toEqual([]));
});

describe.each<[RuleId, string, Mutation, string | RegExp]>([
  [
    'PS001',
    'a design name with capitals',
    (d) => ({ ...d, name: 'Shop' }),
    'Design name "Shop" is not a DNS-1123 label.',
  ],
  [
    'PS001',
    'a namespace with "_"',
    (d) => ({ ...d, namespace: 'my_ns' }),
    'Namespace "my_ns" is not a DNS-1123 label.',
  ],
  [
    'PS001',
    'a workload name starting with a digit',
    onWorkload((w) => ({ ...w, name: '1web' })),
    'Workload name "1web" is not a valid name (it also names the Service).',
  ],
  [
    'PS001',
    'a container name with capitals',
    onContainer(0, (c) => ({ ...c, name: 'Web' })),
    'Container name "Web" is not a DNS-1123 label.',
  ],
  [
    'PS002',
    'a port name longer than 15',
    onContainer(1, (c) => ({
      ...c,
      params: { ports: [{ name: 'a-very-long-port-name', port: 6379, localhostOnly: false }] },
    })),
    'Port name "a-very-long-port-name" of redis is not an IANA service name.',
  ],
  [
    'PS004',
    'two containers on one port',
    onContainer(1, (c) => ({ ...c, params: { ports: [{ name: 'redis', port: 3000, localhostOnly: false }] } })),
    'redis and web both listen on port 3000; containers of a pod share one network namespace.',
  ],
  [
    'PS005',
    'an app target nobody serves',
    onContainer(0, (c) => ({ ...c, params: { connectsTo: ['localhost:11211'] } })),
    'web connects to localhost:11211, but no container of web listens on port 11211.',
  ],
  [
    'PS007',
    'a dangling link',
    (d) => ({ ...d, links: [{ id: 'l9', from: 'w1c1', to: 'gone', kind: 'traffic' }] }),
    'A traffic link points to "gone", which is not in the design.',
  ],
  [
    'PS008',
    'a link weight of 0',
    (d) => ({ ...d, links: [{ id: 'l9', from: 'w1c1', to: 'w1c2', kind: 'traffic', weight: 0 }] }),
    'Link weight 0 is below 1.',
  ],
  [
    'PS009',
    'a port of 70000',
    onContainer(1, (c) => ({ ...c, params: { ports: [{ name: 'redis', port: 70000, localhostOnly: false }] } })),
    'redis: port 1 Port 70000 must be between 1 and 65535.',
  ],
  [
    'PS010',
    'an env name with a space',
    onContainer(0, (c) => ({ ...c, params: { env: [{ name: 'BAD NAME', value: 'x', secret: '' }] } })),
    /^web: variable 1 Name "BAD NAME" must be letters, digits and "_"/,
  ],
  [
    'PS011',
    'an image without a tag',
    onContainer(1, (c) => ({ ...c, image: 'redis' })),
    'Image "redis" is not pinned to a version.',
  ],
  [
    'PS011',
    'an image tagged latest',
    onContainer(1, (c) => ({ ...c, image: 'redis:latest' })),
    'Image "redis:latest" is not pinned to a version.',
  ],
  [
    'PS012',
    'no resource requests',
    onContainer(1, (c) => ({ ...c, resources: {} })),
    'Container "redis" does not request CPU and memory.',
  ],
  [
    'PS013',
    'two containers with one name',
    onContainer(1, (c) => ({ ...c, name: 'web' })),
    'Two containers of web are named "web".',
  ],
  [
    'PS013',
    'two workloads with one name',
    (d) => ({ ...d, workloads: [...d.workloads, { ...(d.workloads[0] as Workload), id: 'w9', containers: [] }] }),
    'Two workloads are named "web".',
  ],
  [
    'PS014',
    'a Pod with 3 replicas',
    onWorkload((w) => ({ ...w, kind: 'Pod', replicas: 3 })),
    'A Pod runs exactly one replica, not 3.',
  ],
  [
    'PS014',
    'negative replicas',
    onWorkload((w) => ({ ...w, replicas: -1 })),
    'Replicas -1 is not a whole number from 0 to 10000.',
  ],
  [
    'PS015',
    'a label with a space',
    onWorkload((w) => ({ ...w, labels: { tier: 'front end' } })),
    'Label value "front end" of "tier" is not a valid label value.',
  ],
  [
    'PS016',
    'an app template in a sidecar role',
    onContainer(1, (c) => ({ ...c, role: 'sidecar' })),
    'Container "redis" is a sidecar but its template "Redis" is a app.',
  ],
  [
    'PS016',
    'an unknown template',
    onContainer(1, (c) => ({ ...c, template: 'gone' })),
    'Container "redis" uses the unknown template "gone".',
  ],
  [
    'PS017',
    'a pod with no app',
    (d) => sketchDesign({ name: d.name, workloads: [{ name: 'solo', containers: [{ template: 'log-to-stdout' }] }] }),
    'solo has no app container; its container has nothing to serve.',
  ],
  [
    'PS018',
    'a bad quantity',
    onContainer(1, (c) => ({ ...c, resources: { requests: { cpu: 'lots', memory: '64Mi' } } })),
    'requests.cpu "lots" is not a resource quantity.',
  ],
  [
    'PS019',
    'an image with spaces',
    onContainer(1, (c) => ({ ...c, image: 'my image:1' })),
    'Image "my image:1" is not a valid image reference.',
  ],
  [
    'PS022',
    'a StatefulSet name over 52',
    onWorkload((w) => ({ ...w, kind: 'StatefulSet', name: `s${'a'.repeat(55)}` })),
    /^StatefulSet name "sa+" is longer than 52 characters/,
  ],
])('%s: %s', (rule, _what, mutate, message) => {
  it('is reported with its message, a fix and a target', () => {
    const found = validate(mutate(base())).filter((d) => d.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    const texts = found.map((d) => d.message);
    if (typeof message === 'string') expect(texts).toContain(message);
    else expect(texts.some((t) => message.test(t))).toBe(true);
    for (const d of found) expect(d.fix.length).toBeGreaterThan(10);
  });
  it('is not reported on the base design', () => expect(rulesOf(base())).not.toContain(rule));
});

describe('PS006 (reader shares a volume with a writer)', () => {
  it('is reported when the adapter has no app to read from', () => {
    const d = sketchDesign({ name: 'x', workloads: [{ name: 'logs', containers: [{ template: 'log-to-stdout' }] }] });
    expect(rulesOf(d)).toContain('PS006');
  });
  it('is not reported when an app shares the pod', () => {
    const d = sketchDesign({
      name: 'x',
      workloads: [{ name: 'logs', containers: [{ template: 'app-generic' }, { template: 'log-to-stdout' }] }],
    });
    expect(rulesOf(d)).not.toContain('PS006');
  });
});

describe('PS003 (port range)', () => {
  it('is reported for a port from a template outside 1-65535 when no bound already caught it', () => {
    const d = onContainer(1, (c) => ({ ...c, params: { ports: [{ name: 'redis', port: 0, localhostOnly: false }] } }))(
      base(),
    );
    const rules = rulesOf(d);
    expect(rules).toContain('PS009');
    expect(rules).not.toContain('PS003');
  });
});
