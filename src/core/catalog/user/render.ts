/**
 * Writing one parameter value where its placeholder stands. Each context (see `contexts.ts`) has
 * its escaping: YAML scalars through the manifest emitter's quoting, nginx words through
 * `quoteToken`, fluentd values through `renderValue`. Where no escaping keeps the file's structure
 * (a newline in a comment, a space in part of a bare word) the value is refused with the reason and
 * the file is not written.
 *
 * @example writeValue('yaml-value', { kind: 'string' }, 'yes') // { ok: true, text: '"yes"' }
 */
import { renderArg, renderValue } from '../../format/fluentd/value';
import { quoteToken } from '../../format/nginx/quote';
import { emitYaml, quote as yamlQuote } from '../../format/yaml/emit';
import type { ParamValue, Row } from '../../model/design';
import type { UserParamKind } from '../../model/user-template';
import type { Context } from './contexts';

export type Written = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Characters that are plain text inside a bare word of each language. */
const EMBEDDED_SAFE: Readonly<Record<'yaml' | 'nginx' | 'fluentd', RegExp>> = {
  yaml: /^[A-Za-z0-9._/+=~-]*$/,
  nginx: /^[A-Za-z0-9._/+=~:@%,-]*$/,
  fluentd: /^[A-Za-z0-9._/+=~:@%,*-]*$/,
};
const EMBEDDED_SAFE_NAMES: Readonly<Record<'yaml' | 'nginx' | 'fluentd', string>> = {
  yaml: 'letters, digits and . _ / + = ~ -',
  nginx: 'letters, digits and . _ / + = ~ : @ % , -',
  fluentd: 'letters, digits and . _ / + = ~ : @ % , * -',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule exists to refuse control characters
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/;

/** Which placements each kind of parameter can take (checked when a template is restored). */
export function kindFits(kind: UserParamKind, context: Context): boolean {
  if (kind === 'table') return context === 'yaml-value';
  if (kind === 'list') return context !== 'embedded' && context !== 'fluentd-arg';
  return true;
}

/** A scalar as plain text: numbers in decimal, booleans as `true`/`false` (nginx: `on`/`off`). */
function scalarText(value: ParamValue, nginx: boolean): string {
  if (typeof value === 'boolean') return nginx ? (value ? 'on' : 'off') : value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  return (value as readonly unknown[]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(',');
}

function yamlScalar(value: string): string {
  // The emitter writes multi-line text as a `|` block, which needs the indentation of its key: here a
  // double-quoted scalar (with `\n`) is right wherever it stands.
  return value.includes('\n') || CONTROL.test(value) ? yamlQuote(value) : emitYaml(value).slice(0, -1);
}

function yamlFlow(value: ParamValue): string {
  if (typeof value === 'string') return yamlQuote(value);
  if (typeof value !== 'object') return String(value);
  const items = (value as readonly (string | Row)[]).map((item) =>
    typeof item === 'string'
      ? yamlQuote(item)
      : `{${Object.entries(item)
          .map(([k, v]) => `${yamlQuote(k)}: ${typeof v === 'string' ? yamlQuote(v) : String(v)}`)
          .join(', ')}}`,
  );
  return `[${items.join(', ')}]`;
}

function oneLine(text: string): Written {
  return CONTROL.test(text)
    ? { ok: false, reason: 'must be one line without control characters here' }
    : { ok: true, text };
}

/**
 * The text that stands for `value` in `context` of a file in `language`, or why none can.
 *
 * @example writeValue('nginx-token', 'nginx', 'a b;') // { ok: true, text: '"a b;"' }
 * @example writeValue('embedded', 'yaml', 'a b')  // { ok: false, reason: 'can hold only ...' }
 */
export function writeValue(
  context: Context,
  language: 'yaml' | 'nginx' | 'fluentd' | 'text',
  value: ParamValue,
): Written {
  const isList = Array.isArray(value);
  switch (context) {
    case 'yaml-value':
      if (isList) return { ok: true, text: yamlFlow(value) };
      return { ok: true, text: typeof value === 'string' ? yamlScalar(value) : scalarText(value, false) };
    case 'yaml-dquote':
      return { ok: true, text: yamlQuote(scalarText(value, false)).slice(1, -1) };
    case 'yaml-squote': {
      const line = oneLine(scalarText(value, false));
      return line.ok ? { ok: true, text: line.text.replaceAll("'", "''") } : line;
    }
    case 'nginx-token':
      if (isList)
        return { ok: true, text: (value as readonly string[]).map((item) => quoteToken(String(item))).join(' ') };
      return { ok: true, text: quoteToken(scalarText(value, true)) };
    case 'nginx-dquote':
    case 'nginx-squote': {
      const q = context === 'nginx-dquote' ? '"' : "'";
      const text = scalarText(value, true).replace(/[\\"'\t\r\n]/g, (c) =>
        c === '\\' ? '\\\\' : c === q ? `\\${q}` : c === '\t' ? '\\t' : c === '\r' ? '\\r' : c === '\n' ? '\\n' : c,
      );
      return { ok: true, text };
    }
    case 'fluentd-value': {
      if (isList) {
        const items = value as readonly string[];
        if (items.some((item) => String(item).includes(',')))
          return { ok: false, reason: 'has an item with ",", which fluentd reads as a separator in a list' };
        return { ok: true, text: renderValue(items.join(',')) };
      }
      return { ok: true, text: renderValue(scalarText(value, false)) };
    }
    case 'fluentd-arg':
      return { ok: true, text: renderArg(scalarText(value, false)) };
    case 'embedded': {
      const lang = language === 'text' ? 'yaml' : language;
      const text = scalarText(value, language === 'nginx');
      return EMBEDDED_SAFE[lang].test(text)
        ? { ok: true, text }
        : {
            ok: false,
            reason: `can hold only ${EMBEDDED_SAFE_NAMES[lang]} where it is part of a larger word`,
          };
    }
    case 'line':
      return oneLine(scalarText(value, language === 'nginx'));
  }
}

/** How a value is written into env, args and command: plain text (the manifest writer quotes it). */
export function plainText(value: ParamValue): string {
  return scalarText(value, false);
}
