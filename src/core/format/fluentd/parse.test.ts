import { describe, expect, it } from 'vitest';
import { EXAMPLES, generateBundle } from '../..';
import { flattenFluent, paramOf, readFluentConf, sectionsOf } from './parse';

describe('readFluentConf', () => {
  it('reads sections, nested sections and parameters, with the pre-v1 `type`', () => {
    const r = readFluentConf(
      '# adapter\n<source>\n  type storm\n  tag storm # a comment\n  url "http://localhost:8080"\n</source>\n<match storm.**>\n  @type forward\n  <server>\n    host agg\n    port 24224\n  </server>\n</match>\n',
    );
    if (!r.ok) throw new Error(r.error);
    const [source] = sectionsOf(r.nodes, 'source');
    expect(paramOf(source?.body ?? [], 'type')).toBe('storm');
    expect(paramOf(source?.body ?? [], 'tag')).toBe('storm');
    expect(paramOf(source?.body ?? [], 'url')).toBe('http://localhost:8080');
    expect(flattenFluent(r.nodes)).toEqual([
      '<source> > @type storm',
      '<source> > tag storm',
      '<source> > url http://localhost:8080',
      '<match storm.**> > @type forward',
      '<match storm.**> > <server> > host agg',
      '<match storm.**> > <server> > port 24224',
    ]);
  });

  it('unescapes double-quoted values', () => {
    const r = readFluentConf('<source>\n  tag "a \\"b\\" \\#{c}\\n"\n</source>\n');
    expect(r.ok && paramOf(sectionsOf(r.nodes, 'source')[0]?.body ?? [], 'tag')).toBe('a "b" #{c}\n');
  });

  it.each([
    ['<source>\n  @type storm\n', 'line 1: <source> is never closed'],
    ['</source>\n', 'line 1: </source> closes no open <source>'],
    ['<source>\n</match>\n', 'line 2: </match> closes no open <match>'],
    ['<source>\n  = x\n</source>\n', 'line 2: cannot read "= x"'],
  ])('refuses %j', (text, error) => {
    expect(readFluentConf(text)).toEqual({ ok: false, error });
  });

  it('reads every fluent.conf the examples generate', () => {
    for (const e of EXAMPLES)
      for (const f of generateBundle(e.design).files.filter((x) => x.language === 'fluentd')) {
        const r = readFluentConf(f.content);
        expect(r.ok, `${e.name} ${f.path}`).toBe(true);
        expect(r.ok && sectionsOf(r.nodes, 'source').length).toBe(2);
      }
  });
});
