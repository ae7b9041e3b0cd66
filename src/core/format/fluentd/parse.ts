/**
 * Reading a fluentd v1 config into sections (`<source>`, `<match PATTERN>`, nested `<server>`) and
 * `key value` parameters, line by line as fluentd's parser reads them: a value runs to the end of
 * the line or to ` #`; a value that starts with `"` is a double-quoted string with escapes, `'` a
 * single-quoted one. Good enough to read back what the adapters need; anything else is kept as text.
 */

export interface FluentParamLine {
  readonly kind: 'param';
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

export interface FluentSectionNode {
  readonly kind: 'section';
  readonly name: string;
  readonly arg: string;
  readonly body: readonly FluentNodeRead[];
  readonly line: number;
}

export type FluentNodeRead = FluentParamLine | FluentSectionNode;

export type FluentReadResult =
  | { readonly ok: true; readonly nodes: readonly FluentNodeRead[] }
  | { readonly ok: false; readonly error: string };

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', b: '\b' };

function value(raw: string): string {
  if (raw.startsWith('"')) {
    let out = '';
    for (let i = 1; i < raw.length; i++) {
      const c = raw[i] as string;
      if (c === '"') return out;
      if (c === '\\' && i + 1 < raw.length) {
        const next = raw[++i] as string;
        out += ESCAPES[next] ?? next;
      } else out += c;
    }
    return out;
  }
  if (raw.startsWith("'")) {
    const end = raw.indexOf("'", 1);
    return raw.slice(1, end < 0 ? raw.length : end).replace(/\\'/g, "'");
  }
  const comment = raw.search(/\s#/);
  return (comment < 0 ? raw : raw.slice(0, comment)).trim();
}

/**
 * The sections and parameters of a fluentd config, or why it cannot be read.
 *
 * @example readFluentConf('<source>\n  @type storm\n  tag storm\n</source>\n')
 */
export function readFluentConf(text: string): FluentReadResult {
  const root: FluentNodeRead[] = [];
  const stack: { name: string; arg: string; body: FluentNodeRead[]; line: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const here = stack.at(-1)?.body ?? root;
    if (line === '' || line.startsWith('#')) continue;
    const close = /^<\/([A-Za-z0-9_]+)\s*>$/.exec(line);
    if (close) {
      const open = stack.pop();
      if (!open || open.name !== close[1])
        return { ok: false, error: `line ${i + 1}: </${close[1]}> closes no open <${close[1]}>` };
      (stack.at(-1)?.body ?? root).push({
        kind: 'section',
        name: open.name,
        arg: open.arg,
        body: open.body,
        line: open.line,
      });
      continue;
    }
    const start = /^<([A-Za-z0-9_]+)(?:\s+(.*?))?\s*>$/.exec(line);
    if (start) {
      if (stack.length >= 16) return { ok: false, error: `line ${i + 1}: sections nested too deeply` };
      stack.push({ name: start[1] as string, arg: value(start[2] ?? ''), body: [], line: i + 1 });
      continue;
    }
    const param = /^(@?[A-Za-z0-9_]+)(?:\s+(.*))?$/.exec(line);
    if (!param) return { ok: false, error: `line ${i + 1}: cannot read "${line.slice(0, 40)}"` };
    here.push({ kind: 'param', key: param[1] as string, value: value(param[2] ?? ''), line: i + 1 });
  }
  const open = stack.at(-1);
  if (open) return { ok: false, error: `line ${open.line}: <${open.name}> is never closed` };
  return { ok: true, nodes: root };
}

/** The value of parameter `key` (or `@key`) directly in a section's body. */
export function paramOf(nodes: readonly FluentNodeRead[], key: string): string | undefined {
  const p = nodes.find((n) => n.kind === 'param' && (n.key === key || n.key === `@${key}`));
  return p?.kind === 'param' ? p.value : undefined;
}

/** The sections named `name` among `nodes`. */
export function sectionsOf(nodes: readonly FluentNodeRead[], name: string): FluentSectionNode[] {
  return nodes.filter((n): n is FluentSectionNode => n.kind === 'section' && n.name === name);
}

/** Every parameter with its section path, one string each (for listing what a rewritten config lacks). */
export function flattenFluent(nodes: readonly FluentNodeRead[], context: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'param') out.push([...context, `${n.key === 'type' ? '@type' : n.key} ${n.value}`].join(' > '));
    else out.push(...flattenFluent(n.body, [...context, `<${n.name}${n.arg ? ` ${n.arg}` : ''}>`]));
  }
  return out;
}
