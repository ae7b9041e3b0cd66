/**
 * Renders a fluentd v1 configuration tree: one parameter per line, two spaces of indent per
 * section level, a blank line between top-level directives, exactly one newline at the end.
 */
import type { FluentConfig, FluentNode } from './tree';
import { renderArg, renderValue } from './value';

/** Element names fluentd's parser accepts (`ELEMENT_NAME` in v1_parser.rb). */
const SECTION_NAME = /^[A-Za-z0-9_]+$/;
/** Parameter keys written bare: letters, digits, `_`, an optional leading `@`. */
const PARAM_KEY = /^@?[A-Za-z0-9_]+$/;
/** Keys the parser treats as directives, not parameters. */
const INCLUDE = /^@?include$/;

/** True when `key` renders as a parameter (not an `@include`, nothing that needs quoting). */
export function isParamKey(key: string): boolean {
  return PARAM_KEY.test(key) && !INCLUDE.test(key);
}

/** True when `name` is a section name fluentd can read. */
export function isSectionName(name: string): boolean {
  return SECTION_NAME.test(name);
}

function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a comment must stay on one line
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

function renderNode(node: FluentNode, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  switch (node.kind) {
    case 'comment': {
      const text = oneLine(node.text);
      lines.push(text === '' ? `${pad}#` : `${pad}# ${text}`);
      return;
    }
    case 'param':
      // A key the parser would read differently is left out rather than written wrong.
      if (isParamKey(node.key)) lines.push(`${pad}${node.key} ${renderValue(node.value)}`);
      return;
    case 'section': {
      if (!isSectionName(node.name)) return;
      const arg = typeof node.arg === 'string' && node.arg === '' ? '' : ` ${renderArg(node.arg)}`;
      lines.push(`${pad}<${node.name}${arg}>`);
      for (const child of node.body) renderNode(child, depth + 1, lines);
      lines.push(`${pad}</${node.name}>`);
      return;
    }
  }
}

/**
 * The configuration file for `config`. Never throws: a section name or key fluentd could not read
 * is left out (with its contents); every value is written so that fluentd reads it back unchanged.
 *
 * @example
 * renderFluentConfig([source('storm', [param('tag', 'storm')])])
 * // '<source>\n  @type storm\n  tag storm\n</source>\n'
 */
export function renderFluentConfig(config: FluentConfig): string {
  const lines: string[] = [];
  let previous: FluentNode['kind'] | undefined;
  for (const node of config) {
    if (node.kind === 'section' && previous !== undefined) lines.push('');
    const before = lines.length;
    renderNode(node, 0, lines);
    if (lines.length === before && lines.at(-1) === '') lines.pop();
    else if (lines.length > before) previous = node.kind;
  }
  return `${lines.join('\n')}\n`;
}
