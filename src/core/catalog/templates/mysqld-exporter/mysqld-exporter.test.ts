import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze';
import { sketchDesign } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { resolveParams } from '../../params';
import { COLLECTORS, dataSourceName, MYSQL_ADDRESS, mysqldExporter, promisedSeries } from '.';

function design(params: Params = {}, app = { template: 'app-mysql', image: 'mysql:8.4.3' }) {
  return sketchDesign({
    name: 'db',
    workloads: [
      {
        name: 'mysql',
        containers: [
          { template: app.template, name: 'mysql', image: app.image },
          { template: 'mysqld-exporter', name: 'exporter', params },
        ],
      },
    ],
  });
}

function contribution(params: Params = {}) {
  const built = analyze(design(params)).workloads[0]?.containers[1];
  if (!built) throw new Error('no exporter container');
  return built.contribution;
}

const rows = (...names: string[]) => names.map((collector) => ({ collector }));

describe('mysqld-exporter build', () => {
  it('reads 127.0.0.1:3306 as exporter and serves metrics on 9104 by default', () => {
    const c = contribution();
    expect(c.args).toEqual(['--web.listen-address=0.0.0.0:9104', '--no-collect.slave_status']);
    expect(c.ports).toEqual([{ name: 'metrics', containerPort: 9104, scope: 'pod', expose: true }]);
    expect(c.env).toEqual([
      {
        name: 'MYSQLD_EXPORTER_PASSWORD',
        secret: { name: 'mysql-credentials', key: 'exporter-password' },
      },
      { name: 'DATA_SOURCE_NAME', value: 'exporter:$(MYSQLD_EXPORTER_PASSWORD)@tcp(127.0.0.1:3306)/' },
    ]);
  });

  it('defines the password before the DSN that refers to it (Kubernetes expands only earlier variables)', () => {
    const names = (contribution().env ?? []).map((e) => e.name);
    expect(names.indexOf('MYSQLD_EXPORTER_PASSWORD')).toBeLessThan(names.indexOf('DATA_SOURCE_NAME'));
  });

  it('writes a DSN without a password when the Secret is empty', () => {
    expect(contribution({ passwordSecret: '', user: 'monitor', mysqlAddress: 'localhost:3307' }).env).toEqual([
      { name: 'DATA_SOURCE_NAME', value: 'monitor@tcp(localhost:3307)/' },
    ]);
  });

  it('announces the metrics port to Prometheus', () => {
    expect(contribution({ metricsPort: 9500 }).podAnnotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9500',
    });
  });

  it.each([1, 65535])('serves on port %d', (metricsPort) => {
    expect(contribution({ metricsPort }).args).toContain(`--web.listen-address=0.0.0.0:${metricsPort}`);
  });

  it('turns on each chosen collector once, in the order of the catalog', () => {
    const args = contribution({ collectors: rows('binlog_size', 'info_schema.processlist', 'binlog_size') }).args;
    expect(args).toEqual([
      '--web.listen-address=0.0.0.0:9104',
      '--collect.info_schema.processlist',
      '--collect.binlog_size',
      '--no-collect.slave_status',
    ]);
  });

  it('keeps SHOW SLAVE STATUS on only when slave_status is chosen', () => {
    expect(contribution({ collectors: rows('slave_status') }).args).toEqual([
      '--web.listen-address=0.0.0.0:9104',
      '--collect.slave_status',
    ]);
  });

  it('promises the series of the chosen collectors', () => {
    const params = resolveParams(mysqldExporter, { collectors: rows('info_schema.innodb_metrics') });
    expect(promisedSeries(params)).toEqual([
      'mysql_up',
      'mysql_global_status_*',
      'mysql_global_variables_*',
      'mysql_info_schema_innodb_metrics_*',
    ]);
  });

  it('tells in the README how to create the account, for the address it connects from', () => {
    const notes = contribution().notes ?? [];
    expect(notes.some((n) => n.includes("CREATE USER 'exporter'@'127.0.0.1'"))).toBe(true);
    const remote = contribution({ mysqlAddress: 'mysql-0.mysql:3306' }).notes ?? [];
    expect(remote.some((n) => n.includes("CREATE USER 'exporter'@'%'"))).toBe(true);
  });

  it.each([
    ['127.0.0.1:3306', ['localhost:3306']],
    ['localhost:3307', ['localhost:3307']],
    ['mysql-0.mysql:3306', []],
    ['localhost:0', []],
  ])('connects to %s on localhost as %j', (mysqlAddress, expected) => {
    expect(mysqldExporter.connectsTo?.(resolveParams(mysqldExporter, { mysqlAddress }))).toEqual(expected);
  });

  it('writes the address into the DSN as it is', () => {
    expect(dataSourceName(resolveParams(mysqldExporter, { mysqlAddress: '10.0.0.5:3306', passwordSecret: '' }))).toBe(
      'exporter@tcp(10.0.0.5:3306)/',
    );
  });
});

describe('mysqld-exporter validation', () => {
  it('passes the defaults beside MySQL with no diagnostic', () => {
    expect(validate(design())).toEqual([]);
  });

  it('passes every collector but slave_status beside MySQL 8.4', () => {
    const all = COLLECTORS.filter((c) => c !== 'slave_status');
    expect(validate(design({ collectors: rows(...all) }))).toEqual([]);
  });

  it.each(['127.0.0.1:3306', 'localhost:3306', 'mysql-0.mysql.db.svc:3306', '10.0.0.5:65535'])(
    'accepts the address %s',
    (a) => {
      expect(MYSQL_ADDRESS.pattern.test(a)).toBe(true);
    },
  );

  it.each([
    'localhost',
    'localhost:0',
    'localhost:65536',
    'tcp(localhost:3306)',
    'unix(/run/mysqld.sock)',
    ':3306',
    '',
  ])('PS010: refuses the address %j', (mysqlAddress) => {
    const diags = validate(design({ mysqlAddress }));
    expect(diags.some((d) => d.rule === 'PS010' && d.target.field === 'mysqlAddress')).toBe(true);
  });

  it.each(['ex:porter', 'ex@porter', 'a/b', 'exporter(', '', 'x'.repeat(33)])(
    'PS010: refuses the user %j, which the DSN cannot hold',
    (user) => {
      expect(validate(design({ user })).some((d) => d.rule === 'PS010' && d.target.field === 'user')).toBe(true);
    },
  );

  it('PS010: refuses a password reference that is not SECRET/KEY', () => {
    const diags = validate(design({ passwordSecret: 'password' }));
    expect(diags.some((d) => d.rule === 'PS010' && d.target.field === 'passwordSecret')).toBe(true);
  });

  it('PS010: refuses a collector the exporter does not have', () => {
    const diags = validate(design({ collectors: rows('info_schema.userstats') }));
    expect(diags.some((d) => d.rule === 'PS010' && d.target.field?.startsWith('collectors[0]'))).toBe(true);
  });

  it('[PS200] warns when the adapter reads a MySQL outside its pod', () => {
    const d = validate(design({ mysqlAddress: 'mysql-0.mysql:3306' })).find((x) => x.rule === 'PS200');
    expect(d?.severity).toBe('warning');
    expect(d?.target).toMatchObject({ field: 'mysqlAddress' });
    expect(d?.message).toBe(
      'exporter reads mysql-0.mysql:3306, a MySQL outside its pod; an adapter watches the app it runs next to.',
    );
    expect(validate(design({ mysqlAddress: 'localhost:3306' })).map((x) => x.rule)).not.toContain('PS200');
  });

  it('[PS201] warns about a collector listed twice, at the second row', () => {
    const diags = validate(design({ collectors: rows('binlog_size', 'info_schema.tables', 'binlog_size') }));
    expect(diags.filter((d) => d.rule === 'PS201').map((d) => [d.severity, d.target.field, d.message])).toEqual([
      ['warning', 'collectors[2].collector', 'exporter lists the collector binlog_size twice; it is turned on once.'],
    ]);
  });

  it.each(['mysql:8.4.3', 'mysql:8.4', 'docker.io/library/mysql:9.1.0', 'mysql:10'])(
    '[PS202] warns about slave_status beside %s, which has no SHOW SLAVE STATUS',
    (image) => {
      const diags = validate(
        design({ collectors: rows('binlog_size', 'slave_status') }, { template: 'app-mysql', image }),
      );
      const d = diags.find((x) => x.rule === 'PS202');
      expect(d?.severity).toBe('warning');
      expect(d?.target).toMatchObject({ field: 'collectors[1].collector' });
      expect(d?.message).toBe(
        `exporter collects slave_status, but mysql runs ${image}: MySQL 8.4 removed SHOW SLAVE STATUS, so every scrape reports an error.`,
      );
    },
  );

  it.each(['mysql:8.0.40', 'mariadb:11.4', 'mysql:5.7', 'percona/percona-server:8.0', 'mysql:lts'])(
    '[PS202] accepts slave_status beside %s',
    (image) => {
      const diags = validate(design({ collectors: rows('slave_status') }, { template: 'app-mysql', image }));
      expect(diags.map((d) => d.rule)).not.toContain('PS202');
    },
  );

  it('PS005: a localhost address needs a MySQL in the pod', () => {
    expect(validate(design({}, { template: 'app-generic', image: 'nginx:1.27.3' })).map((d) => d.rule)).toContain(
      'PS005',
    );
  });
});

describe('mysqld-exporter build and check are total', () => {
  it('never throw, whatever the values (validation reports the bad ones)', () => {
    const str = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '/', 'a/', '/b', '127.0.0.1:0', 'x:99999'));
    fc.assert(
      fc.property(
        fc.record({
          mysqlAddress: str,
          user: str,
          passwordSecret: str,
          metricsPort: fc.integer({ min: -10, max: 70000 }),
          collectors: fc.array(fc.record({ collector: fc.oneof(fc.constantFrom(...COLLECTORS), str) }), {
            maxLength: 12,
          }),
        }),
        (params) => {
          const d = design(params);
          expect(() => analyze(d)).not.toThrow();
          expect(() => validate(d)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
