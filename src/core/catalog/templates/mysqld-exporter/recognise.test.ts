/** mysqld_exporter containers written the way people write them, imported. */
import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../../edit/sketch';
import { generateBundle } from '../../../generate/bundle';
import { importYaml } from '../../../io/import';
import type { Params } from '../../../model/design';
import { resolveParams } from '../../params';
import { mysqldExporter } from '.';
import { COLLECTORS } from './collectors';
import { parseDsn } from './dsn';

/** A Deployment `db` with MySQL and this exporter container (a YAML list item). */
function manifest(exporter: string): string {
  const indent = (text: string) => text.replace(/^(?=.)/gm, ' '.repeat(8));
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\nspec:\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers:\n${indent(`- name: mysql\n  image: mysql:8.0.40\n  ports: [{containerPort: 3306}]\n${exporter}`)}`;
}

function exporter(yaml: string) {
  const r = importYaml(manifest(yaml));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const c = r.design.workloads[0]?.containers[1];
  return {
    template: c?.template,
    params: c?.params,
    links: r.design.links.map((l) => [l.from, l.to, l.kind]),
    notices: r.notices.map((n) => `${n.severity}: ${n.message}`),
  };
}

describe('parseDsn', () => {
  it.each([
    [
      'exporter:$(PW)@tcp(127.0.0.1:3306)/',
      { user: 'exporter', password: '$(PW)', net: 'tcp', address: '127.0.0.1:3306' },
    ],
    ['u:p@ss:w/rd@tcp(db:3307)/', { user: 'u', password: 'p@ss:w/rd', net: 'tcp', address: 'db:3307' }],
    ['monitor@(localhost:3306)/', { user: 'monitor', net: 'tcp', address: 'localhost:3306' }],
    ['root@unix(/run/mysqld/mysqld.sock)/', { user: 'root', net: 'unix', address: '/run/mysqld/mysqld.sock' }],
    ['/', { user: '', net: 'tcp', address: '127.0.0.1:3306' }],
  ])('reads %s', (dsn, expected) => {
    expect(parseDsn(dsn)).toEqual(expected);
  });

  it('refuses text without the "/" that ends the address', () => {
    expect(parseDsn('exporter@tcp(db:3306)')).toBeUndefined();
  });
});

describe('recogniseMysqldExporter', () => {
  it('reads the v0.14 DATA_SOURCE_NAME with the password from a Secret', () => {
    const r = exporter(
      '- name: metrics\n  image: prom/mysqld-exporter:v0.14.0\n  args: ["--web.listen-address=:9200", "--collect.info_schema.tables", "--collect.binlog_size"]\n  env:\n  - {name: PW, valueFrom: {secretKeyRef: {name: db-auth, key: monitor}}}\n  - {name: DATA_SOURCE_NAME, value: "monitor:$(PW)@(localhost:3306)/"}\n',
    );
    expect(r.template).toBe('mysqld-exporter');
    expect(r.params).toEqual({
      mysqlAddress: 'localhost:3306',
      user: 'monitor',
      passwordSecret: 'db-auth/monitor',
      metricsPort: 9200,
      collectors: [{ collector: 'info_schema.tables' }, { collector: 'binlog_size' }, { collector: 'slave_status' }],
    });
    expect(r.links).toEqual([['w1c2', 'w1c1', 'metrics']]);
  });

  it('reads the v0.15 flags and MYSQLD_EXPORTER_PASSWORD', () => {
    const r = exporter(
      '- name: metrics\n  image: quay.io/prometheus/mysqld-exporter:v0.15.1\n  args: ["--mysqld.address=localhost:3307", "--mysqld.username=monitor", "--no-collect.slave_status"]\n  env:\n  - {name: MYSQLD_EXPORTER_PASSWORD, valueFrom: {secretKeyRef: {name: mysql, key: exporter}}}\n',
    );
    // Values equal to the template's defaults (no collectors) are left out of the design.
    expect(r.params).toEqual({ mysqlAddress: 'localhost:3307', user: 'monitor', passwordSecret: 'mysql/exporter' });
  });

  it('adds the default port to an address without one, as the driver does', () => {
    const r = exporter(
      '- name: metrics\n  image: prom/mysqld-exporter:v0.14.0\n  env:\n  - {name: DATA_SOURCE_NAME, value: "exporter@tcp(mysql-0.mysql)/"}\n',
    );
    expect(r.params).toMatchObject({ mysqlAddress: 'mysql-0.mysql:3306', passwordSecret: '' });
    expect(r.links).toContainEqual(['w1c2', 'e1', 'metrics']);
  });

  it('does not keep a password written in the manifest, and says so', () => {
    const r = exporter(
      '- name: metrics\n  image: prom/mysqld-exporter:v0.14.0\n  env:\n  - {name: DATA_SOURCE_NAME, value: "monitor:hunter2@tcp(127.0.0.1:3306)/"}\n',
    );
    expect(r.params).toMatchObject({ user: 'monitor', passwordSecret: '' });
    expect(JSON.stringify(r.params)).not.toContain('hunter2');
    expect(r.notices).toContain(
      'warning: Deployment/db, container metrics: DATA_SOURCE_NAME holds the password in clear text; it is not kept: set Password Secret to a Secret that holds it.',
    );
  });

  it('says when the whole DSN comes from a Secret', () => {
    const r = exporter(
      '- name: metrics\n  image: prom/mysqld-exporter:v0.14.0\n  env:\n  - {name: DATA_SOURCE_NAME, valueFrom: {secretKeyRef: {name: dsn, key: url}}}\n',
    );
    expect(r.template).toBe('mysqld-exporter');
    expect(r.notices).toContain(
      'warning: Deployment/db, container metrics: DATA_SOURCE_NAME comes from the Secret dsn; Podsmith writes it from MySQL address, User and Password Secret, so check those.',
    );
  });

  it('leaves other images alone', () => {
    expect(exporter('- name: metrics\n  image: prom/node-exporter:v1.8.2\n').template).toBe('app-generic');
  });
});

describe('mysqld-exporter export and import', () => {
  const collectors = (names: readonly string[]) => names.map((collector) => ({ collector }));

  it.each<[string, Params]>([
    ['the defaults', {}],
    ['no password', { passwordSecret: '' }],
    ['another address, user and port', { mysqlAddress: 'localhost:3307', user: 'monitor', metricsPort: 9200 }],
    ['every collector', { collectors: collectors(COLLECTORS) }],
    ['slave_status alone', { collectors: collectors(['slave_status']) }],
  ])('gives %s back', (_, params) => {
    const design = sketchDesign({
      name: 'db',
      workloads: [
        {
          name: 'mysql',
          containers: [
            { template: 'app-mysql', name: 'mysql' },
            { template: 'mysqld-exporter', name: 'metrics', params },
          ],
        },
      ],
    });
    const all = generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
    const r = importYaml(all);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.notices).toEqual([]);
    const back = r.design.workloads[0]?.containers[1];
    expect(back?.template).toBe('mysqld-exporter');
    expect(resolveParams(mysqldExporter, back?.params ?? {})).toEqual(resolveParams(mysqldExporter, params));
  });
});
