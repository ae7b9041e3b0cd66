/**
 * Running the real HAProxy on test copies of generated configs. HAProxy resolves server host names
 * when it starts (with libc), and generated configs name Kubernetes Services: `haproxy -c` runs in a
 * private mount namespace (`unshare -m`) where a hosts file of our own maps those names to
 * 127.0.0.1, so the `server` lines under test are exactly the generated ones and the machine's
 * /etc/hosts is never touched.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHaproxy } from '../../src/core/format/haproxy';
import { requireProgram } from './programs';

export interface HaproxyCheck {
  readonly ok: boolean;
  /** Everything haproxy said, then the file. */
  readonly output: string;
}

/** Host names of the config's `server` lines that are not IPv4 addresses. */
export function serverHosts(config: string): string[] {
  const hosts = readHaproxy(config).sections.flatMap((s) =>
    s.lines.filter((l) => l.words[0] === 'server').map((l) => (l.words[2] ?? '').replace(/:[0-9]+$/, '')),
  );
  return [...new Set(hosts.filter((h) => h !== '' && !/^[0-9.]+$/.test(h)))];
}

let count = 0;

/**
 * `haproxy -c -f FILE` with `hosts` (by default the config's server hosts) resolving to 127.0.0.1.
 * Passes only when HAProxy exits 0 and says no ALERT and no WARNING.
 */
export function haproxyCheck(dir: string, config: string, hosts = serverHosts(config)): HaproxyCheck {
  const haproxy = requireProgram('haproxy');
  const unshare = requireProgram('unshare');
  count += 1;
  const file = join(dir, `haproxy-${count}.cfg`);
  const hostsFile = join(dir, `hosts-${count}`);
  writeFileSync(file, config);
  writeFileSync(hostsFile, `${['127.0.0.1 localhost', ...hosts.map((h) => `127.0.0.1 ${h}`)].join('\n')}\n`);
  const script = 'mount --bind "$1" /etc/hosts && shift && exec "$@"';
  const r = spawnSync(unshare, ['-m', '--', 'sh', '-c', script, 'sh', hostsFile, haproxy, '-c', '-f', file], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  const said = `${r.stdout}${r.stderr}`;
  const ok = r.status === 0 && !/\[(ALERT|WARNING)\]/.test(said);
  return { ok, output: `${said.trim()}\n--- ${file}\n${config}` };
}
