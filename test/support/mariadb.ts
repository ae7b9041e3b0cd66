/**
 * A throwaway MariaDB server for a test: a fresh data directory under the system temp dir, one
 * server on 127.0.0.1 under `timeout`, stopped by its pid. Run as root, the server runs as the
 * package's `mysql` user (mariadbd refuses root); otherwise as the test's own user.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Started, startBounded, waitForPort } from '../real/predict-support';
import { requireProgram } from './programs';

export interface Mariadb {
  readonly port: number;
  /** Runs SQL as root over TCP and returns the client's tab-separated output. */
  readonly sql: (statements: string) => string;
  readonly stop: () => Promise<void>;
}

/** The uid and gid of the `mysql` user when the test runs as root, else undefined. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'mysql'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Initialises a data directory and starts mariadbd on 127.0.0.1:port for at most `seconds`.
 * `args` are extra server options (e.g. `--performance-schema=ON`).
 */
export async function startMariadb(port: number, args: readonly string[] = [], seconds = 120): Promise<Mariadb> {
  const dir = mkdtempSync(join(tmpdir(), 'podsmith-mariadb-'));
  const user = serverUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const as = user ? ['--user=mysql'] : [];
  const datadir = join(dir, 'data');
  execFileSync(
    requireProgram('mariadb-install-db'),
    ['--no-defaults', ...as, `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
    { stdio: 'pipe', timeout: 60_000 },
  );
  const server: Started = startBounded(seconds, requireProgram('mariadbd'), [
    '--no-defaults',
    ...as,
    `--datadir=${datadir}`,
    '--bind-address=127.0.0.1',
    `--port=${port}`,
    `--socket=${join(dir, 'mysqld.sock')}`,
    `--pid-file=${join(dir, 'mysqld.pid')}`,
    '--skip-name-resolve',
    '--innodb-buffer-pool-size=16M',
    ...args,
  ]);
  const client = requireProgram('mariadb');
  const sql = (statements: string): string =>
    execFileSync(client, ['--no-defaults', '-h127.0.0.1', `-P${port}`, '-uroot', '--batch', '-e', statements], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000,
    });
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, 30_000, `for mariadbd (${server.output().slice(-2000)})`);
    sql('SELECT 1');
  } catch (e) {
    await stop();
    throw e;
  }
  return { port, sql, stop };
}
