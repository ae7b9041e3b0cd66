/**
 * For any values a user can type into a user template's parameters, nothing throws, and every
 * config file that is written keeps the structure its template gave it; a value that would break it
 * is refused (PS210) and its file is left out.
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addWorkload, emptyDesign, setParam } from '../../edit/ops';
import { addContainer } from '../../edit/template-ops';
import { putUserTemplate } from '../../edit/templates';
import { parseFluentConfig } from '../../format/fluentd/testing/parse';
import { readNginxConf } from '../../format/nginx/parse';
import { generateBundle } from '../../generate/bundle';
import type { ParamValue } from '../../model/design';
import { validate } from '../../validate';
import { EVERY_KIND } from './testing/echo';

const text = fc.oneof(fc.string(), fc.constantFrom('x; deny all', 'a\nb: 1', '} server {', '#{`id`}', '"', "'", ''));
const values = fc.record({
  host: text,
  port: fc.oneof(fc.integer({ min: 1, max: 65535 }), fc.integer()),
  gzip: fc.boolean(),
  level: fc.oneof(fc.constantFrom('debug', 'info', 'warn'), text),
  names: fc.array(text, { maxLength: 4 }),
});

describe('[PS210] any values in a user template', () => {
  it('never throw, and every file written keeps its structure', () => {
    fc.assert(
      fc.property(values, (v) => {
        let d = addWorkload(putUserTemplate(emptyDesign('p'), EVERY_KIND), { name: 'pod' });
        d = addContainer(d, d.workloads[0]?.id ?? '', EVERY_KIND.id);
        const id = d.workloads[0]?.containers[0]?.id ?? '';
        for (const [k, value] of Object.entries(v)) d = setParam(d, id, k, value as ParamValue);
        const diags = validate(d);
        const files = new Map(generateBundle(d).files.map((f) => [f.path, f.content]));
        const refused = new Set(
          diags.filter((x) => x.rule === 'PS210').map((x) => x.message.match(/ of (\S+)\), so/)?.[1]),
        );
        for (const name of ['proxy.conf', 'every.yaml', 'fluent.conf', 'notes.txt'])
          expect(files.has(`configs/${name}`)).toBe(!refused.has(name));
        const nginx = files.get('configs/proxy.conf');
        if (nginx !== undefined) {
          const r = readNginxConf(nginx);
          expect(r.ok && r.nodes.map((n) => n.name)).toEqual(['server']);
          const server = r.ok ? r.nodes[0] : undefined;
          expect(server?.kind === 'block' && server.children.map((n) => n.name)).toEqual([
            'listen',
            'server_name',
            'gzip',
            'location',
          ]);
        }
        const yaml = files.get('configs/every.yaml');
        if (yaml !== undefined) expect(Object.keys(load(yaml) as object)).toEqual(['backends', 'level']);
        const fluent = files.get('configs/fluent.conf');
        if (fluent !== undefined) {
          const parsed = parseFluentConfig(fluent);
          expect(parsed.embeddedCode).toEqual([]);
          expect(parsed.root.elements.map((e) => e.name)).toEqual(['match']);
          expect(parsed.root.elements[0]?.params.map(([k]) => k)).toEqual(['@type', 'tag']);
        }
        const notes = files.get('configs/notes.txt');
        if (notes !== undefined) expect(notes.split('\n')).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });
});
