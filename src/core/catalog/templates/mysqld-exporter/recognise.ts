/**
 * mysqld_exporter read back from a manifest: the connection from DATA_SOURCE_NAME (v0.14) or from
 * --mysqld.address and --mysqld.username (v0.15 and later), the password's Secret, the listen port
 * and the --collect.* flags.
 */

import type { Notice } from '../../../read/notice';
import { containerPath, type RecogniseInput, type Recogniser, subjectOf } from '../../../read/recognise';
import { flag, imageName, portOf } from '../../../read/words';
import { defined, envSecretRef } from '../../shared/recognise-values';
import { COLLECTORS } from './collectors';
import { PASSWORD_ENV, parseDsn } from './dsn';

/** The driver's default port added to an address without one. */
const withPort = (address: string | undefined) =>
  address === undefined || /:[0-9]+$/.test(address) ? address : `${address}:3306`;

function envOf(input: RecogniseInput, name: string) {
  return input.container.env.find((x) => x.name === name)?.source;
}

/** The collectors the flags turn on; slave_status counts unless turned off, as the exporter's default is on. */
function collectorsOf(words: readonly string[]): { collector: string }[] {
  const on = new Set(words.filter((w) => w.startsWith('--collect.')).map((w) => w.slice('--collect.'.length)));
  if (!words.includes('--no-collect.slave_status')) on.add('slave_status');
  return COLLECTORS.filter((c) => on.has(c)).map((collector) => ({ collector }));
}

export const recogniseMysqldExporter: Recogniser = (input) => {
  const { container } = input;
  if (!/^mysqld[_-]exporter$/.test(imageName(container.image))) return undefined;
  const words = [...container.command, ...container.args];
  const notices: Notice[] = [];
  const note = (message: string) =>
    notices.push({
      severity: 'warning',
      message: `${subjectOf(input)}: ${message}`,
      path: containerPath(input, 'env'),
    });
  const source = envOf(input, 'DATA_SOURCE_NAME');
  const dsn = source?.kind === 'value' ? parseDsn(source.value) : undefined;
  if (source?.kind === 'secret')
    note(
      `DATA_SOURCE_NAME comes from the Secret ${source.name}; Podsmith writes it from MySQL address, User and Password Secret, so check those.`,
    );
  else if (source && !dsn) note('DATA_SOURCE_NAME is not a MySQL DSN Podsmith can read; check MySQL address and User.');
  if (dsn && dsn.net !== 'tcp')
    note(`DATA_SOURCE_NAME connects over ${dsn.net}; Podsmith's exporter connects over TCP.`);
  const reference = dsn?.password === undefined ? undefined : /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(dsn.password);
  if (dsn?.password !== undefined && !reference)
    note(
      'DATA_SOURCE_NAME holds the password in clear text; it is not kept: set Password Secret to a Secret that holds it.',
    );
  const passwordVar = reference?.[1] ?? PASSWORD_ENV;
  const listen = flag(words, ['--web.listen-address']);
  return {
    template: 'mysqld-exporter',
    params: {
      ...defined({
        mysqlAddress: withPort(dsn?.net === 'tcp' ? dsn.address : flag(words, ['--mysqld.address'])),
        user: dsn ? dsn.user || undefined : flag(words, ['--mysqld.username']),
        passwordSecret: envSecretRef(input, passwordVar) ?? (dsn || source === undefined ? '' : undefined),
        metricsPort: listen === undefined ? undefined : portOf(listen),
      }),
      collectors: collectorsOf(words),
    },
    env: ['DATA_SOURCE_NAME', passwordVar],
    notices,
  };
};
