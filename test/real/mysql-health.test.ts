/**
 * The mysql-health image's scripts, run for real: the check under sh (and busybox sh, the shell of
 * the alpine image) with a fake `mariadb` client on PATH, and the server under socat on 127.0.0.1.
 * The fake records its arguments, so the tests prove every value arrives as one argument.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { MYSQL_HEALTH_IMAGE } from '../../src/core/catalog/templates/mysql-health';
import type { EnvVar } from '../../src/core/catalog/types';
import { sketchDesign } from '../../src/core/edit/sketch';
import { validate } from '../../src/core/validate';
import { requireProgram } from '../support/programs';
import { freePorts, waitForPort } from './predict-support';

/** Succeeds when MYSQL_PWD matches the password in FAKE_DIR/password and FAKE_DIR/state says "up". */
const FAKE_MARIADB = `#!/bin/sh
: > "$FAKE_DIR/args"
for a in "$@"; do printf '%s\\0' "$a" >> "$FAKE_DIR/args"; done
if [ "$(cat "$FAKE_DIR/state")" = up ] && [ "\${MYSQL_PWD-}" = "$(cat "$FAKE_DIR/password")" ]; then
  echo 1
  exit 0
fi
echo "ERROR 2002 (HY000): Can't connect to server on '127.0.0.1'" >&2
exit 1
`;

const GET = 'GET / HTTP/1.1\r\nHost: 10.1.2.3:8080\r\nUser-Agent: kube-probe/1.31\r\nAccept: */*\r\n\r\n';

let dir = '';
let bin = '';
let fake = '';

function script(name: string): string {
  return join(dir, name);
}

function setFake(state: 'up' | 'down', password = 's3cret'): void {
  writeFileSync(join(fake, 'state'), state);
  writeFileSync(join(fake, 'password'), password);
}

/** The arguments the fake client got on its last run. */
function lastArgs(): string[] {
  const raw = readFileSync(join(fake, 'args'), 'utf8');
  return raw === '' ? [] : raw.slice(0, -1).split('\0');
}

function runCheck(env: Record<string, string>, input = GET, shell: readonly string[] = ['sh']) {
  const [cmd = 'sh', ...pre] = shell;
  const r = spawnSync(cmd, [...pre, script('mysql-health-check')], {
    input,
    env: { PATH: `${bin}:/usr/bin:/bin`, FAKE_DIR: fake, ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The environment the generated manifest gives the adapter, with Secret values filled in. */
function adapterEnv(params: Record<string, string | number>, secretValue: string): Record<string, string> {
  const design = sketchDesign({
    name: 'db',
    workloads: [
      {
        name: 'mysql',
        containers: [
          { template: 'app-mysql', name: 'mysql' },
          { template: 'mysql-health', name: 'health', params },
        ],
      },
    ],
  });
  const env = analyze(design).workloads[0]?.containers[1]?.contribution.env ?? [];
  return Object.fromEntries(env.map((e: EnvVar) => [e.name, 'value' in e ? e.value : secretValue]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podsmith-mysql-health-'));
  bin = join(dir, 'bin');
  fake = join(dir, 'fake');
  mkdirSync(bin);
  mkdirSync(fake);
  for (const f of MYSQL_HEALTH_IMAGE.files) writeFileSync(join(dir, f.path), f.content);
  writeFileSync(join(bin, 'mariadb'), FAKE_MARIADB);
  chmodSync(join(bin, 'mariadb'), 0o755);
  setFake('up');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('mysql-health-check under sh', () => {
  const shell = (name: string): readonly string[] => (name === 'sh' ? ['sh'] : [requireProgram('busybox'), 'sh']);

  it.each(['sh', 'busybox sh'])('answers 200 when the query succeeds (%s)', (name) => {
    setFake('up');
    const r = runCheck({ MYSQL_PWD: 's3cret' }, GET, shell(name));
    expect(r.stdout).toBe('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nok\n');
  });

  it.each(['sh', 'busybox sh'])('answers 500 when the query fails (%s)', (name) => {
    setFake('down');
    const r = runCheck({ MYSQL_PWD: 's3cret' }, GET, shell(name));
    expect(r.stdout).toBe(
      'HTTP/1.0 500 Internal Server Error\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nquery failed\n',
    );
    expect(r.stderr).toContain("Can't connect");
  });

  it('answers 500 when the password from the Secret is wrong', () => {
    setFake('up', 'right');
    expect(runCheck({ MYSQL_PWD: 'wrong' }).stdout).toMatch(/^HTTP\/1\.0 500 /);
    setFake('up');
  });

  it('passes the defaults to the client, over TCP to 127.0.0.1:3306', () => {
    setFake('up');
    runCheck({ MYSQL_PWD: 's3cret' });
    expect(lastArgs()).toEqual([
      '--protocol=TCP',
      '--skip-ssl',
      '--host=127.0.0.1',
      '--port=3306',
      '--connect-timeout=5',
      '--batch',
      '--skip-column-names',
      '--execute=SELECT 1',
    ]);
  });

  it('passes what the generated manifest sets, each value as one argument', () => {
    setFake('up', 'p@ss word');
    const env = adapterEnv(
      { query: "SELECT COUNT(*) FROM t WHERE a = 'x; $(id)' -- \"`", user: 'health', database: 'app', mysqlPort: 3307 },
      'p@ss word',
    );
    const r = runCheck(env);
    expect(r.stdout).toMatch(/^HTTP\/1\.0 200 OK/);
    expect(lastArgs()).toEqual([
      '--protocol=TCP',
      '--skip-ssl',
      '--host=127.0.0.1',
      '--port=3307',
      '--connect-timeout=5',
      '--batch',
      '--skip-column-names',
      '--user=health',
      '--database=app',
      "--execute=SELECT COUNT(*) FROM t WHERE a = 'x; $(id)' -- \"`",
    ]);
    setFake('up');
  });

  it('answers a request that ends without its blank line', () => {
    setFake('up');
    expect(runCheck({ MYSQL_PWD: 's3cret' }, 'GET / HTTP/1.0').stdout).toMatch(/^HTTP\/1\.0 200 OK\r\n/);
    expect(runCheck({ MYSQL_PWD: 's3cret' }, '').stdout).toMatch(/^HTTP\/1\.0 200 OK\r\n/);
  });

  it('property: any query, user and database that validation accepts reach the client unchanged', () => {
    setFake('up');
    let accepted = 0;
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          text.map((s) => `SELECT '${s}'`),
        ),
        fc.oneof(text, fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$/)),
        fc.oneof(text, fc.stringMatching(/^[A-Za-z0-9_$-]{1,64}$/)),
        (query, user, database) => {
          const design = sketchDesign({
            name: 'db',
            workloads: [
              {
                name: 'mysql',
                containers: [
                  { template: 'app-mysql', name: 'mysql' },
                  { template: 'mysql-health', name: 'health', params: { query, user, database } },
                ],
              },
            ],
          });
          const refused = validate(design).some((d) => d.severity === 'error');
          if (refused || query.includes('\0')) return;
          accepted += 1;
          runCheck(adapterEnv({ query, user, database }, 's3cret'));
          const args = lastArgs();
          expect(args).toContain(`--execute=${query}`);
          expect(args).toContain(`--user=${user}`);
          expect(args).toContain(`--database=${database}`);
          expect(args).toHaveLength(10);
        },
      ),
      { numRuns: 150 },
    );
    expect(accepted).toBeGreaterThan(20);
  });
});

describe('mysql-health server under socat', () => {
  let server: ChildProcess | undefined;
  let port = 0;
  let log = '';

  function get(path = '/'): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, timeout: 5000 }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    requireProgram('socat');
    [port = 0] = await freePorts(1);
    setFake('up');
    server = spawn('timeout', ['60', 'sh', script('mysql-health')], {
      env: {
        PATH: `${bin}:/usr/bin:/bin`,
        FAKE_DIR: fake,
        HEALTH_PORT: String(port),
        HEALTH_BIND: '127.0.0.1',
        MYSQL_PWD: 's3cret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    await waitForPort(port, 5000, log);
  });

  afterAll(async () => {
    const pid = server?.pid;
    if (server && pid !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      process.kill(pid, 'SIGTERM');
      await exited;
    }
  });

  it('answers HTTP 200 while MySQL answers, and 500 when it stops', async () => {
    setFake('up');
    expect(await get('/')).toEqual({ status: 200, body: 'ok\n' });
    setFake('down');
    expect(await get('/')).toEqual({ status: 500, body: 'query failed\n' });
    setFake('up');
    expect((await get('/healthz')).status).toBe(200);
    expect(log).toContain(`mysql-health: listening on port ${port}`);
  });

  it('answers concurrent probes', async () => {
    setFake('up');
    const results = await Promise.all(Array.from({ length: 8 }, () => get('/')));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
  });

  it('refuses to start on a port that is not a number', () => {
    const r = spawnSync('sh', [script('mysql-health')], {
      env: { PATH: `${bin}:/usr/bin:/bin`, HEALTH_PORT: '80,fork' },
      encoding: 'utf8',
      timeout: 5000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("HEALTH_PORT must be a port number, not '80,fork'");
  });
});
