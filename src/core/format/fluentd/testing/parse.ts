/**
 * A reader of fluentd v1 configuration that follows `lib/fluent/config/v1_parser.rb`,
 * `literal_parser.rb` and `basic_parser.rb` rule for rule, for tests: it shows what fluentd
 * would read from a generated file. Where fluentd would run embedded Ruby (`#{...}` in a
 * double-quoted string) or read another file (`@include`) it records that instead; JSON values
 * (`[...]`, `{...}`) are kept as their text.
 */

export type ParsedValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'json'; readonly text: string }
  | { readonly kind: 'null' };

export interface ParsedElement {
  readonly name: string;
  readonly arg: string;
  /** Parameters in file order; fluentd keeps the last of a repeated key, so a test should see each once. */
  readonly params: readonly (readonly [string, ParsedValue])[];
  readonly elements: readonly ParsedElement[];
}

export interface ParseOutcome {
  readonly root: ParsedElement;
  /** Code fluentd would evaluate as Ruby, in file order. */
  readonly embeddedCode: readonly string[];
  /** `@include` targets fluentd would read. */
  readonly includes: readonly string[];
}

export class FluentParseError extends Error {
  constructor(message: string, pos: number) {
    super(`${message} at offset ${pos}`);
    this.name = 'FluentParseError';
  }
}

// Ruby's `.` is any character but "\n"; `\z` is the end of the input.
const END = '(?![\\s\\S])';
const LINE_END = `(?:[ \\t]*(?:#[^\\n]*)?(?:${END}|[\\r\\n]))+`;
const SPACING = `(?:[ \\t\\r\\n]|${END}|#[^\\n]*?(?:${END}|[\\r\\n]))+`;
const ZERO_OR_MORE_SPACING = `(?:[ \\t\\r\\n]|${END}|#[^\\n]*?(?:${END}|[\\r\\n]))*`;
const SPACING_WITHOUT_COMMENT = `(?:[ \\t\\r\\n]|${END})+`;
const LINE_END_WITHOUT_SPACING_AND_COMMENT = `(?:${END}|[\\r\\n])`;

const ELEM_SYMBOLS = ['match', 'source', 'filter', 'system'];
const RESERVED_PARAMS = ['@type', '@id', '@label', '@log_level'];

const compiled = new Map<string, RegExp>();

class Scanner {
  pos = 0;
  /** What the last successful skip/scan matched; null after a failed one (StringScanner#matched). */
  matched: string | null = null;
  readonly embedded: string[] = [];
  readonly includes: string[] = [];

  constructor(readonly text: string) {}

  private at(source: string): string | null {
    let re = compiled.get(source);
    if (!re) {
      re = new RegExp(source, 'y');
      compiled.set(source, re);
    }
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    return m ? m[0] : null;
  }

  check(source: string): string | null {
    return this.at(source);
  }

  scan(source: string): string | null {
    const m = this.at(source);
    this.matched = m;
    if (m !== null) this.pos += m.length;
    return m;
  }

  skip(source: string): boolean {
    return this.scan(source) !== null;
  }

  eof(): boolean {
    return this.pos >= this.text.length;
  }

  fail(message: string): never {
    throw new FluentParseError(message, this.pos);
  }

  spacing(): void {
    this.skip(SPACING);
  }

  lineEnd(): boolean {
    return this.skip(LINE_END);
  }

  // literal_parser.rb

  parseLiteral(boundary: string = LINE_END): ParsedValue {
    this.skip(SPACING_WITHOUT_COMMENT);
    if (this.skip('\\[')) return { kind: 'json', text: this.scanJson('[') };
    if (this.skip('\\{')) return { kind: 'json', text: this.scanJson('{') };
    const s = this.scanString(boundary);
    return s === null ? { kind: 'null' } : { kind: 'string', value: s };
  }

  scanString(boundary: string): string | null {
    if (this.skip('"')) return this.scanDoubleQuoted();
    if (this.skip("'")) return this.scanSingleQuoted();
    return this.scanNonquoted(boundary);
  }

  scanDoubleQuoted(): string {
    const out: string[] = [];
    for (;;) {
      if (this.skip('"')) return out.join('');
      if (this.check(`[^"]${LINE_END_WITHOUT_SPACING_AND_COMMENT}`) !== null) {
        const kept = this.check(`[^\\\\]${LINE_END_WITHOUT_SPACING_AND_COMMENT}`);
        if (kept !== null) out.push(kept);
        this.skip(`[^"]${LINE_END_WITHOUT_SPACING_AND_COMMENT}`);
        continue;
      }
      const esc = this.scan('\\\\[^\\n]');
      if (esc !== null) {
        out.push(this.escapeChar(esc.slice(1)));
        continue;
      }
      if (this.skip('#\\{')) {
        out.push(this.embeddedCode());
        continue;
      }
      const c = this.scan('[^\\n]');
      if (c !== null) out.push(c);
      else this.fail('unexpected end of file in a double quoted string');
    }
  }

  /** fluentd hands the rest to Ruby's lexer and evaluates it; here the code up to the matching `}` is recorded. */
  embeddedCode(): string {
    let depth = 1;
    const start = this.pos;
    while (!this.eof()) {
      const c = this.text[this.pos];
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      if (depth === 0) break;
      this.pos += 1;
    }
    if (this.eof()) this.fail('expected end of embedded code');
    const code = this.text.slice(start, this.pos);
    this.pos += 1;
    this.embedded.push(code);
    return `#{${code}}`;
  }

  escapeChar(c: string): string {
    switch (c) {
      case '"':
        return '"';
      case "'":
        return "'";
      case 'r':
        return '\r';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'f':
        return '\f';
      case 'b':
        return '\b';
      case '0':
        return '\0';
      default:
        if (/^[a-zA-Z0-9]$/.test(c)) this.fail(`unexpected back-slash escape character '${c}'`);
        return c;
    }
  }

  scanSingleQuoted(): string {
    const out: string[] = [];
    for (;;) {
      if (this.skip("'")) return out.join('');
      if (this.skip("\\\\'")) out.push("'");
      else if (this.skip('\\\\\\\\')) out.push('\\');
      else {
        const c = this.scan('[^\\n]');
        if (c !== null) out.push(c);
        else this.fail('unexpected end of file in a single quoted string');
      }
    }
  }

  scanNonquoted(boundary: string): string | null {
    const out: string[] = [];
    for (;;) {
      const hash = this.scan('#');
      if (hash !== null) {
        out.push(hash);
        continue;
      }
      const c = this.scan(`(?!${boundary})[^\\n]`);
      if (c === null) break;
      out.push(c);
    }
    return out.length === 0 ? null : out.join('');
  }

  /** Reads up to the first prefix that parses as JSON, as fluentd does (comments aside). */
  scanJson(open: string): string {
    let buffer = open;
    while (!this.eof()) {
      buffer += this.text[this.pos];
      this.pos += 1;
      try {
        JSON.parse(buffer);
        return buffer;
      } catch {
        // not complete yet
      }
    }
    return this.fail(`got incomplete JSON ${open === '[' ? 'array' : 'hash'} configuration`);
  }

  // v1_parser.rb

  parseElement(root: boolean, name: string): { params: [string, ParsedValue][]; elements: ParsedElement[] } {
    const params: [string, ParsedValue][] = [];
    const elements: ParsedElement[] = [];
    for (;;) {
      this.spacing();
      if (this.eof()) {
        if (root) break;
        this.fail(`expected end tag '</${name}>' but got end of file`);
      }
      if (this.skip('</')) {
        const endName = this.scan('[a-zA-Z0-9_]+');
        this.spacing();
        if (!this.skip('>')) this.fail('expected character in tag name');
        if (!this.lineEnd()) this.fail('expected end of line after end tag');
        if (endName !== name) this.fail('unmatched end tag');
        break;
      }
      if (this.skip('<')) {
        const elemName = this.scan('[a-zA-Z0-9_]+');
        this.spacing();
        const arg = this.scanString(`(?:${ZERO_OR_MORE_SPACING}>)`);
        this.spacing();
        if (!this.skip('>')) this.fail("expected '>'");
        if (!this.lineEnd()) this.fail('expected end of line after tag');
        const child = this.parseElement(false, elemName ?? '');
        elements.push({ name: elemName ?? '', arg: arg ?? '', ...child });
        continue;
      }
      if (root && this.skip(`(?:@include|include)${SPACING}`)) {
        this.parseInclude();
        continue;
      }
      const key = this.scanString(SPACING);
      if (key === null) this.fail('expected a parameter name');
      this.skip(SPACING_WITHOUT_COMMENT);
      if (this.matched === null) this.fail('undefined method include? for nil');
      if (this.matched.includes('\n') || this.eof()) {
        params.push([key, { kind: 'string', value: '' }]);
        continue;
      }
      if (key === '@include') {
        this.parseInclude();
        continue;
      }
      if (!RESERVED_PARAMS.includes(key) && key.startsWith('@') && (root || ELEM_SYMBOLS.includes(name)))
        this.fail(`'@' is the system reserved prefix: ${key}`);
      const value = this.parseLiteral();
      if (!this.lineEnd()) this.fail('expected end of line');
      params.push([key, value]);
    }
    return { params, elements };
  }

  parseInclude(): void {
    this.includes.push(this.scanString(LINE_END) ?? '');
    this.lineEnd();
  }
}

/**
 * What fluentd v1 reads from `text`: the root element with its parameters and sections, plus any
 * embedded Ruby and `@include` it would run. Throws `FluentParseError` where fluentd would refuse
 * the file.
 *
 * @example parseFluentConfig('<source>\n  @type storm\n</source>\n').root.elements[0]?.name // 'source'
 */
export function parseFluentConfig(text: string): ParseOutcome {
  const s = new Scanner(text);
  const { params, elements } = s.parseElement(true, '');
  s.spacing();
  if (!s.eof()) s.fail('expected EOF');
  return { root: { name: 'ROOT', arg: '', params, elements }, embeddedCode: s.embedded, includes: s.includes };
}
