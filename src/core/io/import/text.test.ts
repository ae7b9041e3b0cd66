import { describe, expect, it } from 'vitest';
import { ECHO } from '../../catalog/user/testing/echo';
import { addContainer } from '../../edit/template-ops';
import { putUserTemplate } from '../../edit/templates';
import { getExample } from '../../examples';
import { generateBundle } from '../../generate/bundle';
import type { Design } from '../../model/design';
import { importText } from './text';

const design = getExample('tee')?.design as Design;

describe('importText', () => {
  it('restores a design.json as it is', () => {
    expect(importText(JSON.stringify(design, null, 2))).toEqual({ ok: true, format: 'design', design, notices: [] });
  });

  it('restores a design.json with the user templates it carries', () => {
    const withEcho = addContainer(putUserTemplate(design, ECHO), design.workloads[0]?.id ?? '', ECHO.id);
    expect(importText(JSON.stringify(withEcho, null, 2))).toEqual({
      ok: true,
      format: 'design',
      design: withEcho,
      notices: [],
    });
  });

  it('refuses a design of a future version with restore’s message', () => {
    expect(importText(JSON.stringify({ ...design, schemaVersion: 7 }))).toEqual({
      ok: false,
      errors: [
        'schemaVersion: this design was saved by a newer Podsmith (version 7); this one reads versions up to 4. Update Podsmith to open it.',
      ],
    });
  });

  it('names the path of a broken design', () => {
    const broken = JSON.parse(JSON.stringify(design));
    broken.workloads[0].replicas = 'two';
    expect(importText(JSON.stringify(broken))).toEqual({
      ok: false,
      errors: ['workloads[0].replicas: expected a number, got "two"'],
    });
  });

  it('reads manifests, in YAML or in JSON', () => {
    const yaml = generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
    const fromYaml = importText(yaml);
    expect(fromYaml.ok && fromYaml.format).toBe('manifests');
    expect(fromYaml.ok && fromYaml.design.workloads.map((w) => w.name)).toEqual(['frontend', 'production', 'shadow']);
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'redis:7.2.5' }] },
    };
    const fromJson = importText(JSON.stringify(pod));
    expect(fromJson.ok && fromJson.design.workloads[0]?.containers[0]?.template).toBe('app-redis');
  });

  it('says what is wrong with text that is neither', () => {
    expect(importText('{"a": ')).toEqual({
      ok: false,
      errors: ['not valid YAML: line 1, column 7: unexpected end of the stream within a flow collection'],
    });
  });
});
