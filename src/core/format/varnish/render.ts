/**
 * Rendering a VCL program to text: `vcl 4.1;`, the backends, then each subroutine, four spaces per
 * level. Strings go through `vclString` (regexes through `vclLiteral`), so no value can end a
 * statement or open a block; names that are not VCL identifiers are refused with an Error, since they
 * come from the generators' code, never from a user.
 */
import { vclLiteral, vclString } from './string';
import type { VclBackend, VclCondition, VclProgram, VclStatement, VclSub, VclValue, VclVariable } from './tree';

const INDENT = '    ';
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const VARIABLE =
  /^(?:req\.url|req\.method|obj\.hits|beresp\.(?:ttl|grace|uncacheable)|(?:req|beresp|resp)\.http\.[A-Za-z0-9-]+)$/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: comments must stay on one line
const CONTROL = /[\u0000-\u001f\u007f]/g;

function variable(v: VclVariable): string {
  if (!VARIABLE.test(v)) throw new Error(`not a VCL variable the writer knows: ${JSON.stringify(v)}`);
  return v;
}

function seconds(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number of seconds: ${n}`);
  return `${n}s`;
}

function value(v: VclValue): string {
  switch (v.kind) {
    case 'string':
      return vclString(v.value);
    case 'duration':
      return seconds(v.seconds);
    case 'bool':
      return v.value ? 'true' : 'false';
  }
}

function condition(c: VclCondition): string {
  switch (c.kind) {
    case 'match': {
      const pattern = vclLiteral(c.pattern);
      if (pattern === undefined) throw new Error(`no VCL literal holds the regex ${JSON.stringify(c.pattern)}`);
      return `${variable(c.subject)} ~ ${pattern}`;
    }
    case 'unset':
      return `!${variable(c.subject)}`;
    case 'greater':
      return `${variable(c.subject)} > ${Number.isFinite(c.value) ? Math.trunc(c.value) : 0}`;
  }
}

function statement(s: VclStatement, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  switch (s.kind) {
    case 'set':
      return [`${pad}set ${variable(s.target)} = ${value(s.value)};`];
    case 'return':
      return [`${pad}return (${s.action});`];
    case 'comment':
      return [`${pad}# ${s.text.replace(CONTROL, ' ')}`.trimEnd()];
    case 'if': {
      const test = s.conditions.map(condition).join(` ${s.join} `);
      const out = [`${pad}if (${test}) {`, ...s.body.flatMap((x) => statement(x, depth + 1))];
      if (s.otherwise?.length) out.push(`${pad}} else {`, ...s.otherwise.flatMap((x) => statement(x, depth + 1)));
      out.push(`${pad}}`);
      return out;
    }
  }
}

function backend(b: VclBackend): string {
  if (!IDENTIFIER.test(b.name)) throw new Error(`not a VCL identifier: ${JSON.stringify(b.name)}`);
  const lines = [`backend ${b.name} {`, `${INDENT}.host = ${vclString(b.host)};`, `${INDENT}.port = "${b.port}";`];
  if (b.connectTimeoutSeconds !== undefined)
    lines.push(`${INDENT}.connect_timeout = ${seconds(b.connectTimeoutSeconds)};`);
  if (b.firstByteTimeoutSeconds !== undefined)
    lines.push(`${INDENT}.first_byte_timeout = ${seconds(b.firstByteTimeoutSeconds)};`);
  return [...lines, '}'].join('\n');
}

function sub(s: VclSub): string {
  return [`sub ${s.name} {`, ...s.body.flatMap((x) => statement(x, 1)), '}'].join('\n');
}

/**
 * The text of a VCL program, ending with a newline.
 *
 * @example renderVcl({ header: [], backends: [{ name: 'app', host: '127.0.0.1', port: 8080 }], subs: [] })
 * // 'vcl 4.1;\n\nbackend app {\n    .host = "127.0.0.1";\n    .port = "8080";\n}\n'
 */
export function renderVcl(program: VclProgram): string {
  const header = program.header.map((h) => `# ${h.replace(CONTROL, ' ')}`.trimEnd());
  const parts = [[...header, 'vcl 4.1;'].join('\n'), ...program.backends.map(backend), ...program.subs.map(sub)];
  return `${parts.join('\n\n')}\n`;
}
