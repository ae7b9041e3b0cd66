/**
 * Rendering the nginx tree to text: four spaces per level, a blank line around blocks, every argument
 * through `quoteToken`, and exactly one final newline. Pure and deterministic.
 */
import type { NginxNode } from './ast';
import { quoteToken } from './quote';

const INDENT = '    ';

// biome-ignore lint/suspicious/noControlCharactersInRegex: comments must stay on one line
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/** Comment text on one line: a newline in it would end the comment and start config text. */
function commentText(text: string): string {
  return text.replace(CONTROL, ' ').trimEnd();
}

/** A directive's name and quoted arguments, put together with `+` (a directive has a few: no lists to map, spread and join). */
function head(name: string, args: readonly string[]): string {
  let text = name;
  for (const arg of args) text += ` ${quoteToken(arg)}`;
  return text;
}

/** The indentation of each depth, made once. */
const PADS: string[] = [''];

function padOf(depth: number): string {
  let pad = PADS[depth];
  if (pad === undefined) {
    pad = INDENT.repeat(depth);
    PADS[depth] = pad;
  }
  return pad;
}

function renderNodes(nodes: readonly NginxNode[], depth: number, out: string[]): void {
  const pad = padOf(depth);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as NginxNode;
    const prev = nodes[i - 1];
    if (prev && (node.kind === 'block' || prev.kind === 'block')) out.push('');
    switch (node.kind) {
      case 'comment': {
        const text = commentText(node.text);
        out.push(text ? `${pad}# ${text}` : `${pad}#`);
        break;
      }
      case 'directive': {
        const note = node.note === undefined ? '' : commentText(node.note);
        out.push(`${pad}${head(node.name, node.args)};${note ? `  # ${note}` : ''}`);
        break;
      }
      case 'block':
        out.push(`${pad}${head(node.name, node.args)} {`);
        renderNodes(node.children, depth + 1, out);
        out.push(`${pad}}`);
        break;
    }
  }
}

/**
 * The config text of a tree, ending with exactly one newline.
 *
 * @example renderNginx([directive('pid', '/tmp/nginx.pid')]) // "pid /tmp/nginx.pid;\n"
 */
export function renderNginx(nodes: readonly NginxNode[]): string {
  const out: string[] = [];
  renderNodes(nodes, 0, out);
  return `${out.join('\n')}\n`;
}
