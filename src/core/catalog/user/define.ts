/**
 * A user template as a `TemplateDef`, so analysis, validation, generation, the README and the
 * Dockerfile treat it exactly as a built-in: its parameters become ParamSpecs of the same kinds
 * (the generic checks of `validate/params.ts` apply unchanged), and `build` renders its texts.
 * Definitions are remembered by the identity of the template record.
 *
 * @example userTemplateDef(t).build({ design, workload, container, params }).files?.[0]?.content
 */

import type { Diagnostic } from '../../contracts/diagnostic';
import { RULES } from '../../contracts/rules';
import type { Params, ParamValue } from '../../model/design';
import type { StringFormat, UserParam, UserTemplate } from '../../model/user-template';
import { getTemplate } from '../index';
import { ABSOLUTE_PATH, DNS_LABEL, ENV_NAME, HOST, ONE_LINE, PORT_NAME } from '../rules';
import type { ConfigFile, ImageRecipe, ParamSpec, ParamSpecs, StringRule, TemplateDef } from '../types';
import { type Compiled, compileTemplate, type Refusal, renderArgs, renderFile, renderPlain } from './compile';

import { USER_TEMPLATE_PREFIX } from './ids';

export { USER_TEMPLATE_PREFIX };

const FORMAT_RULES: Readonly<Record<StringFormat, StringRule | undefined>> = {
  text: undefined,
  'one-line': ONE_LINE,
  'dns-label': DNS_LABEL,
  host: HOST,
  'port-name': PORT_NAME,
  'env-name': ENV_NAME,
  'absolute-path': ABSOLUTE_PATH,
};

/** The rule a string of this format follows; one line unless the parameter is multi-line text. */
function ruleOf(format: StringFormat | undefined, multiline = false): StringRule | undefined {
  return FORMAT_RULES[format ?? (multiline ? 'text' : 'one-line')];
}

function specOf(p: UserParam): ParamSpec {
  const base = { title: p.title, doc: p.doc };
  switch (p.kind) {
    case 'string': {
      const rule = ruleOf(p.format, p.multiline);
      return {
        ...base,
        kind: 'string',
        default: p.default,
        ...(p.required === undefined ? {} : { required: p.required }),
        ...(rule ? { rule } : {}),
        ...(p.maxLength === undefined ? {} : { maxLength: p.maxLength }),
        ...(p.multiline ? { multiline: true } : {}),
      };
    }
    case 'int':
      return { ...base, kind: 'int', default: p.default, min: p.min, max: p.max, ...(p.unit ? { unit: p.unit } : {}) };
    case 'bool':
      return { ...base, kind: 'bool', default: p.default };
    case 'enum':
      return { ...base, kind: 'enum', default: p.default, options: p.options };
    case 'list': {
      const rule = ruleOf(p.format);
      return {
        ...base,
        kind: 'list',
        default: p.default,
        item: rule ? { rule } : {},
        ...(p.minItems === undefined ? {} : { minItems: p.minItems }),
        ...(p.maxItems === undefined ? {} : { maxItems: p.maxItems }),
      };
    }
    case 'table':
      return {
        ...base,
        kind: 'table',
        default: p.default,
        rowName: p.rowName,
        columns: p.columns.map((c) => {
          if (c.kind !== 'string') return c;
          const rule = ruleOf(c.format);
          return { key: c.key, title: c.title, kind: 'string' as const, ...(rule ? { rule } : {}) };
        }),
        ...(p.minRows === undefined ? {} : { minRows: p.minRows }),
        ...(p.maxRows === undefined ? {} : { maxRows: p.maxRows }),
      };
  }
}

/** `listenPort` → `LISTEN_PORT`: the ENV name a parameter is documented under in the Dockerfile. */
export function envNameOf(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}

/** A default as one ENV value: lists joined by ",", tables as JSON. */
function envValue(value: ParamValue): string {
  if (Array.isArray(value)) return value.every((x) => typeof x === 'string') ? value.join(',') : JSON.stringify(value);
  return String(value);
}

function portOf(port: Compiled['ports'][number]['port'], params: Params): number {
  return typeof port === 'number' ? port : Number(params[port.key]);
}

/**
 * The folder under `images/`: the id's NAME, or `user-NAME` where a built-in template of that id
 * writes its own image folder (`user.mysql-health` would otherwise share `images/mysql-health/`).
 */
export function imageNameOf(id: string): string {
  const name = id.slice(USER_TEMPLATE_PREFIX.length);
  return getTemplate(name) ? `user-${name}` : name;
}

function imageOf(t: UserTemplate, compiled: Compiled, defaults: Params): ImageRecipe {
  return {
    name: imageNameOf(t.id),
    from: t.image,
    description: t.summary || t.title,
    version: t.version,
    source: `Podsmith user template ${t.id}`,
    run: [],
    files: [],
    env: t.params.map((p) => ({ name: envNameOf(p.key), value: envValue(p.default), doc: `${p.title}: ${p.doc}` })),
    expose: [...new Set(compiled.ports.map((p) => portOf(p.port, defaults)))],
    documentsOnly: true,
  };
}

function refusalsOf(compiled: Compiled, params: Params): Refusal[] {
  return compiled.files.flatMap((cf) => {
    const r = renderFile(cf, params);
    return r.ok ? [] : r.refusals;
  });
}

function fromUser(t: UserTemplate): TemplateDef {
  const result = compileTemplate(t);
  // restore() refuses templates that do not compile; a hand-built one fails here at build time.
  const compiled = result.ok ? result.compiled : undefined;
  const specs: ParamSpecs = Object.fromEntries(t.params.map((p) => [p.key, specOf(p)]));
  const defaults: Params = Object.fromEntries(t.params.map((p) => [p.key, p.default]));
  const titleOf = (key: string) => t.params.find((p) => p.key === key)?.title ?? key;
  return {
    id: t.id,
    role: t.role,
    title: t.title,
    summary: t.summary,
    teaching: t.teaching,
    image: t.image,
    defaultName: t.defaultName,
    params: specs,
    build: ({ params }) => {
      // Total, as every build is: a template that does not compile (restore refuses those) builds nothing.
      if (!compiled) return { ports: [] };
      const files: ConfigFile[] = [];
      const notes: string[] = [`Made from the user template "${t.title}" (${t.id}), which design.json carries.`];
      for (const cf of compiled.files) {
        const r = renderFile(cf, params);
        if (r.ok)
          files.push({ name: cf.file.name, content: r.text, language: cf.file.language, mountPath: cf.file.mountPath });
        else notes.push(`${cf.file.name} is not written: a parameter value cannot be written into it safely.`);
      }
      const command = renderArgs(compiled.command, params);
      const args = renderArgs(compiled.args, params);
      const env = compiled.env.map((e) => ({ name: e.name, value: renderPlain(e.parts, params) }));
      return {
        ports: compiled.ports.map((p) => ({
          name: p.name,
          containerPort: portOf(p.port, params),
          scope: p.localhostOnly ? 'localhost' : 'pod',
          expose: !p.localhostOnly,
        })),
        ...(command.length ? { command } : {}),
        ...(args.length ? { args } : {}),
        ...(env.length ? { env } : {}),
        ...(files.length ? { files } : {}),
        image: imageOf(t, compiled, defaults),
        notes,
      };
    },
    check: ({ params, workload, container }): Diagnostic[] => {
      if (!compiled) {
        const first = result.ok ? undefined : result.problems[0];
        return [
          {
            rule: 'PS224',
            severity: RULES.PS224.severity,
            target: { kind: 'container', workloadId: workload.id, containerId: container.id },
            message: `${container.name}: its template ${t.id} is not valid (${first ? `${first.path.join('.')}: ${first.message}` : 'it does not compile'}), so it generates nothing.`,
            fix: 'Fix the template in the template editor, or import a valid template file.',
          },
        ];
      }
      return refusalsOf(compiled, params).map((r) => ({
        rule: 'PS210',
        severity: RULES.PS210.severity,
        target: { kind: 'container', workloadId: workload.id, containerId: container.id, field: r.key },
        message: `${container.name}: ${titleOf(r.key)} ${JSON.stringify(String(params[r.key]).slice(0, 40))} ${r.reason} (line ${r.line} of ${r.file}), so ${r.file} is not written.`,
        fix: `Change ${titleOf(r.key)}; or, in the template, make \${${r.key}} a whole value so Podsmith can quote it.`,
      }));
    },
  };
}

const defs = new WeakMap<UserTemplate, TemplateDef>();

/** The `TemplateDef` of a user template, made once per template record. */
export function userTemplateDef(t: UserTemplate): TemplateDef {
  const hit = defs.get(t);
  if (hit) return hit;
  const def = fromUser(t);
  defs.set(t, def);
  return def;
}
