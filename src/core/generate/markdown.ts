/** Safe markdown pieces for user values: code spans and table cells that no value can break. */

/** Text that a plain one-backtick span cannot hold as it is. */
const NEEDS_CARE = /[`\r\n]/;

/** A code span that holds any text: the fence is longer than any run of backticks inside. */
export function code(text: string): string {
  if (text !== '' && !NEEDS_CARE.test(text)) return `\`${text}\``;
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Plain text for a table cell: pipes escaped, line breaks folded, markup characters escaped. */
export function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
