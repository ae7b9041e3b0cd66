/**
 * DATA_SOURCE_NAME for any parameter values: either validation refuses the value on its own field,
 * or the DSN the manifest carries reads back (the way the Go driver splits it) to the same user and
 * address, with the password reference as its only `$(...)`. And any password a Secret may hold,
 * once the kubelet puts it in, reaches the driver whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { PASSWORD_ENV, parseDsn, writeDsn } from './dsn';

function dsnOf(params: Params): { dsn?: string; refused: readonly string[] } {
  const design = sketchDesign({
    name: 'db',
    workloads: [
      {
        name: 'mysql',
        containers: [
          { template: 'app-mysql', name: 'mysql' },
          { template: 'mysqld-exporter', name: 'exporter', params },
        ],
      },
    ],
  });
  const refused = validate(design)
    .filter((d) => d.rule === 'PS010')
    .map((d) => d.target.field ?? '');
  const env = analyze(design).workloads[0]?.containers[1]?.contribution.env ?? [];
  const dsn = env.find((e) => e.name === 'DATA_SOURCE_NAME');
  return { dsn: dsn && 'value' in dsn ? dsn.value : undefined, refused };
}

const nasty = fc.constantFrom(':', '@', '/', '(', ')', '$', '$(X)', '?', ' ', '\n', 'é', 'a', '1', '.', '-', '_');
const text = fc.array(nasty, { maxLength: 12 }).map((a) => a.join(''));

describe('DATA_SOURCE_NAME', () => {
  it('holds the user and address as given, or validation refuses them', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.stringMatching(/^[a-z_][a-z0-9_.-]{0,20}$/)),
        fc.oneof(
          text,
          fc.integer({ min: 1, max: 65535 }).map((p) => `127.0.0.1:${p}`),
          fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9]{1,10}){0,2}:[0-9]{1,5}$/),
        ),
        (user, mysqlAddress) => {
          const { dsn, refused } = dsnOf({ user, mysqlAddress });
          if (refused.includes('user') || refused.includes('mysqlAddress')) return;
          expect(refused).toEqual([]);
          expect(parseDsn(dsn ?? '')).toEqual({
            user,
            password: `$(${PASSWORD_ENV})`,
            net: 'tcp',
            address: mysqlAddress,
          });
          expect(dsn?.match(/\$\(/g)).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the driver any password whole once the kubelet puts it in', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 40 })), (password) => {
        const dsn = writeDsn('exporter', '127.0.0.1:3306', true).replace(`$(${PASSWORD_ENV})`, () => password);
        expect(parseDsn(dsn)).toMatchObject({ user: 'exporter', password, address: '127.0.0.1:3306' });
      }),
      { numRuns: 500 },
    );
  });
});
