/**
 * The mysqld-exporter example's adapter, run for real: Debian's prometheus-mysqld-exporter (0.14.0,
 * the version of the pinned prom/mysqld-exporter:v0.14.0 image) started with exactly the args and
 * env of the generated manifest, the Secret's password put in by the kubelet's rules, against a
 * throwaway MariaDB on loopback whose exporter account is made with the README's own SQL. Its
 * /metrics must hold every series the README promises.
 *
 * What the test changes: the design's MySQL address parameter (to the test server's port) and, in
 * the args, only --web.listen-address (to 127.0.0.1:PORT).
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Design, generateBundle, type Params, resolveParams } from '../../src/core';
import {
  COLLECTOR_INFO,
  COLLECTORS,
  MYSQLD_EXPORTER_IMAGE,
  mysqldExporter,
  promisedSeries,
} from '../../src/core/catalog/templates/mysqld-exporter';
import { exampleDesign, withParams } from '../support/design';
import {
  hasSeries,
  kubeletEnv,
  manifestContainer,
  metricNames,
  rewriteFlags,
  samples,
  scrape,
  startWithEnv,
} from '../support/exporter';
import { type Mariadb, startMariadb } from '../support/mariadb';
import { requireProgram } from '../support/programs';
import { freePorts, type Started, startBounded, waitForPort } from './predict-support';

/** Characters a DSN splits on, to prove the password reaches the driver whole. */
const PASSWORD = 'p@ss:w/rd(1)';
const SECRET = 'mysql-credentials/exporter-password';

let db: Mariadb | undefined;
let dbPort = 0;
let closedPort = 0;
let metricsPort = 0;
let startupMs = 0;
let sleeper: Started | undefined;

function exporterDesign(params: Params = {}): Design {
  return withParams(exampleDesign('mysqld-exporter'), 'mysqld-exporter', {
    mysqlAddress: `127.0.0.1:${dbPort}`,
    ...params,
  });
}

/** The exporter's parameters in a design, every default applied. */
function paramsOf(design: Design) {
  const c = design.workloads.flatMap((w) => w.containers).find((x) => x.template === 'mysqld-exporter');
  if (!c) throw new Error('no mysqld-exporter container');
  return resolveParams(mysqldExporter, c.params);
}

interface Run {
  readonly text: string;
  readonly names: readonly string[];
  readonly values: ReadonlyMap<string, number>;
  readonly log: string;
}

/** Runs the exporter of `design` as the manifest writes it, scrapes it once, and stops it. */
async function run(design: Design, password = PASSWORD): Promise<Run> {
  const c = manifestContainer(design, 'mysql', 'mysqld-exporter');
  expect(c.image).toBe(MYSQLD_EXPORTER_IMAGE);
  const args = rewriteFlags(c.args, { '--web.listen-address': `127.0.0.1:${metricsPort}` });
  const env = kubeletEnv(c.env, { [SECRET]: password });
  const exporter = startWithEnv(60, requireProgram('prometheus-mysqld-exporter'), args, env);
  try {
    await waitForPort(metricsPort, 10_000, `for prometheus-mysqld-exporter (${exporter.output()})`);
    const text = await scrape(metricsPort);
    return { text, names: metricNames(text), values: samples(text), log: exporter.output() };
  } finally {
    await exporter.stop();
  }
}

/** The account SQL of the README, with the password in place of '...'. */
function readmeAccountSql(design: Design): string {
  const readme = generateBundle(design).files.find((f) => f.path === 'README.md')?.content ?? '';
  const sql = /Create the account once in MySQL: `([^`]+)`/.exec(readme)?.[1];
  if (!sql) throw new Error('the README says nothing about the account');
  return sql.replace("'...'", `'${PASSWORD}'`);
}

beforeAll(async () => {
  requireProgram('prometheus-mysqld-exporter');
  [dbPort, closedPort, metricsPort] = (await freePorts(3)) as [number, number, number];
  const started = Date.now();
  db = await startMariadb(dbPort, ['--log-bin=binlog', '--server-id=1', '--performance-schema=ON']);
  startupMs = Date.now() - started;
  db.sql(readmeAccountSql(exporterDesign()));
  // MariaDB 10.5 and later split SHOW SLAVE STATUS off REPLICATION CLIENT, as the README says.
  db.sql("GRANT SLAVE MONITOR ON *.* TO 'exporter'@'127.0.0.1'");
  db.sql(
    "CREATE DATABASE app; CREATE TABLE app.items (id INT AUTO_INCREMENT PRIMARY KEY, name TEXT); INSERT INTO app.items (name) VALUES ('a'), ('b'); USE app; SELECT COUNT(*) FROM items",
  );
  // A client that stays connected, for the processlist collector to count.
  sleeper = startBounded(60, requireProgram('mariadb'), [
    '--no-defaults',
    '-h127.0.0.1',
    `-P${dbPort}`,
    '-uroot',
    '-e',
    'SELECT SLEEP(55)',
  ]);
  for (let i = 0; i < 100 && !db.sql('SHOW PROCESSLIST').includes('SLEEP'); i++)
    await new Promise((r) => setTimeout(r, 50));
}, 60_000);

afterAll(async () => {
  await sleeper?.stop();
  await db?.stop();
});

describe('mysqld_exporter, as generated, against a live MariaDB', () => {
  it('is the version of the pinned image', () => {
    const r = spawnSync(requireProgram('prometheus-mysqld-exporter'), ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(`${r.stdout}${r.stderr}`).toMatch(/version 0\.14\.0\b/);
    expect(MYSQLD_EXPORTER_IMAGE).toBe('prom/mysqld-exporter:v0.14.0');
  });

  it('starts a test MariaDB within 20 s', () => {
    expect(startupMs).toBeLessThan(20_000);
  });

  it('reads the DSN the kubelet makes from the Secret, the password whole', () => {
    const c = manifestContainer(exporterDesign(), 'mysql', 'mysqld-exporter');
    expect(kubeletEnv(c.env, { [SECRET]: PASSWORD })).toEqual({
      MYSQLD_EXPORTER_PASSWORD: PASSWORD,
      DATA_SOURCE_NAME: `exporter:${PASSWORD}@tcp(127.0.0.1:${dbPort})/`,
    });
  });

  it("serves the example's promised series with mysql_up 1 and no scrape error", async () => {
    const design = exporterDesign();
    const r = await run(design);
    expect(r.values.get('mysql_up'), r.log).toBe(1);
    expect(r.values.get('mysql_exporter_last_scrape_error'), r.log).toBe(0);
    for (const series of promisedSeries(paramsOf(design))) expect(hasSeries(r.names, series), series).toBe(true);
    expect(r.values.get('mysql_global_status_threads_connected')).toBeGreaterThanOrEqual(2);
    expect(r.log).toContain('scraper=info_schema.processlist');
    expect(r.log).not.toContain('scraper=slave_status');
  });

  it('turns on every collector, each adding its series, none failing', async () => {
    const design = exporterDesign({ collectors: COLLECTORS.map((collector) => ({ collector })) });
    const r = await run(design);
    expect(r.values.get('mysql_up'), r.log).toBe(1);
    expect(r.values.get('mysql_exporter_last_scrape_error'), r.log).toBe(0);
    for (const c of COLLECTORS) {
      expect(r.values.has(`mysql_exporter_collector_duration_seconds{collector="collect.${c}"}`), c).toBe(true);
      // slave_status has series only on a replica; this server is none.
      if (c !== 'slave_status') expect(hasSeries(r.names, COLLECTOR_INFO[c].series), c).toBe(true);
    }
  });

  it('reports mysql_up 0 when the password is wrong', async () => {
    const r = await run(exporterDesign(), 'wrong');
    expect(r.values.get('mysql_up')).toBe(0);
  });

  it('reports mysql_up 0 and its own metrics when no MySQL listens', async () => {
    const r = await run(exporterDesign({ mysqlAddress: `127.0.0.1:${closedPort}` }));
    expect(r.values.get('mysql_up')).toBe(0);
    expect(r.names).toContain('mysqld_exporter_build_info');
    expect(r.names).toContain('mysql_exporter_scrapes_total');
  });
});
