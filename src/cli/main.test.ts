import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../test/support/cli';
import { EXAMPLES, getExample } from '../core';
import { ECHO } from '../core/catalog/user/testing/echo';
import { addWorkload, emptyDesign, setParam } from '../core/edit/ops';
import { addContainer } from '../core/edit/template-ops';
import { putUserTemplate } from '../core/edit/templates';
import { main } from './main';

const exampleJson = (name: string) => JSON.stringify(getExample(name)?.design);

/** A design carrying the echo user template, with one container of it (its root value set to `greeting`). */
function userTemplateJson(greeting: string): string {
  let d = addWorkload(putUserTemplate(emptyDesign('echo'), ECHO), { name: 'web' });
  d = addContainer(d, d.workloads[0]?.id ?? '', ECHO.id);
  return JSON.stringify(setParam(d, d.workloads[0]?.containers[0]?.id ?? '', 'greeting', greeting));
}

describe('podsmith CLI', () => {
  it('lists every example, NAME first, one a line', async () => {
    const m = memoryIO();
    expect(await main(['examples'], m.io)).toBe(0);
    const lines = m.out().trimEnd().split('\n');
    expect(lines).toHaveLength(EXAMPLES.length);
    for (const [i, e] of EXAMPLES.entries()) expect(lines[i]?.split(/\s+/)[0]).toBe(e.name);
  });

  it('prints one example as JSON that restores to the same design', async () => {
    const m = memoryIO();
    expect(await main(['example', 'sharded-redis'], m.io)).toBe(0);
    expect(JSON.parse(m.out())).toEqual(getExample('sharded-redis')?.design);
  });

  it.each([
    [['example', 'nope'], 'podsmith example: unknown example "nope" (see podsmith examples)\n'],
    [['validate', 'missing.json'], 'podsmith validate: missing.json: no such file\n'],
    [['validate', 'bad.json'], 'podsmith validate: bad.json: (document): not valid JSON'],
    [['validate', 'schema.json'], 'podsmith validate: schema.json: workloads[0].name: expected a string, got 5\n'],
    [
      ['validate', 'template.json'],
      'podsmith validate: template.json: workloads[0].containers[0].template: unknown template "nope"\n',
    ],
    [['export', 'ok.json'], 'podsmith export: export needs --out DIR (or --format yaml to print all.yaml)\n'],
    [['frobnicate'], 'podsmith: unknown command "frobnicate"'],
  ])('bad input %j exits 2 with one line naming the problem', async (argv, message) => {
    const d = JSON.parse(exampleJson('sharded-redis'));
    const schema = structuredClone(d);
    schema.workloads[0].name = 5;
    const template = structuredClone(d);
    template.workloads[0].containers[0].template = 'nope';
    const m = memoryIO({
      'bad.json': '{',
      'schema.json': JSON.stringify(schema),
      'template.json': JSON.stringify(template),
      'ok.json': JSON.stringify(d),
    });
    expect(await main(argv, m.io)).toBe(2);
    expect(m.err().startsWith(message)).toBe(true);
  });

  it('validate exits 1 and names the rule when the design has an error', async () => {
    const d = JSON.parse(exampleJson('sharded-redis'));
    d.workloads[0].name = 'Bad_Name';
    const m = memoryIO({ 'd.json': JSON.stringify(d) });
    expect(await main(['validate', 'd.json'], m.io)).toBe(1);
    expect(m.out()).toMatch(/^error PS001 Bad_Name name: Workload name "Bad_Name" is not a valid name/m);
  });

  it('export refuses a design with errors and writes nothing', async () => {
    const d = JSON.parse(exampleJson('sharded-redis'));
    d.workloads[0].name = 'Bad_Name';
    const m = memoryIO({ 'd.json': JSON.stringify(d) });
    expect(await main(['export', 'd.json', '--out', 'x'], m.io)).toBe(1);
    expect(m.written).toEqual({});
    expect(m.err()).toContain('not exported');
  });

  it('export --format yaml prints all.yaml', async () => {
    const m = memoryIO({ 'd.json': exampleJson('sharded-redis') });
    expect(await main(['export', 'd.json', '--format', 'yaml'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^apiVersion: /);
    expect(m.out()).toContain('\n---\n');
  });

  it('validates and exports a design that carries a user template', async () => {
    const m = memoryIO({ 'd.json': userTemplateJson('hi') });
    expect(await main(['validate', 'd.json'], m.io)).toBe(0);
    expect(await main(['export', 'd.json', '--out', 'out'], m.io)).toBe(0);
    expect(m.written['out/configs/echo.yaml']).toBe('greeting: hi\nlisten: ":5678"\nport: 5678\n');
    expect(m.written['out/images/echo-server/Dockerfile']).toContain(
      '# Greeting: Text the server answers with.\nENV GREETING="hello"\n',
    );
    expect(JSON.parse(m.written['out/design.json'] ?? '{}').templates).toEqual([ECHO]);
  });

  it('[PS210] validate names a user-template value that cannot be written safely, and export writes nothing', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder of the template
    const t = { ...ECHO, files: [{ ...ECHO.files[0], text: 'url: http://${greeting}/\n' }] };
    const d = JSON.parse(userTemplateJson('a b: c'));
    d.templates = [t];
    const m = memoryIO({ 'd.json': JSON.stringify(d) });
    expect(await main(['validate', 'd.json'], m.io)).toBe(1);
    expect(m.out()).toMatch(/^error PS210 .*Greeting "a b: c" can hold only letters/m);
    expect(await main(['export', 'd.json', '--out', 'out'], m.io)).toBe(1);
    expect(m.written).toEqual({});
  });

  it('[PS221] a design whose user template is broken exits 2 with the path of the problem', async () => {
    const d = JSON.parse(userTemplateJson('hi'));
    d.templates[0].env[0].value = '$' + '{nope}';
    const m = memoryIO({ 'd.json': JSON.stringify(d) });
    expect(await main(['validate', 'd.json'], m.io)).toBe(2);
    expect(m.err()).toBe(
      'podsmith validate: d.json: templates[0].env[0].value: line 1 column 1: $' +
        '{nope} names no parameter of this template (its parameters: greeting, port; write $$' +
        '{ for a literal "$' +
        '{")\n',
    );
  });

  it('the installed bin runs and writes a bundle to disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podsmith-cli-'));
    try {
      const design = join(dir, 'design.json');
      writeFileSync(
        design,
        execFileSync('node', ['bin/podsmith.mjs', 'example', 'sharded-redis'], { encoding: 'utf8' }),
      );
      const r = spawnSync('node', ['bin/podsmith.mjs', 'export', design, '--out', join(dir, 'out')], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'out', 'design.json'), 'utf8'))).toEqual(
        getExample('sharded-redis')?.design,
      );
      const bad = spawnSync('node', ['bin/podsmith.mjs', 'validate', join(dir, 'nope.json')], { encoding: 'utf8' });
      expect(bad.status).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
