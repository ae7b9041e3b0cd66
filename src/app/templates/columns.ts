/**
 * The columns of a table parameter as the editor writes them, one a line:
 * `key:string Title`, `key:int:MIN:MAX Title`, `key:bool Title`, `key:enum:a|b Title`.
 *
 * @example parseColumns('port:int:1:65535 Port') // [{ key: 'port', kind: 'int', min: 1, max: 65535, title: 'Port' }]
 */
import type { UserColumn } from '../../core';

/** The lines for a list of columns. */
export function columnsText(columns: readonly UserColumn[]): string {
  return columns
    .map((c) => {
      const spec =
        c.kind === 'int'
          ? `${c.key}:int:${c.min}:${c.max}`
          : c.kind === 'enum'
            ? `${c.key}:enum:${c.options.join('|')}`
            : `${c.key}:${c.kind}`;
      return `${spec} ${c.title}`;
    })
    .join('\n');
}

/** The columns of the lines that read as one; other lines are left out (the user is still typing). */
export function parseColumns(text: string): UserColumn[] {
  return text.split('\n').flatMap((line): UserColumn[] => {
    const m = /^\s*(\S+)\s+(.+?)\s*$/.exec(line);
    if (!m) return [];
    const [key = '', kind = '', ...rest] = (m[1] as string).split(':');
    const title = m[2] as string;
    if (!key) return [];
    if (kind === 'string' || kind === 'bool') return [{ key, title, kind }];
    if (kind === 'int' && rest.length === 2 && rest.every((n) => /^-?\d+$/.test(n)))
      return [{ key, title, kind, min: Number(rest[0]), max: Number(rest[1]) }];
    if (kind === 'enum' && rest.length === 1 && rest[0]) return [{ key, title, kind, options: rest[0].split('|') }];
    return [];
  });
}
