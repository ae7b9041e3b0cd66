// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${key} placeholders are what these texts hold
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { addWorkload, emptyDesign, setParam } from '../../edit/ops';
import { addContainer } from '../../edit/template-ops';
import { putUserTemplate } from '../../edit/templates';
import { parseFluentConfig } from '../../format/fluentd/testing/parse';
import { readNginxConf } from '../../format/nginx/parse';
import { generateBundle } from '../../generate/bundle';
import { restore } from '../../io/restore';
import type { Design } from '../../model/design';
import type { UserFile, UserParam, UserTemplate } from '../../model/user-template';
import { validate } from '../../validate';
import { getTemplate } from '..';
import { templateFor } from '../lookup';
import { compileTemplate, renderFile } from './compile';
import { envNameOf, userTemplateDef } from './define';
import { escapeLiteral, parseTemplateText } from './placeholders';
import { ECHO } from './testing/echo';

/** A design with one pod running one container of `t`, with `params` set. */
function designWith(
  t: UserTemplate,
  params: Record<string, string | number | boolean | readonly string[]> = {},
): Design {
  let d = putUserTemplate(emptyDesign('demo'), t);
  d = addWorkload(d, { name: 'web' });
  d = addContainer(d, d.workloads[0]?.id ?? '', t.id);
  const id = d.workloads[0]?.containers[0]?.id ?? '';
  for (const [k, v] of Object.entries(params)) d = setParam(d, id, k, v);
  return d;
}

const file = (language: UserFile['language'], text: string): UserFile => ({
  name: `f.${language === 'text' ? 'txt' : language === 'nginx' ? 'conf' : language}`,
  mountPath: '/etc/f',
  language,
  text,
});

const VALUE: UserParam = { key: 'v', kind: 'string', title: 'Value', doc: '', default: 'x', format: 'text' };

/** A template with one text parameter `v` and one file. */
const withFile = (f: UserFile, params: readonly UserParam[] = [VALUE]): UserTemplate => ({
  ...ECHO,
  params,
  args: [],
  env: [],
  ports: [],
  files: [f],
});

/** The file's text with `v` set, or the refusal reasons. */
function render(f: UserFile, v: unknown, params: readonly UserParam[] = [VALUE]) {
  const c = compileTemplate(withFile(f, params));
  if (!c.ok) throw new Error(c.problems[0]?.message);
  const cf = c.compiled.files[0];
  if (!cf) throw new Error('no file');
  return renderFile(cf, { v: v as string });
}

describe('placeholders', () => {
  it.each([
    ['port: ${port}', ['port: ', 'port']],
    ['cost: $5 and $${literal}', ['cost: $5 and ${literal}']],
    ['${a}${b}', ['a', 'b']],
  ])('%j parses', (text, expected) => {
    const r = parseTemplateText(text);
    expect(r.ok && r.parts.map((p) => (typeof p === 'string' ? p : p.key))).toEqual(expected);
  });

  it.each([
    ['x ${', 'line 1 column 3: ${ is not a placeholder'],
    ['a\nb ${1x}', 'line 2 column 3: ${1x} is not a placeholder'],
    ['${a-b}', 'line 1 column 1: ${a-b} is not a placeholder'],
  ])('[PS222] %j is refused with where and how to write a literal', (text, start) => {
    const r = parseTemplateText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.startsWith(start)).toBe(true);
      expect(r.error).toContain('$${ for a literal');
    }
  });

  it('escapeLiteral writes any text so that it parses back as itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '{', '}', 'a', ' ', '$$') }), (text) => {
        const r = parseTemplateText(escapeLiteral(text));
        expect(r.ok && r.parts.join('')).toBe(text);
      }),
    );
  });
});

describe('a user template works as a built-in does', () => {
  it('is found through the design, never globally', () => {
    const d = designWith(ECHO);
    expect(templateFor(d, ECHO.id)?.title).toBe('Echo server');
    expect(getTemplate(ECHO.id)).toBeUndefined();
    expect(templateFor(d, 'twemproxy')?.id).toBe('twemproxy');
  });

  it('builds args, env, ports and its file from the parameters', () => {
    const d = designWith(ECHO, { greeting: 'hi there', port: 8080 });
    const files = generateBundle(d).files;
    expect(files.find((f) => f.path === 'configs/echo.yaml')?.content).toBe(
      'greeting: hi there\nlisten: ":8080"\nport: 8080\n',
    );
    const pod = files.find((f) => f.path === 'manifests/pod-web.yaml')?.content ?? '';
    expect(pod).toContain('- -listen=:8080\n');
    expect(pod).toContain('- name: ECHO_TEXT\n          value: hi there\n');
    expect(pod).toContain('containerPort: 8080');
    expect(pod).toContain('mountPath: /etc/echo/echo.yaml');
    expect(validate(d).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('writes images/NAME/Dockerfile FROM its image with ENV, doc lines, EXPOSE and LABEL', () => {
    const dockerfile = generateBundle(designWith(ECHO)).files.find((f) => f.path === 'images/echo-server/Dockerfile');
    expect(dockerfile?.content).toBe(
      [
        '# Answers every HTTP request with its own headers.',
        'FROM hashicorp/http-echo:1.0.0',
        '',
        'LABEL org.opencontainers.image.description="Answers every HTTP request with its own headers." \\',
        '      org.opencontainers.image.version="1.2.0" \\',
        '      org.opencontainers.image.source="Podsmith user template user.echo-server"',
        '',
        '# Greeting: Text the server answers with.',
        'ENV GREETING="hello"',
        '# Port: Port the server listens on.',
        'ENV PORT="5678"',
        '',
        'EXPOSE 5678',
        '',
      ].join('\n'),
    );
  });

  it('writes its Dockerfile to images/user-NAME when a built-in template has the name', () => {
    const d = designWith({ ...ECHO, id: 'user.mysql-health' });
    const paths = generateBundle(d).files.map((f) => f.path);
    expect(paths).toContain('images/user-mysql-health/Dockerfile');
  });

  it('gets the generic parameter checks of its ParamSpecs (PS009)', () => {
    const diags = validate(designWith(ECHO, { port: 80 }));
    expect(diags.find((x) => x.rule === 'PS009')?.message).toBe('echo: Port 80 must be between 1024 and 65535.');
  });

  it('names ENV after the parameter key', () => {
    expect(['port', 'listenPort', 'tlsV2Only'].map(envNameOf)).toEqual(['PORT', 'LISTEN_PORT', 'TLS_V2_ONLY']);
  });

  it('survives restore and a JSON round trip', () => {
    const d = designWith(ECHO, { greeting: 'hey' });
    expect(restore(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, design: d });
  });

  it('expands an argument that is just ${list} into one argument per item', () => {
    const t: UserTemplate = {
      ...ECHO,
      params: [{ key: 'flags', kind: 'list', title: 'Flags', doc: '', default: ['-a', '-b'] }],
      args: ['${flags}', 'x=${flags}'],
      env: [],
      ports: [],
      files: [],
    };
    const b = userTemplateDef(t).build({
      design: designWith(t),
      workload: designWith(t).workloads[0] as never,
      container: designWith(t).workloads[0]?.containers[0] as never,
      params: { flags: ['-a', '-b'] },
    });
    expect(b.args).toEqual(['-a', '-b', 'x=-a,-b']);
  });
});

describe('escaping per file language', () => {
  const yamlValue = file('yaml', 'name: ${v}\nother: 1\n');
  const nginxToken = file('nginx', 'events {}\nhttp {\n  server {\n    server_name ${v};\n  }\n}\n');
  const fluentdValue = file('fluentd', '<source>\n  @type dummy\n  tag ${v}\n</source>\n');

  it('a whole YAML value reads back as exactly the value, and adds no key', () => {
    fc.assert(
      fc.property(fc.string(), (v) => {
        const r = render(yamlValue, v);
        expect(r.ok).toBe(true);
        if (r.ok) expect(load(r.text)).toEqual({ name: v, other: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('a whole nginx word reads back as exactly the value, and adds no directive', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (v) => {
        const r = render(nginxToken, v);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const read = readNginxConf(r.text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const server = read.nodes.find((n) => n.name === 'http');
        expect(server?.kind === 'block' && server.children).toEqual([
          expect.objectContaining({
            name: 'server',
            children: [
              expect.objectContaining({ name: 'server_name', args: [v.replace(/[\uD800-\uDFFF]/g, '\uFFFD')] }),
            ],
          }),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('a whole fluentd value reads back as exactly the value, and runs no Ruby', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && !/[\r\u2028\u2029]/.test(s)),
        (v) => {
          const r = render(fluentdValue, v);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const parsed = parseFluentConfig(r.text);
          expect(parsed.embeddedCode).toEqual([]);
          expect(parsed.root.elements[0]?.params).toEqual([
            ['@type', { kind: 'string', value: 'dummy' }],
            ['tag', { kind: 'string', value: v }],
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    [
      'yaml',
      'url: http://${v}:80\n',
      'a b: c',
      'can hold only letters, digits and . _ / + = ~ - where it is part of a larger word',
    ],
    [
      'yaml',
      'name: ${v}.local\n',
      '*alias',
      'can hold only letters, digits and . _ / + = ~ - where it is part of a larger word',
    ],
    ['yaml', 'run: |\n  echo ${v}\n', 'a\nb: 1', 'must be one line without control characters here'],
    ['yaml', '# note ${v}\nk: 1\n', 'x\nevil: 1', 'must be one line without control characters here'],
    [
      'nginx',
      'events {}\nhttp { server { root /srv/${v}; } }\n',
      'x; deny all',
      'can hold only letters, digits and . _ / + = ~ : @ % , - where it is part of a larger word',
    ],
    ['nginx', '# ${v}\nevents {}\n', 'x\nuser root;', 'must be one line without control characters here'],
    [
      'fluentd',
      '<source>\n  path /var/log/${v}.log\n</source>\n',
      'x #y',
      'can hold only letters, digits and . _ / + = ~ : @ % , * - where it is part of a larger word',
    ],
    ['text', 'greeting=${v}\n', 'a\nadmin=true', 'must be one line without control characters here'],
  ] as const)('[PS210] %s: %j refuses %j', (language, text, v, reason) => {
    const r = render(file(language, text), v);
    expect(r).toEqual({ ok: false, refusals: [expect.objectContaining({ key: 'v', reason })] });
  });

  it.each([
    ['yaml', 'k: "a ${v} b"\n', 'say "hi"\n', { k: 'a say "hi"\n b' }],
    ['yaml', "k: 'a ${v}'\n", "it's", { k: "a it's" }],
    ['yaml', 'k: ${v}\n', 'yes', { k: 'yes' }],
  ] as const)('%s: inside %j the value %j is escaped', (language, text, v, expected) => {
    const r = render(file(language, text), v);
    expect(r.ok && load(r.text)).toEqual(expected);
  });

  it('nginx: inside a quoted word the value is escaped', () => {
    const r = render(file('nginx', 'events {}\nhttp { server { return 200 "v=${v}"; } }\n'), 'a" ; deny all; "');
    expect(r.ok).toBe(true);
    const read = r.ok ? readNginxConf(r.text) : undefined;
    expect(read?.ok && JSON.stringify(read.nodes)).toContain('"args":["200","v=a\\" ; deny all; \\""]');
  });

  it('bool, int, list and table values take their language form', () => {
    const params: UserParam[] = [
      { key: 'on', kind: 'bool', title: 'On', doc: '', default: true },
      { key: 'n', kind: 'int', title: 'N', doc: '', default: 3, min: 0, max: 9 },
      { key: 'names', kind: 'list', title: 'Names', doc: '', default: ['a', 'b c'] },
      {
        key: 'rows',
        kind: 'table',
        title: 'Rows',
        doc: '',
        rowName: 'row',
        default: [{ host: 'h', port: 1 }],
        columns: [
          { key: 'host', title: 'Host', kind: 'string' },
          { key: 'port', title: 'Port', kind: 'int', min: 1, max: 9 },
        ],
      },
    ];
    const t = withFile(file('yaml', 'on: ${on}\nn: ${n}\nnames: ${names}\nrows: ${rows}\n'), params);
    const c = compileTemplate(t);
    const r =
      c.ok && c.compiled.files[0]
        ? renderFile(c.compiled.files[0], Object.fromEntries(params.map((p) => [p.key, p.default])))
        : undefined;
    expect(r?.ok && load(r.text)).toEqual({ on: true, n: 3, names: ['a', 'b c'], rows: [{ host: 'h', port: 1 }] });
    const ng = compileTemplate(withFile(file('nginx', 'http { gzip ${on}; server_name ${names}; }\n'), params));
    const rn =
      ng.ok && ng.compiled.files[0] ? renderFile(ng.compiled.files[0], { on: false, names: ['a', 'b c'] }) : undefined;
    expect(rn?.ok && rn.text).toBe('http { gzip off; server_name a "b c"; }\n');
  });
});

describe('validation of a container of a user template', () => {
  const NGINX: UserTemplate = {
    ...ECHO,
    id: 'user.static-site',
    params: [
      { key: 'root', kind: 'string', title: 'Site root', doc: 'Directory served.', default: 'www', format: 'text' },
    ],
    args: [],
    env: [],
    ports: [{ name: 'http', port: '8080', localhostOnly: false }],
    files: [file('nginx', 'events {}\nhttp { server { listen 8080; root /srv/${root}; } }\n')],
  };

  it('[PS210] a value that would inject an nginx directive is an error on its field, and the file is not written', () => {
    const d = designWith(NGINX, { root: 'x; autoindex on' });
    const diag = validate(d).find((x) => x.rule === 'PS210');
    expect(diag).toEqual({
      rule: 'PS210',
      severity: 'error',
      target: expect.objectContaining({ kind: 'container', field: 'root' }),
      message:
        'echo: Site root "x; autoindex on" can hold only letters, digits and . _ / + = ~ : @ % , - where it is part of a larger word (line 2 of f.conf), so f.conf is not written.',
      fix: 'Change Site root; or, in the template, make ${root} a whole value so Podsmith can quote it.',
    });
    expect(generateBundle(d).files.some((f) => f.path.endsWith('f.conf'))).toBe(false);
  });
});

describe('a template that bypassed restore', () => {
  it('[PS224] builds nothing and says why, without throwing', () => {
    const broken: UserTemplate = { ...ECHO, env: [{ name: 'X', value: '${nope}' }] };
    const d = designWith(broken);
    expect(() => generateBundle(d)).not.toThrow();
    expect(validate(d).find((x) => x.rule === 'PS224')?.message).toBe(
      'echo: its template user.echo-server is not valid (env.0.value: line 1 column 1: ${nope} names no parameter of this template (its parameters: greeting, port; write $${ for a literal "${")), so it generates nothing.',
    );
  });
});
