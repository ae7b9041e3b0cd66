/**
 * A user template's texts parsed once: placeholders found and checked against the parameters, and
 * each file placeholder's context decided. Restore refuses a template whose texts do not compile;
 * rendering then works on the compiled form only.
 */
import type { Params, ParamValue } from '../../model/design';
import type { UserFile, UserParam, UserTemplate } from '../../model/user-template';
import { CONTEXT_NAMES, type Context, contextsOf } from './contexts';
import { fillParts, type Part, type Placeholder, parseTemplateText } from './placeholders';
import { kindFits, plainText, writeValue } from './render';

export interface CompiledFile {
  readonly file: UserFile;
  readonly parts: readonly Part[];
  readonly contexts: ReadonlyMap<Placeholder, Context>;
}

export interface CompiledPort {
  readonly name: string;
  /** A port number, or the key of the int parameter that gives it. */
  readonly port: number | { readonly key: string };
  readonly localhostOnly: boolean;
}

export interface Compiled {
  readonly command: readonly (readonly Part[])[];
  readonly args: readonly (readonly Part[])[];
  readonly env: readonly { readonly name: string; readonly parts: readonly Part[] }[];
  readonly ports: readonly CompiledPort[];
  readonly files: readonly CompiledFile[];
}

export interface CompileProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type CompileResult =
  | { readonly ok: true; readonly compiled: Compiled }
  | { readonly ok: false; readonly problems: readonly CompileProblem[] };

/** A list of the template's keys for a message: `host, port` or `(none)`. */
function keysOf(params: ReadonlyMap<string, UserParam>): string {
  return params.size ? [...params.keys()].join(', ') : '(this template has no parameters)';
}

function parse(
  text: string,
  path: readonly PropertyKey[],
  params: ReadonlyMap<string, UserParam>,
  problems: CompileProblem[],
): readonly Part[] | undefined {
  const parsed = parseTemplateText(text);
  if (!parsed.ok) {
    problems.push({ path, message: parsed.error });
    return undefined;
  }
  let ok = true;
  for (const p of parsed.parts) {
    if (typeof p === 'string' || params.has(p.key)) continue;
    ok = false;
    problems.push({
      path,
      message: `line ${p.line} column ${p.column}: \${${p.key}} names no parameter of this template (its parameters: ${keysOf(params)}; write $\${ for a literal "\${")`,
    });
  }
  return ok ? parsed.parts : undefined;
}

/** Parts of a plain text (env, args, command): tables cannot be written there. */
function plainParts(
  text: string,
  path: readonly PropertyKey[],
  params: ReadonlyMap<string, UserParam>,
  problems: CompileProblem[],
): readonly Part[] | undefined {
  const parts = parse(text, path, params, problems);
  if (!parts) return undefined;
  for (const p of parts)
    if (typeof p !== 'string' && params.get(p.key)?.kind === 'table') {
      problems.push({
        path,
        message: `\${${p.key}} is a table parameter, which can stand only as a whole YAML value in a config file`,
      });
      return undefined;
    }
  return parts;
}

const PORT_NUMBER = /^[0-9]{1,5}$/;

/** Compiles every text of a template, or lists every problem with its path inside the template. */
export function compileTemplate(t: UserTemplate): CompileResult {
  const params = new Map(t.params.map((p) => [p.key, p]));
  const problems: CompileProblem[] = [];
  const command = t.command.map((c, i) => plainParts(c, ['command', i], params, problems) ?? []);
  const args = t.args.map((a, i) => plainParts(a, ['args', i], params, problems) ?? []);
  const env = t.env.map((e, i) => ({
    name: e.name,
    parts: plainParts(e.value, ['env', i, 'value'], params, problems) ?? [],
  }));
  const ports = t.ports.map((p, i): CompiledPort => {
    const path = ['ports', i, 'port'];
    if (PORT_NUMBER.test(p.port)) return { name: p.name, port: Number(p.port), localhostOnly: p.localhostOnly };
    const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(p.port);
    const spec = m ? params.get(m[1] as string) : undefined;
    if (!m || spec?.kind !== 'int' || spec.min < 1 || spec.max > 65535) {
      problems.push({
        path,
        message: m
          ? spec
            ? spec.kind === 'int'
              ? `\${${m[1]}} may be ${spec.min < 1 ? spec.min : spec.max}, which is not a port: give the parameter bounds within 1-65535`
              : `\${${m[1]}} is ${spec.kind === 'enum' ? 'an' : 'a'} ${spec.kind} parameter; a port takes an int parameter`
            : `\${${m[1]}} names no parameter of this template (its parameters: ${keysOf(params)})`
          : `expected a port number such as 8080 or one int parameter such as \${port}, got ${JSON.stringify(p.port.slice(0, 40))}`,
      });
      return { name: p.name, port: 0, localhostOnly: p.localhostOnly };
    }
    return { name: p.name, port: { key: m[1] as string }, localhostOnly: p.localhostOnly };
  });
  const files = t.files.map((file, i): CompiledFile => {
    const path = ['files', i, 'text'];
    const parts = parse(file.text, path, params, problems) ?? [];
    const contexts = contextsOf(file.language, parts);
    for (const [p, context] of contexts) {
      const spec = params.get(p.key);
      if (spec && !kindFits(spec.kind, context))
        problems.push({
          path,
          message: `line ${p.line} column ${p.column}: \${${p.key}} is ${spec.kind === 'int' ? 'an' : 'a'} ${spec.kind} parameter and stands in ${CONTEXT_NAMES[context]}; ${spec.kind === 'table' ? `a table can stand only as a whole YAML value (key: \${${p.key}})` : 'a list can stand only as a whole value or word'}`,
        });
    }
    return { file, parts, contexts };
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, compiled: { command, args, env, ports, files } };
}

/** Why one value was not written into a file. */
export interface Refusal {
  readonly key: string;
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export type RenderedFile =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly refusals: readonly Refusal[] };

function paramOf(params: Params, key: string): ParamValue {
  return Object.hasOwn(params, key) ? (params[key] as ParamValue) : '';
}

/** A file's text with the values written in, or every value that could not be written safely. */
export function renderFile(cf: CompiledFile, params: Params): RenderedFile {
  const refusals: Refusal[] = [];
  const text = fillParts(cf.parts, (p) => {
    const context = cf.contexts.get(p) ?? 'line';
    const written = writeValue(context, cf.file.language, paramOf(params, p.key));
    if (written.ok) return written.text;
    refusals.push({ key: p.key, file: cf.file.name, line: p.line, reason: written.reason });
    return '';
  });
  return refusals.length ? { ok: false, refusals } : { ok: true, text };
}

/** A plain text (env value, arg) with the values written in. */
export function renderPlain(parts: readonly Part[], params: Params): string {
  return fillParts(parts, (p) => plainText(paramOf(params, p.key)));
}

/** Arguments with the values written in; an argument that is just `${list}` becomes one per item. */
export function renderArgs(items: readonly (readonly Part[])[], params: Params): string[] {
  return items.flatMap((parts) => {
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only !== undefined && typeof only !== 'string') {
      const value = paramOf(params, only.key);
      if (Array.isArray(value)) return (value as readonly unknown[]).map((x) => String(x));
    }
    return [renderPlain(parts, params)];
  });
}
