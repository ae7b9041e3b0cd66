/**
 * For every string parameter of both fluentd templates: an arbitrary value either is refused by
 * validation with an error on that field, or fluentd reads it back exactly, in the same place,
 * with the same sections and parameters around it. Refused or not, the file keeps its structure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nastyString } from '../../format/fluentd/testing/arbitraries';
import type { Params } from '../../model/design';
import { validate } from '../../validate';
import { restoredParams } from '../restored.testing';
import { fluentdRedisSlowlog } from '../templates/fluentd-redis-slowlog';
import { fluentdStorm } from '../templates/fluentd-storm';
import type { TemplateDef } from '../types';
import { buildAdapter, readConf, replaceValue } from './fluentd-adapter.testing';

interface Case {
  readonly template: TemplateDef;
  readonly app: string;
  readonly key: string;
  /** A valid value that appears nowhere else in the file: where the arbitrary value must land. */
  readonly sentinel: string;
  readonly base: Params;
}

const forward = { output: 'forward', forwardHost: 'sentinel-aggregator' };

const CASES: readonly Case[] = [
  { template: fluentdRedisSlowlog, app: 'app-redis', key: 'host', sentinel: 'sentinel-redis', base: {} },
  { template: fluentdRedisSlowlog, app: 'app-redis', key: 'tag', sentinel: 'sentinel.tag', base: {} },
  { template: fluentdRedisSlowlog, app: 'app-redis', key: 'forwardHost', sentinel: 'sentinel-host', base: forward },
  { template: fluentdRedisSlowlog, app: 'app-redis', key: 'output', sentinel: 'forward', base: forward },
  { template: fluentdStorm, app: 'app-storm', key: 'url', sentinel: 'http://sentinel-ui:1', base: {} },
  { template: fluentdStorm, app: 'app-storm', key: 'tag', sentinel: 'sentinel.tag', base: {} },
  { template: fluentdStorm, app: 'app-storm', key: 'window', sentinel: ':all-time', base: {} },
  { template: fluentdStorm, app: 'app-storm', key: 'forwardHost', sentinel: 'sentinel-host', base: forward },
  { template: fluentdStorm, app: 'app-storm', key: 'output', sentinel: 'forward', base: forward },
];

/** Values near the valid ones, so that accepted values are tried often, not only refused ones. */
const plausible = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,8}(\.[a-z0-9-]{1,8}){0,3}$/),
  fc.stringMatching(/^http:\/\/[a-z0-9]{1,8}(\.[a-z]{1,5}){0,2}(:[1-9][0-9]{0,3})?(\/[a-z]{1,5}){0,2}$/),
  fc.constantFrom('600', '10800', '86400', ':all-time', 'stdout', 'forward', 'localhost', 'fluent.x', 'a..b'),
  fc.tuple(fc.constantFrom('redis.slowlog', 'http://localhost:8080', 'localhost'), nastyString).map(([a, b]) => a + b),
);

const value = fc.oneof(nastyString, plausible);

describe.each(CASES)('$template.id parameter $key', ({ template, app, key, sentinel, base }) => {
  const baseline = readConf(buildAdapter(template, { ...base, [key]: sentinel }, app).conf);

  it('takes the sentinel as a valid value (the property below depends on it)', () => {
    const diags = validate(buildAdapter(template, { ...base, [key]: sentinel }, app).design);
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses an arbitrary value on its field, or fluentd reads back exactly that value', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(value, (v) => {
        const built = buildAdapter(template, { ...base, [key]: v }, app);
        const errors = validate(built.design).filter((d) => d.severity === 'error');
        const onField = errors.filter((d) => d.target.kind === 'container' && d.target.field === key);
        // Whatever validation says, the file is read as the same sections and parameters.
        const parsed = readConf(built.conf);
        if (onField.length > 0) {
          refused += 1;
          // PS010: the value breaks its rule; PS140: a forward output without its aggregator.
          expect(onField.every((d) => d.rule === 'PS010' || d.rule === 'PS140')).toBe(true);
          return;
        }
        accepted += 1;
        const spec = template.params[key];
        if (key === 'output') {
          // Not written anywhere: it chooses the <match> directive, and only its options are accepted.
          expect(spec?.kind === 'enum' && spec.options.includes(v)).toBe(true);
          return;
        }
        expect(parsed).toEqual(replaceValue(baseline, sentinel, v));
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('keeps the structure even for values validation refuses: escaped, never injected', () => {
    fc.assert(
      fc.property(nastyString, (v) => {
        const built = buildAdapter(template, { ...base, [key]: v }, app);
        const parsed = readConf(built.conf);
        if (key === 'output' || key === 'window') return; // enums choose the structure itself
        expect(parsed).toEqual(replaceValue(baseline, sentinel, v));
      }),
      { numRuns: 300 },
    );
  });
});

describe.each([fluentdRedisSlowlog, fluentdStorm])('$id with values of any type', (template) => {
  it('builds and checks without throwing, and its fluent.conf still parses, whatever values restore() lets through', () => {
    const keys = Object.keys(template.params);
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string()),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue), (raw) => {
        const params = restoredParams(template, raw);
        if (!params) return;
        const built = buildAdapter(template, params, 'app-redis');
        expect(() => readConf(built.conf)).not.toThrow();
        expect(() => validate(built.design)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
