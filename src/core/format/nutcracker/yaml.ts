/**
 * YAML scalars for nutcracker.yaml, written by hand. nutcracker reads its file with libyaml (YAML
 * 1.1) and refuses flow style, anchors, tags and `---`, so the file is plain block YAML whose only
 * variable parts are scalars. A scalar is written plain when it can only be read back as the same
 * string (by libyaml and by YAML 1.2 readers such as js-yaml), and double-quoted with escapes
 * otherwise.
 */

/** Characters a plain scalar may use here: no indicator, no quote, no `#`, no space but between words. */
const PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./:-]*(?: [A-Za-z0-9_./:-]+)*$/;

/**
 * Plain scalars that a YAML reader would resolve to something other than a string (null, booleans
 * of YAML 1.1 and 1.2, numbers in any base, YAML 1.1 sexagesimals and timestamps): these are quoted.
 */
const TYPED =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$/;

/** True when `value` can be written as a plain scalar and read back as the same string. */
export function isPlainSafe(value: string): boolean {
  if (!PLAIN.test(value) || TYPED.test(value)) return false;
  // A colon followed by a space or at the end starts a mapping value.
  return !/:(?: |$)/.test(value);
}

/**
 * Characters written unescaped in a double-quoted scalar: libyaml's printable set, less the YAML 1.1
 * line breaks U+2028 and U+2029 (a raw one would be folded like a newline).
 */
function isPrintable(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xd7ff && code !== 0x2028 && code !== 0x2029) ||
    (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * `value` as a YAML double-quoted scalar: `"` and `\` escaped, every character outside libyaml's
 * printable set written as `\xNN` or `\uNNNN`. A lone UTF-16 surrogate cannot be written in UTF-8
 * and becomes U+FFFD (validation refuses such values before export).
 *
 * @example doubleQuoted('{}') // '"{}"'
 */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0xfffd;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\uFFFD';
    else if (isPrintable(code)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else out += `\\u${hex(code, 4)}`;
  }
  return `${out}"`;
}

/**
 * `value` as a YAML scalar: plain when that is safe, double-quoted otherwise.
 *
 * @example scalar('redis-0.redis:6379:1 shard-0') // 'redis-0.redis:6379:1 shard-0'
 * @example scalar('a #b') // '"a #b"'
 */
export function scalar(value: string): string {
  return isPlainSafe(value) ? value : doubleQuoted(value);
}
