import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import { generateBundle } from '../../../generate/bundle';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { isPinnedImage } from '../../../validate/names';
import { resolveParams } from '../../params';
import { CHECK_SCRIPT, MYSQL_HEALTH_IMAGE, mysqlHealth, SERVE_SCRIPT } from './index';

function design(params: Params = {}, withMysql = true) {
  return sketchDesign({
    name: 'db',
    workloads: [
      {
        name: 'mysql',
        containers: [
          ...(withMysql ? [{ template: 'app-mysql', name: 'mysql' }] : [{ template: 'app-generic', name: 'web' }]),
          { template: 'mysql-health', name: 'health', params },
        ],
      },
    ],
  });
}

function contribution(params: Params = {}) {
  const built = analyze(design(params)).workloads[0]?.containers[1];
  if (!built) throw new Error('no adapter container');
  return built.contribution;
}

const rules = (params: Params, withMysql = true) => validate(design(params, withMysql)).map((d) => d.rule);

describe('mysql-health build', () => {
  it('hands every parameter to the adapter as an environment variable', () => {
    expect(contribution().env).toEqual([
      { name: 'HEALTH_PORT', value: '8080' },
      { name: 'HEALTH_QUERY', value: 'SELECT 1' },
      { name: 'MYSQL_HOST', value: '127.0.0.1' },
      { name: 'MYSQL_PORT', value: '3306' },
      { name: 'MYSQL_USER', value: 'health' },
      { name: 'MYSQL_DATABASE', value: '' },
      { name: 'MYSQL_PWD', secret: { name: 'mysql-credentials', key: 'health-password' } },
    ]);
  });

  it('takes no password when no Secret is set', () => {
    const env = contribution({ passwordSecret: '' }).env ?? [];
    expect(env.map((e) => e.name)).not.toContain('MYSQL_PWD');
  });

  it.each([
    [{ port: 1 }, 'HEALTH_PORT', '1'],
    [{ port: 65535 }, 'HEALTH_PORT', '65535'],
    [{ mysqlPort: 3307 }, 'MYSQL_PORT', '3307'],
    [{ database: 'app' }, 'MYSQL_DATABASE', 'app'],
    [
      { query: "SELECT COUNT(*) FROM orders WHERE note = 'a;b'" },
      'HEALTH_QUERY',
      "SELECT COUNT(*) FROM orders WHERE note = 'a;b'",
    ],
  ])('sets %o as %s=%s', (params, name, value) => {
    expect(contribution(params).env).toContainEqual({ name, value });
  });

  it("offers the app a livenessProbe on the adapter's port, and the generator wires it to MySQL", () => {
    expect(contribution({ port: 9000 }).appLivenessProbe).toEqual({
      kind: 'http',
      port: 9000,
      path: '/',
      initialDelaySeconds: 60,
      periodSeconds: 10,
      failureThreshold: 3,
    });
    const all = generateBundle(design({ port: 9000 })).files.find((f) => f.path === 'all.yaml')?.content ?? '';
    const mysql = all.slice(all.indexOf('- name: mysql\n'), all.indexOf('- name: health\n'));
    expect(mysql).toContain('livenessProbe:\n            httpGet:\n              path: /\n              port: 9000');
  });

  it('listens on every pod address (the kubelet probes the pod IP), not published', () => {
    expect(contribution().ports).toEqual([{ name: 'health', containerPort: 8080, scope: 'pod' }]);
  });

  it('connects to MySQL on localhost', () => {
    expect(mysqlHealth.connectsTo?.(resolveParams(mysqlHealth, { mysqlPort: 3307 }))).toEqual(['localhost:3307']);
  });
});

describe('mysql-health image recipe', () => {
  const image = contribution().image;

  it('is one recipe for every container: ENV holds the template defaults', () => {
    expect(image).toBe(MYSQL_HEALTH_IMAGE);
    expect(contribution({ port: 9000, query: 'SELECT 2' }).image).toBe(MYSQL_HEALTH_IMAGE);
    const env = Object.fromEntries(MYSQL_HEALTH_IMAGE.env.map((e) => [e.name, e.value]));
    expect(env).toEqual({
      HEALTH_PORT: '8080',
      HEALTH_BIND: '',
      HEALTH_QUERY: 'SELECT 1',
      MYSQL_HOST: '127.0.0.1',
      MYSQL_PORT: '3306',
      MYSQL_USER: 'health',
      MYSQL_DATABASE: '',
    });
    expect(MYSQL_HEALTH_IMAGE.env.every((e) => e.doc.length > 0)).toBe(true);
  });

  it('builds on a pinned base with the MariaDB client, its sha2 plugin and socat, and exposes the port', () => {
    expect(isPinnedImage(MYSQL_HEALTH_IMAGE.from)).toBe(true);
    expect(MYSQL_HEALTH_IMAGE.run).toEqual(['apk add --no-cache mariadb-client mariadb-connector-c socat']);
    expect(MYSQL_HEALTH_IMAGE.expose).toEqual([8080]);
    expect(MYSQL_HEALTH_IMAGE.entrypoint).toEqual(['/bin/sh', '/usr/local/bin/mysql-health']);
    expect(MYSQL_HEALTH_IMAGE.files.map((f) => [f.path, f.dest])).toEqual([
      ['mysql-health', '/usr/local/bin/mysql-health'],
      ['mysql-health-check', '/usr/local/bin/mysql-health-check'],
    ]);
  });

  it('ships the serve and check scripts, which quote every value they pass on', () => {
    expect(MYSQL_HEALTH_IMAGE.files.map((f) => f.content)).toEqual([SERVE_SCRIPT, CHECK_SCRIPT]);
    expect(CHECK_SCRIPT).toContain(`"--execute=\${HEALTH_QUERY:-SELECT 1}"`);
    expect(CHECK_SCRIPT).toContain('"--user=$MYSQL_USER"');
    expect(CHECK_SCRIPT).toContain('"--database=$MYSQL_DATABASE"');
    expect(CHECK_SCRIPT).not.toMatch(/eval|\bsh -c\b/);
    // Every expansion of a parameter sits inside double quotes.
    for (const line of CHECK_SCRIPT.split('\n')) {
      const unquoted = line.replace(/"(?:[^"\\]|\\.)*"/g, '').replace(/'[^']*'/g, '');
      expect(unquoted).not.toMatch(/\$\{?(HEALTH_QUERY|MYSQL_USER|MYSQL_DATABASE|MYSQL_HOST|MYSQL_PORT)/);
    }
  });

  it('is written to images/mysql-health/ with its Dockerfile', () => {
    const paths = generateBundle(design()).files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'images/mysql-health/Dockerfile',
        'images/mysql-health/mysql-health',
        'images/mysql-health/mysql-health-check',
      ]),
    );
  });
});

describe('mysql-health validation', () => {
  it('passes the defaults beside MySQL with no diagnostic', () => {
    expect(validate(design())).toEqual([]);
  });

  it.each([
    ['query', 'SELECT 1\nDROP TABLE users'],
    ['query', ''],
    ['query', 'SELECT '.repeat(200)],
    ['user', 'my user'],
    ['user', "root'@'%"],
    ['user', 'u'.repeat(33)],
    ['user', ''],
    ['database', 'app.db'],
    ['database', 'a b'],
    ['passwordSecret', 'password'],
  ])('PS010: refuses %s = %j', (key, value) => {
    expect(validate(design({ [key]: value })).some((d) => d.rule === 'PS010' && d.target.field === key)).toBe(true);
  });

  it.each([
    ['port', 0],
    ['port', 65536],
    ['mysqlPort', 0],
  ])('PS009: refuses %s = %d', (key, value) => {
    expect(validate(design({ [key]: value })).some((d) => d.rule === 'PS009' && d.target.field === key)).toBe(true);
  });

  it.each([
    'DELETE FROM sessions',
    'SELECT 1; DROP TABLE users',
    'update t set x = 1',
    'INSERT INTO heartbeat VALUES (NOW())',
  ])('PS156: warns that %j may change data', (query) => {
    const d = validate(design({ query })).find((x) => x.rule === 'PS156');
    expect(d?.severity).toBe('warning');
    expect(d?.target).toMatchObject({ field: 'query' });
  });

  it.each([
    'SELECT 1',
    "select ';DROP TABLE users' from dual",
    'SHOW GLOBAL STATUS',
    'WITH t AS (SELECT 1 AS x) SELECT x FROM t',
    'DO SLEEP(0);',
    'SELECT 1; SELECT 2',
  ])('PS156: %j only reads', (query) => {
    expect(rules({ query })).not.toContain('PS156');
  });

  it('PS005: needs a MySQL listening on its port in the pod', () => {
    expect(rules({}, false)).toContain('PS005');
    expect(rules({ mysqlPort: 3307 })).toContain('PS005');
  });
});
