// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${key} placeholders are what these texts hold
/** Hostile and broken template files: each is one clear error naming where, nothing is thrown, each takes under a second. */
import { describe, expect, it } from 'vitest';
import { expectOneClearError } from '../../../../test/support/refusal';
import { getExample } from '../../examples';
import { restore } from '../../io/restore';
import { readTemplateFile, templateFileText } from './file';
import { ECHO } from './testing/echo';

type Raw = Record<string, any>;

/** The echo template as a file, changed by `edit`. */
function fileWith(edit: (t: Raw) => void): string {
  const t = structuredClone(ECHO) as Raw;
  edit(t);
  return JSON.stringify({ podsmithTemplate: 1, template: t });
}

const CASES: readonly [string, () => string, string | RegExp][] = [
  [
    '[PS224] a default that injects a YAML key',
    () =>
      fileWith((t) => {
        t.files[0].text = 'url: http://${greeting}/\n';
        t.params[0].format = 'text';
        t.params[0].default = 'x\nadmin: true';
      }),
    'template.files[0].text: line 1: the default of ${greeting} "x\\nadmin: true" can hold only letters, digits and . _ / + = ~ - where it is part of a larger word; change the default or make ${greeting} a whole value',
  ],
  [
    '[PS224] a default that injects an nginx directive',
    () =>
      fileWith((t) => {
        t.files[0] = {
          name: 'site.conf',
          mountPath: '/etc/nginx/conf.d/site.conf',
          language: 'nginx',
          text: 'server { root /srv/${greeting}; }\n',
        };
        t.params[0].default = 'www; autoindex on';
      }),
    'template.files[0].text: line 1: the default of ${greeting} "www; autoindex on" can hold only letters, digits and . _ / + = ~ : @ % , - where it is part of a larger word; change the default or make ${greeting} a whole value',
  ],
  [
    '[PS226] a 10 MB template file',
    () => fileWith((t) => (t.teaching = 'x'.repeat(10_000_000))),
    '(file): the file is 10.0 MB; a template file is at most 1.5 MB. Shorten its config files.',
  ],
  [
    '[PS226] a config file over the size limit',
    () => fileWith((t) => (t.files[0].text = 'x'.repeat(300_000))),
    'template.files[0].text: too long (300000 characters; at most 200000)',
  ],
  [
    'an unknown parameter kind',
    () => fileWith((t) => (t.params[0].kind = 'secret')),
    'template.params[0].kind: unknown kind "secret"; a parameter is one of "string", "int", "bool", "enum", "list", "table"',
  ],
  [
    'a __proto__ key',
    () => '{"podsmithTemplate":1,"template":{"__proto__":{"polluted":true}}}',
    'template.__proto__: "__proto__" is not allowed as a key',
  ],
  [
    '[PS225] a prototype word as a parameter key',
    () => fileWith((t) => (t.params[0].key = 'constructor')),
    'template.params[0].key: "constructor" is not allowed as a key',
  ],
  [
    '[PS225] a parameter key used twice',
    () => fileWith((t) => (t.params[1] = { ...t.params[0] })),
    'template.params[1]: parameter key "greeting" is used twice',
  ],
  [
    '[PS221] a placeholder that names no parameter',
    () => fileWith((t) => (t.env[0].value = '${greting}')),
    'template.env[0].value: line 1 column 1: ${greting} names no parameter of this template (its parameters: greeting, port; write $${ for a literal "${")',
  ],
  [
    '[PS222] a placeholder that does not close',
    () => fileWith((t) => (t.files[0].text = 'a: 1\nb: ${greeting\n')),
    /^template\.files\[0\]\.text: line 2 column 4: \$\{ is not a placeholder/,
  ],
  [
    '[PS223] a list parameter inside a word',
    () =>
      fileWith((t) => {
        t.params[0] = { key: 'greeting', kind: 'list', title: 'Greeting', doc: '', default: ['a'] };
        t.files[0].text = 'url: http://${greeting}/\n';
      }),
    'template.files[0].text: line 1 column 13: ${greeting} is a list parameter and stands in part of a larger word; a list can stand only as a whole value or word',
  ],
  [
    '[PS228] a port from a string parameter',
    () => fileWith((t) => (t.ports[0].port = '${greeting}')),
    'template.ports[0].port: ${greeting} is a string parameter; a port takes an int parameter',
  ],
  [
    '[PS228] a port parameter whose bounds pass 65535',
    () => fileWith((t) => (t.params[1].max = 70000)),
    'template.ports[0].port: ${port} may be 70000, which is not a port: give the parameter bounds within 1-65535',
  ],
  [
    '[PS229] a default outside its bounds',
    () => fileWith((t) => (t.params[1].default = 80)),
    'template.params[1].default: expected a whole number from 1024 to 65535, got 80',
  ],
  [
    '[PS220] an id without the user. prefix',
    () => fileWith((t) => (t.id = 'twemproxy')),
    'template.id: expected user.NAME where NAME is lowercase letters, digits and "-", e.g. user.echo-server, got "twemproxy"',
  ],
  [
    '[PS227] a design file',
    () => JSON.stringify(getExample('topz')?.design),
    '(file): this is a design file, not a template file; open it with Import',
  ],
  [
    '[PS227] JSON without the marker',
    () => '{"template":{}}',
    '(file): this is not a Podsmith template file (it has no "podsmithTemplate" field)',
  ],
  [
    '[PS227] a newer format',
    () => fileWith(() => {}).replace('"podsmithTemplate":1', '"podsmithTemplate":2'),
    'podsmithTemplate: this template was saved by a newer Podsmith (format 2); this one reads format 1. Update Podsmith to open it.',
  ],
  ['text that is not JSON', () => 'podsmithTemplate: 1', /^\(file\): not valid JSON \(/],
  [
    'an unknown field',
    () => fileWith((t) => (t.owner = 'me')),
    'template.owner: unknown field (known: id, role, title, summary, teaching, image, defaultName, version, params, command, args, env, ports, files)',
  ],
];

describe('hostile template files', () => {
  it.each(CASES)('%s: one clear error', (_name, input, expected) => {
    expectOneClearError(() => readTemplateFile(input()), expected);
    expect('polluted' in {}).toBe(false);
  });

  it('reads back the file it writes', () => {
    expect(readTemplateFile(templateFileText(ECHO))).toEqual({ ok: true, template: ECHO });
  });

  it('[PS224] a default written as a whole YAML value is quoted, so it injects nothing and is accepted', () => {
    const r = readTemplateFile(
      fileWith((t) => {
        t.params[0].format = 'text';
        t.params[0].default = 'x\nadmin: true';
      }),
    );
    expect(r.ok).toBe(true);
  });

  it('a design whose template does not restore is refused with the path in the design', () => {
    const d = structuredClone(getExample('topz')?.design) as Raw;
    d.templates = [{ ...structuredClone(ECHO), params: [{ key: 'x', kind: 'secret' }] }];
    const r = restore(d);
    expect(r).toEqual({
      ok: false,
      errors: [
        'templates[0].params[0].kind: unknown kind "secret"; a parameter is one of "string", "int", "bool", "enum", "list", "table"',
      ],
    });
  });

  it('a design whose container names a user template it does not carry is refused', () => {
    const d = structuredClone(getExample('topz')?.design) as Raw;
    d.workloads[0].containers[0].template = 'user.gone';
    const r = restore(d);
    expect(r.ok === false && r.errors[0]).toBe(
      'workloads[0].containers[0].template: unknown template "user.gone" (the design does not carry this user template: add it to "templates")',
    );
  });

  it('[PS220] two templates of one design with one id are refused', () => {
    const d = structuredClone(getExample('topz')?.design) as Raw;
    d.templates = [ECHO, ECHO];
    expect(restore(d)).toEqual({ ok: false, errors: ['templates[1]: template id "user.echo-server" is used twice'] });
  });
});
