/**
 * For every string parameter of git-sync, redis-exporter, log-to-stdout and mysql-health (topz has
 * none): an arbitrary value is either refused by validation with an error on that very field, or
 * reaches the container exactly as given, as one argument or one environment value. Never split,
 * never interpreted, and `build` never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { sketchDesign } from '../../edit/sketch';
import type { Params } from '../../model/design';
import { validate } from '../../validate';
import { getTemplate } from '..';
import type { Contribution, EnvVar } from '../types';

interface Case {
  readonly template: string;
  readonly app: string;
  readonly key: string;
  /** Extra parameters that keep other rules quiet (e.g. a key Secret for ssh URLs). */
  readonly base?: Params;
  /** Values of the shape the field expects, so that accepted values are exercised too. */
  readonly plausible: fc.Arbitrary<string>;
  readonly appears: (c: Contribution, value: string) => boolean;
}

const envValue = (c: Contribution, name: string): EnvVar | undefined => c.env?.find((e) => e.name === name);
const secretRef = (e: EnvVar | undefined): string | undefined =>
  e && 'secret' in e ? `${e.secret.name}/${e.secret.key}` : undefined;
const word = (pattern: RegExp) => fc.stringMatching(pattern);
const secretKey = fc
  .tuple(word(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/), word(/^[-._a-zA-Z0-9]{1,20}$/))
  .map(([s, k]) => `${s}/${k}`);

const CASES: readonly Case[] = [
  {
    template: 'git-sync',
    app: 'app-generic',
    key: 'repo',
    base: { sshKeySecret: 'git-ssh' },
    plausible: fc.oneof(
      word(/^[a-z0-9/._-]{1,40}$/).map((p) => `https://github.com/${p}`),
      word(/^[a-z0-9/._-]{1,40}$/).map((p) => `git@github.com:${p}`),
    ),
    appears: (c, v) => c.args?.length === 7 && c.args[0] === `--repo=${v}`,
  },
  {
    template: 'git-sync',
    app: 'app-generic',
    key: 'ref',
    plausible: word(/^[A-Za-z0-9_][A-Za-z0-9_+-]{0,30}$/),
    appears: (c, v) => c.args?.length === 7 && c.args[1] === `--ref=${v}`,
  },
  {
    template: 'git-sync',
    app: 'app-generic',
    key: 'mountPath',
    plausible: word(/^[a-z0-9_-]{1,20}$/).map((p) => `/srv/${p}`),
    appears: (c, v) => c.sharedDirs?.length === 1 && c.sharedDirs[0]?.appMountPath === v,
  },
  {
    template: 'git-sync',
    app: 'app-generic',
    key: 'link',
    plausible: word(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,30}$/),
    appears: (c, v) => c.args?.length === 7 && c.args[5] === `--link=${v}`,
  },
  {
    template: 'git-sync',
    app: 'app-generic',
    key: 'sshKeySecret',
    plausible: word(/^[a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?$/),
    appears: (c, v) => (v === '' ? c.secrets === undefined : c.secrets?.[0]?.secretName === v),
  },
  {
    template: 'redis-exporter',
    app: 'app-redis',
    key: 'redisAddress',
    plausible: fc.integer({ min: 1, max: 65535 }).map((p) => `localhost:${p}`),
    appears: (c, v) => c.args?.length === 2 && c.args[0] === `--redis.addr=${v}`,
  },
  {
    template: 'redis-exporter',
    app: 'app-redis',
    key: 'passwordSecret',
    plausible: secretKey,
    appears: (c, v) => (v === '' ? c.env === undefined : secretRef(envValue(c, 'REDIS_PASSWORD')) === v),
  },
  {
    template: 'log-to-stdout',
    app: 'app-generic',
    key: 'logPath',
    plausible: word(/^[a-z0-9_-]{1,20}$/).map((f) => `/var/log/app/${f}.log`),
    appears: (c, v) => JSON.stringify(c.args) === JSON.stringify(['-n', '0', '-F', v]),
  },
  {
    template: 'mysql-health',
    app: 'app-mysql',
    key: 'query',
    plausible: fc.string({ maxLength: 40 }).map((s) => `SELECT ${s}`),
    appears: (c, v) =>
      JSON.stringify(envValue(c, 'HEALTH_QUERY')) === JSON.stringify({ name: 'HEALTH_QUERY', value: v }),
  },
  {
    template: 'mysql-health',
    app: 'app-mysql',
    key: 'user',
    plausible: word(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$/),
    appears: (c, v) => JSON.stringify(envValue(c, 'MYSQL_USER')) === JSON.stringify({ name: 'MYSQL_USER', value: v }),
  },
  {
    template: 'mysql-health',
    app: 'app-mysql',
    key: 'database',
    plausible: word(/^[A-Za-z0-9_$-]{1,64}$/),
    appears: (c, v) =>
      JSON.stringify(envValue(c, 'MYSQL_DATABASE')) === JSON.stringify({ name: 'MYSQL_DATABASE', value: v }),
  },
  {
    template: 'mysql-health',
    app: 'app-mysql',
    key: 'passwordSecret',
    plausible: secretKey,
    appears: (c, v) => (v === '' ? envValue(c, 'MYSQL_PWD') === undefined : secretRef(envValue(c, 'MYSQL_PWD')) === v),
  },
];

const NASTY = [
  '',
  ' ',
  '-x',
  '--exec=sh',
  '$(id)',
  '`id`',
  "'; rm -rf / #",
  '"quoted"',
  'a\nb',
  'a\r\nb',
  '\u2028',
  'tab\there',
  '\u0000',
  '{{ .Values }}',
  '#{ENV}',
  'a: b',
  '- item',
  '/etc',
  '/',
  'https://github.com/org/repo.git --upload-pack=x',
  'localhost:6379 --debug',
];

function arbitrary(c: Case): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
    fc.constantFrom(...NASTY),
    c.plausible,
    fc.tuple(c.plausible, fc.constantFrom(...NASTY)).map(([p, n]) => p + n),
  );
}

describe.each(CASES)('$template.$key', (c) => {
  it('is refused on its field, or reaches the container exactly as given', () => {
    const template = getTemplate(c.template);
    expect(template?.params[c.key]?.kind).toBe('string');
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(arbitrary(c), (value) => {
        const design = sketchDesign({
          name: 'prop',
          workloads: [
            {
              name: 'pod',
              nativeSidecars: true,
              containers: [
                { template: c.app, name: 'app' },
                { template: c.template, name: 'helper', params: { ...c.base, [c.key]: value } },
              ],
            },
          ],
        });
        const built = analyze(design).workloads[0]?.containers[1];
        expect(built?.buildError).toBeUndefined();
        const onField = validate(design).some(
          (d) =>
            d.severity === 'error' &&
            d.target.kind === 'container' &&
            d.target.containerId === built?.container.id &&
            d.target.field === c.key,
        );
        if (onField) {
          refused += 1;
          return;
        }
        accepted += 1;
        expect(built && c.appears(built.contribution, value)).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});

it('covers every string parameter of these templates', () => {
  const covered = new Set(CASES.map((c) => `${c.template}.${c.key}`));
  for (const id of ['git-sync', 'topz', 'redis-exporter', 'log-to-stdout', 'mysql-health']) {
    for (const [key, spec] of Object.entries(getTemplate(id)?.params ?? {}))
      if (spec.kind === 'string') expect(covered).toContain(`${id}.${key}`);
  }
});
