/**
 * Reading the preview's text back: for every example and every file that holds the design, the
 * text as generated reads back as the design itself (same object), and single-line edits typed into
 * the text give the design the same edit made through the form gives; the file regenerated from
 * that design is what was typed, or a notice says why not.
 */
import { describe, expect, it } from 'vitest';
import { templateFor } from '../../catalog/lookup';
import { paramEntries } from '../../catalog/params';
import { addUserFile, setUserFile } from '../../edit/container-fields';
import { setContainerImage, setParam, setWorkloadReplicas } from '../../edit/ops';
import { setTableCell } from '../../edit/template-ops';
import { EXAMPLES, getExample } from '../../examples';
import { generateBundle } from '../../generate/bundle';
import type { Design } from '../../model/design';
import { importYaml } from '../import';
import { editable, readBack } from '.';
import { carryOver } from './carry';

const filesOf = (design: Design) => generateBundle(design).files;
const textOf = (design: Design, path: string) => filesOf(design).find((f) => f.path === path)?.content;

interface Edit {
  readonly example: string;
  readonly path: string;
  readonly what: string;
  readonly from: string;
  readonly to: string;
  readonly form: (d: Design) => Design;
}

/** The design after `text` is typed into `path`; fails the test when it does not read. */
function typed(design: Design, path: string, text: string) {
  const r = readBack(design, path, text);
  if (!r.ok) throw new Error(`${path} did not read back: ${JSON.stringify(r.problems)}`);
  return r;
}

/** `text` with the one line equal to `from` replaced by `to`; undefined if no line or several are. */
function replaceLine(text: string, from: string, to: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.flatMap((l, i) => (l === from ? [i] : []));
  if (at.length !== 1) return undefined;
  lines[at[0] as number] = to;
  return lines.join('\n');
}

/**
 * Edits found in every example's files: each workload's replica count and each container's image
 * tag in its manifest and in all.yaml, and each whole-number parameter written on exactly one line of
 * its container's config file.
 */
function editsOf(example: string, design: Design): Edit[] {
  const edits: Edit[] = [];
  const files = filesOf(design);
  for (const w of design.workloads) {
    for (const f of files.filter((x) => x.path === 'all.yaml' || /^manifests\/(deployment|statefulset)-/.test(x.path)))
      if (f.path === 'all.yaml' || f.path === `manifests/${w.kind.toLowerCase()}-${w.name}.yaml`) {
        const from = `  replicas: ${w.replicas}`;
        const doc = f.content
          .split('\n---\n')
          .find((d) => d.includes(`kind: ${w.kind}\nmetadata:\n  name: ${w.name}\n`));
        if (doc?.split('\n').filter((l) => l === from).length === 1)
          edits.push({
            example,
            path: f.path,
            what: `${w.name} replicas`,
            from,
            to: `  replicas: ${w.replicas + 1}`,
            form: (d) => setWorkloadReplicas(d, w.id, w.replicas + 1),
          });
      }
    for (const c of w.containers) {
      const manifest = `manifests/${w.kind.toLowerCase()}-${w.name}.yaml`;
      const tag = /:([\w.-]+)$/.exec(c.image);
      const text = textOf(design, manifest) ?? '';
      const line = text.split('\n').find((l) => l.trim() === `image: ${c.image}`);
      if (tag && line && text.split('\n').filter((l) => l === line).length === 1) {
        const image = c.image.replace(/:([\w.-]+)$/, ':9.9.9');
        edits.push({
          example,
          path: manifest,
          what: `${c.name} image tag`,
          from: line,
          to: line.replace(c.image, image),
          form: (d) => setContainerImage(d, c.id, image),
        });
      }
      const template = templateFor(design, c.template);
      if (!template) continue;
      for (const config of files.filter((x) => x.path.startsWith('configs/') && x.owners[0] === c.id))
        for (const entry of paramEntries(template, c.params)) {
          if (entry.kind !== 'int') continue;
          const value = entry.value;
          const next = value + 1 <= (entry.spec.max ?? Number.MAX_SAFE_INTEGER) ? value + 1 : value - 1;
          const token = new RegExp(`(?<![\\w.])${value}(?![\\w.])`, 'g');
          const lines = config.content.split('\n').filter((l) => !/^\s*#/.test(l));
          const holding = lines.filter((l) => (l.match(token) ?? []).length > 0);
          const others = paramEntries(template, c.params).filter((e) => e.key !== entry.key && e.value === value);
          if (holding.length !== 1 || (holding[0]?.match(token) ?? []).length !== 1 || others.length > 0) continue;
          const from = holding[0] as string;
          edits.push({
            example,
            path: config.path,
            what: `${c.name} ${entry.key}`,
            from,
            to: from.replace(token, String(next)),
            form: (d) => setParam(d, c.id, entry.key, next),
          });
        }
    }
  }
  return edits;
}

/** Edits a user makes by hand, on lines the automatic list does not reach: a hash, an upstream, a weight. */
const handEdits: Edit[] = (() => {
  const redis = getExample('sharded-redis')?.design;
  const twemproxy = redis?.workloads[0]?.containers.find((c) => c.template === 'twemproxy');
  if (!redis || !twemproxy) throw new Error('the sharded-redis example changed');
  const splitter = (example: string, template: string) => {
    const c = getExample(example)?.design.workloads[0]?.containers.find((x) => x.template === template);
    if (!c) throw new Error(`the ${example} example changed`);
    return c.id;
  };
  const nginx = splitter('request-splitting', 'request-splitter');
  const haproxy = splitter('haproxy-split', 'haproxy');
  return [
    {
      example: 'request-splitting',
      path: 'configs/nginx.conf',
      what: 'a weight',
      from: '        server production:3000 weight=9;  # production',
      to: '        server production:3000 weight=7;  # production',
      form: (d) => setTableCell(d, nginx, 'upstreams', 0, 'weight', 7),
    },
    {
      example: 'request-splitting',
      path: 'configs/nginx.conf',
      what: "an upstream's port",
      from: '        server experiment:3000 weight=1;  # experiment',
      to: '        server experiment:3001 weight=1;  # experiment',
      form: (d) => setTableCell(d, nginx, 'upstreams', 1, 'port', 3001),
    },
    {
      example: 'haproxy-split',
      path: 'configs/haproxy.cfg',
      what: 'a weight',
      from: '    server canary canary:3000 weight 1 cookie canary check',
      to: '    server canary canary:3000 weight 2 cookie canary check',
      form: (d) => setTableCell(d, haproxy, 'upstreams', 1, 'weight', 2),
    },
    {
      example: 'sharded-redis',
      path: 'configs/nutcracker.yaml',
      what: 'twemproxy hash',
      from: '  hash: murmur',
      to: '  hash: fnv1a_64',
      form: (d) => setParam(d, twemproxy.id, 'hash', 'fnv1a_64'),
    },
    {
      example: 'sharded-redis',
      path: 'all.yaml',
      what: 'twemproxy hash through its ConfigMap',
      from: '      hash: murmur',
      to: '      hash: fnv1a_64',
      form: (d) => setParam(d, twemproxy.id, 'hash', 'fnv1a_64'),
    },
  ];
})();

const ALL_EDITS = [...EXAMPLES.flatMap((e) => editsOf(e.name, e.design)), ...handEdits];

describe('readBack', () => {
  it.each(EXAMPLES.map((e) => [e.name, e.design] as const))(
    '%s: every file it can edit reads back as the same design',
    (_name, design) => {
      const files = filesOf(design);
      const paths = files.filter((f) => editable(f.path).editable).map((f) => f.path);
      expect(paths).toContain('all.yaml');
      for (const f of files.filter((x) => editable(x.path).editable)) {
        expect(typed(design, f.path, f.content).design).toBe(design);
        // A text that differs only in blank lines is read, and gives the same design back.
        expect(typed(design, f.path, `${f.content}\n`).design, f.path).toEqual(design);
      }
    },
  );

  it('finds edits in every example, in manifests, all.yaml and config files', () => {
    for (const e of EXAMPLES) expect(ALL_EDITS.filter((x) => x.example === e.name).length, e.name).toBeGreaterThan(1);
    expect(new Set(ALL_EDITS.map((e) => e.path.split('/')[0]))).toEqual(new Set(['all.yaml', 'manifests', 'configs']));
    expect(ALL_EDITS.length).toBeGreaterThan(60);
  });

  it.each(ALL_EDITS.map((e) => [`${e.example} ${e.path} ${e.what}`, e] as const))(
    '%s: the text edit gives the form edit, and regenerates as typed or says why',
    (_label, edit) => {
      const design = getExample(edit.example)?.design as Design;
      const text = replaceLine(textOf(design, edit.path) ?? '', edit.from, edit.to);
      expect(text, `one line "${edit.from}" in ${edit.path}`).toBeDefined();
      const r = typed(design, edit.path, text as string);
      const viaForm = edit.form(design);
      expect(r.design).toEqual(viaForm);
      // What did not change keeps its identity: the canvas and the caches see one edit.
      r.design.workloads.forEach((w, i) => {
        if (JSON.stringify(w) === JSON.stringify(design.workloads[i])) expect(w).toBe(design.workloads[i]);
      });
      const regenerated = textOf(r.design, edit.path);
      if (regenerated !== text) expect(r.notices.length, `${edit.path} regenerated differs`).toBeGreaterThan(0);
    },
  );

  it.each(
    ALL_EDITS.filter((e) => !e.path.startsWith('configs/')).map(
      (e) => [`${e.example} ${e.path} ${e.what}`, e] as const,
    ),
  )('%s: reading only the workloads the edit touches gives what reading the whole bundle gives', (_label, edit) => {
    const design = getExample(edit.example)?.design as Design;
    const original = textOf(design, edit.path) as string;
    const text = replaceLine(original, edit.from, edit.to) as string;
    const whole = (textOf(design, 'all.yaml') as string).replace(original, text);
    const full = importYaml(whole);
    if (!full.ok) throw new Error(full.errors.join('\n'));
    expect(typed(design, edit.path, text).design).toEqual(carryOver(design, full.design));
  });

  it("a config file the user wrote is read back as its text, into the container's files", () => {
    const example = getExample('sharded-redis')?.design as Design;
    const app = example.workloads[0]?.containers[0];
    if (!app) throw new Error('the sharded-redis example changed');
    const file = { name: 'envoy.yaml', mountPath: '/etc/envoy/envoy.yaml', content: 'admin:\n  address: 127.0.0.1\n' };
    const design = addUserFile(example, app.id, file);
    const path = filesOf(design).find((f) => f.path.endsWith('envoy.yaml'))?.path as string;
    const r = typed(design, path, 'admin:\n  address: 0.0.0.0\n');
    expect(r.design).toEqual(setUserFile(design, app.id, 0, { content: 'admin:\n  address: 0.0.0.0\n' }));
    expect(r.notices).toEqual([]);
  });

  it('says where a text does not parse, by line and column', () => {
    const design = getExample('sharded-redis')?.design as Design;
    const all = textOf(design, 'all.yaml') as string;
    const line = all.split('\n').indexOf('  replicas: 2') + 1;
    const r = readBack(design, 'all.yaml', all.replace('  replicas: 2', '  replicas: [2'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.line).toBeGreaterThanOrEqual(line);
    expect(r.problems[0]?.line).toBeLessThanOrEqual(line + 1);
    const config = readBack(design, 'configs/nutcracker.yaml', 'redis:\n  listen: [\n');
    expect(config.ok).toBe(false);
    if (!config.ok) expect(config.problems[0]?.line).toBeGreaterThan(1);
    const json = readBack(design, 'design.json', '{\n  "schemaVersion": 4,\n  oops\n}');
    expect(json.ok).toBe(false);
    if (!json.ok) expect(json.problems[0]?.line).toBe(3);
  });

  it('refuses a document that is not a Kubernetes object at its line, and files written from others', () => {
    const design = getExample('sharded-redis')?.design as Design;
    const all = textOf(design, 'all.yaml') as string;
    const r = readBack(design, 'all.yaml', `${all}---\njust: text\n`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.line).toBe(all.split('\n').length + 1);
    for (const path of ['kustomization.yaml', 'README.md']) {
      expect(editable(path).editable).toBe(false);
      const refused = readBack(design, path, 'x');
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.problems[0]?.message).toMatch(/edit/);
    }
  });

  it('a removed object removes its workload, a new one adds a workload with new ids below the others', () => {
    const design = getExample('sharded-redis')?.design as Design;
    const all = textOf(design, 'all.yaml') as string;
    const deployment = all.split('---\n').find((d) => d.startsWith('apiVersion: apps/v1\nkind: Deployment')) as string;
    const copy = deployment.replaceAll('name: web', 'name: api').replaceAll('web-twemproxy', 'api-twemproxy');
    const configMap = all
      .split('---\n')[0]
      ?.replaceAll('web-twemproxy', 'api-twemproxy')
      .replaceAll('name: web', 'name: api');
    const r = typed(design, 'all.yaml', `${all}---\n${configMap}---\n${copy}`);
    const added = r.design.workloads.find((w) => w.name === 'api');
    expect(added).toBeDefined();
    const oldIds = new Set(design.workloads.flatMap((w) => [w.id, ...w.containers.map((c) => c.id)]));
    expect(added && [added.id, ...added.containers.map((c) => c.id)].some((id) => oldIds.has(id))).toBe(false);
    const lowest = Math.max(...design.workloads.map((w) => w.layout.y + w.layout.height));
    expect(added?.layout.y).toBeGreaterThan(lowest);
    expect(r.design.workloads.filter((w) => w.name !== 'api')).toEqual(design.workloads);
  });

  it('design.json is restored as written', () => {
    const design = getExample('sharded-redis')?.design as Design;
    const json = textOf(design, 'design.json') as string;
    const r = typed(design, 'design.json', json.replace('"replicas": 2', '"replicas": 5'));
    expect(r.design.workloads[0]?.replicas).toBe(5);
  });
});
