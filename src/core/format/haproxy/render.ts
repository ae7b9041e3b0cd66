/**
 * Rendering an HAProxy config tree to text: one section header per section at the left margin, its
 * lines indented by four spaces, a blank line between sections. Every argument goes through
 * `quoteWord`, and section names that HAProxy would refuse are quoted too, so the file's structure
 * (sections, lines, words) is always the tree's.
 */
import { quoteWord } from './quote';
import type { HaproxyConfig, HaproxyEntry, HaproxySection } from './tree';

const INDENT = '    ';

// biome-ignore lint/suspicious/noControlCharactersInRegex: comments must stay on one line
const CONTROL = /[\u0000-\u001f\u007f]/g;

function entryText(entry: HaproxyEntry): string {
  if (entry.kind === 'comment') return `${INDENT}# ${entry.text.replace(CONTROL, ' ')}`.trimEnd();
  return [entry.keyword, ...entry.args.map(quoteWord)].join(' ');
}

function sectionText(s: HaproxySection): string {
  const head = s.name === undefined ? s.kind : `${s.kind} ${quoteWord(s.name)}`;
  const body = s.entries.map((e) => (e.kind === 'comment' ? entryText(e) : `${INDENT}${entryText(e)}`));
  return [head, ...body].join('\n');
}

/**
 * The text of a config, ending with a newline.
 *
 * @example renderHaproxy({ header: [], sections: [section('global', undefined, [line('log', 'stdout', 'format', 'raw', 'local0')])] })
 * // 'global\n    log stdout format raw local0\n'
 */
export function renderHaproxy(config: HaproxyConfig): string {
  const header = config.header.map((h) => `# ${h.replace(CONTROL, ' ')}`.trimEnd());
  const parts = [...(header.length ? [header.join('\n')] : []), ...config.sections.map(sectionText)];
  return `${parts.join('\n\n')}\n`;
}
