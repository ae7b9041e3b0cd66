/**
 * Finding the real programs the tests run. A missing program fails the test with the command that
 * installs it: tests are never skipped for want of a program.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES: Record<string, string> = {
  nginx: 'nginx libnginx-mod-stream',
  nutcracker: 'nutcracker',
  'redis-server': 'redis-server',
  'redis-cli': 'redis-server',
  kubectl: 'kubectl (see https://kubernetes.io/docs/tasks/tools/)',
  curl: 'curl',
  openssl: 'openssl',
  chromium: 'chromium',
  socat: 'socat',
  busybox: 'busybox',
  'prometheus-redis-exporter': 'prometheus-redis-exporter',
  'prometheus-mysqld-exporter': 'prometheus-mysqld-exporter',
  mariadbd: 'mariadb-server',
  'mariadb-install-db': 'mariadb-server',
  mariadb: 'mariadb-client',
  haproxy: 'haproxy',
  varnishd: 'varnish',
  unshare: 'util-linux',
  setpriv: 'util-linux',
};

/** The absolute path of a program, or throws an Error that says how to install it. */
export function requireProgram(name: string): string {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/sbin', '/bin']) {
    if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    const pkg = PACKAGES[name] ?? name;
    throw new Error(
      `${name} is not installed: run \`sudo apt-get install -y ${pkg}\` (or \`npm test\`, which installs it)`,
    );
  }
}
