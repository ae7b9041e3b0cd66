/**
 * The Go MySQL DSN of DATA_SOURCE_NAME, written and read back. The password is never in it: the
 * template writes Kubernetes's `$(MYSQLD_EXPORTER_PASSWORD)` reference, filled in from a Secret when
 * the container starts.
 */

/** The variable that holds the password; DATA_SOURCE_NAME refers to it as $(MYSQLD_EXPORTER_PASSWORD). */
export const PASSWORD_ENV = 'MYSQLD_EXPORTER_PASSWORD';

/**
 * `USER[:$(MYSQLD_EXPORTER_PASSWORD)]@tcp(ADDRESS)/`.
 *
 * @example writeDsn('exporter', '127.0.0.1:3306', true) // 'exporter:$(MYSQLD_EXPORTER_PASSWORD)@tcp(127.0.0.1:3306)/'
 */
export function writeDsn(user: string, address: string, withPassword: boolean): string {
  return `${user}${withPassword ? `:$(${PASSWORD_ENV})` : ''}@tcp(${address})/`;
}

export interface Dsn {
  readonly user: string;
  /** The password as written: a literal, or a `$(VAR)` reference. */
  readonly password?: string;
  readonly net: string;
  readonly address: string;
}

/**
 * A DSN, `[user[:password]@][net[(address)]]/dbname[?params]`, split the way the driver splits it:
 * the last "/" ends the address, the last "@" before it ends the credentials, the first ":" ends the user.
 *
 * @example parseDsn('u:p@ss@tcp(db:3306)/') // { user: 'u', password: 'p@ss', net: 'tcp', address: 'db:3306' }
 */
export function parseDsn(dsn: string): Dsn | undefined {
  const slash = dsn.lastIndexOf('/');
  if (slash < 0) return undefined;
  const head = dsn.slice(0, slash);
  const at = head.lastIndexOf('@');
  const credentials = at < 0 ? '' : head.slice(0, at);
  const where = /^([a-z0-9]*)(?:\((.*)\))?$/.exec(head.slice(at + 1));
  if (!where) return undefined;
  const colon = credentials.indexOf(':');
  return {
    user: colon < 0 ? credentials : credentials.slice(0, colon),
    ...(colon < 0 ? {} : { password: credentials.slice(colon + 1) }),
    net: where[1] || 'tcp',
    address: where[2] ?? '127.0.0.1:3306',
  };
}
