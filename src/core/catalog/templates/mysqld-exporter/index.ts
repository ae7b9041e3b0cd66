/**
 * mysqld_exporter adapter: the book's monitoring adapter (Ch. 4) for MySQL. It queries the MySQL of
 * its pod over 127.0.0.1 and serves what it reads as Prometheus metrics on /metrics.
 *
 * The image is prom/mysqld-exporter v0.14.0, the version Debian 12 packages (the live test runs
 * Debian's binary with these arguments). v0.14 takes its connection from DATA_SOURCE_NAME; v0.15 and
 * later replaced it with --mysqld.address and --mysqld.username.
 */
import type { Diagnostic } from '../../../contracts/diagnostic';
import { RULES } from '../../../contracts/rules';
import { dnsLabel, hostOf, isLoopback, portOf } from '../../../read/words';
import { SECRET_KEY_REF } from '../../rules';
import { NOBODY_UID, proposeSecurity } from '../../shared/security';
import type { BuildInput, Contribution, EnvVar, ParamsOf, StringRule } from '../../types';
import { defineTemplate } from '../../types';
import { BASE_SERIES, COLLECTOR_INFO, COLLECTORS, type Collector } from './collectors';
import { PASSWORD_ENV, writeDsn } from './dsn';
import { example } from './example';
import { recogniseMysqldExporter } from './recognise';

export { BASE_SERIES, COLLECTOR_INFO, COLLECTORS, type Collector } from './collectors';
export { PASSWORD_ENV, parseDsn } from './dsn';

export const MYSQLD_EXPORTER_IMAGE = 'prom/mysqld-exporter:v0.14.0';

const PORT = '(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
const HOST = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*';

/** `HOST:PORT`, as the address part of a Go MySQL DSN (`tcp(HOST:PORT)`) takes it. */
export const MYSQL_ADDRESS: StringRule = {
  pattern: new RegExp(`^${HOST}:${PORT}$`),
  message: 'HOST:PORT with a port from 1 to 65535, e.g. 127.0.0.1:3306',
};

/** A MySQL account name that can stand in a DSN as it is (no ":", "@", "/" or parentheses). */
export const EXPORTER_USER: StringRule = {
  pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$/,
  message: 'a MySQL user name of at most 32 letters, digits, "_", "." and "-", e.g. exporter',
};

const LOCAL = /^(?:localhost|127\.0\.0\.1):([0-9]+)$/;

const TEACHING =
  'An adapter makes an app look like every other app to the outside world without changing it. ' +
  'MySQL reports its state through SQL (SHOW GLOBAL STATUS, information_schema); Prometheus expects ' +
  'an HTTP /metrics page. mysqld_exporter runs those queries on every scrape and answers in ' +
  "Prometheus's format.\n\n" +
  'It runs in the MySQL pod and connects to 127.0.0.1 (containers of a pod share one network ' +
  'namespace), so it watches exactly the MySQL it sits next to and scales with it. The pod carries ' +
  'prometheus.io/scrape and prometheus.io/port annotations so a Prometheus that discovers pods ' +
  'scrapes the adapter.\n\n' +
  'Why a separate container: the MySQL image stays the upstream one, and the same exporter serves ' +
  'every MySQL, owned and upgraded by whoever runs monitoring.\n\n' +
  'Parameters: MySQL address is the MySQL to read (127.0.0.1:3306 for the app of this pod); User and ' +
  'Password Secret are the account it connects as (create it with the grants the README lists); ' +
  'Metrics port is where /metrics is served and published; Collectors adds series beyond global ' +
  'status and variables (each costs a query per scrape). SHOW SLAVE STATUS is off unless ' +
  'slave_status is listed: MySQL 8.4 removed that statement.';

const spec = {
  mysqlAddress: {
    kind: 'string',
    title: 'MySQL address',
    doc: 'The MySQL to read, HOST:PORT; 127.0.0.1:3306 is the MySQL of this pod.',
    default: '127.0.0.1:3306',
    rule: MYSQL_ADDRESS,
    maxLength: 260,
    placeholder: '127.0.0.1:3306',
  },
  user: {
    kind: 'string',
    title: 'User',
    doc: 'MySQL user the exporter connects as.',
    default: 'exporter',
    rule: EXPORTER_USER,
    placeholder: 'exporter',
  },
  passwordSecret: {
    kind: 'string',
    title: 'Password Secret',
    doc: "The user's password: a Secret key written SECRET/KEY; leave empty for no password.",
    default: 'mysql-credentials/exporter-password',
    required: false,
    rule: SECRET_KEY_REF,
    maxLength: 253,
    placeholder: 'mysql-credentials/exporter-password',
  },
  metricsPort: {
    kind: 'int',
    title: 'Metrics port',
    doc: 'Port of the /metrics page that Prometheus scrapes.',
    default: 9104,
    min: 1,
    max: 65535,
  },
  collectors: {
    kind: 'table',
    title: 'Collectors',
    doc: 'Collectors to turn on besides global status and variables, one per row.',
    rowName: 'collector',
    default: [],
    maxRows: COLLECTORS.length,
    columns: [{ key: 'collector', title: 'Collector', kind: 'enum', options: COLLECTORS }],
  },
} as const;

type Params = ParamsOf<typeof spec>;

/** The chosen collectors, each once, in the order of COLLECTORS. */
export function chosenCollectors(params: Params): readonly Collector[] {
  const chosen = new Set(params.collectors.map((r) => r.collector));
  return COLLECTORS.filter((c) => chosen.has(c));
}

/** The Go MySQL DSN of DATA_SOURCE_NAME; the password is Kubernetes's $(…) reference to PASSWORD_ENV. */
export function dataSourceName(params: Params): string {
  return writeDsn(params.user, params.mysqlAddress, params.passwordSecret !== '');
}

/** The args: where to listen, then one flag per chosen collector (SHOW SLAVE STATUS off unless chosen). */
export function exporterArgs(params: Params): readonly string[] {
  const chosen = chosenCollectors(params);
  return [
    `--web.listen-address=0.0.0.0:${params.metricsPort}`,
    ...chosen.map((c) => `--collect.${c}`),
    ...(chosen.includes('slave_status') ? [] : ['--no-collect.slave_status']),
  ];
}

/** The series a scrape has with these parameters, names or prefixes ending in `*`. */
export function promisedSeries(params: Params): readonly string[] {
  return [...BASE_SERIES, ...chosenCollectors(params).map((c) => COLLECTOR_INFO[c].series)];
}

/** MySQL 8.4 and later, by the tag of the official image (mysql:8.4.3, mysql:9). */
function removedSlaveStatus(image: string): boolean {
  const m = /(?:^|\/)mysql:([0-9]+)(?:\.([0-9]+))?/.exec(image);
  if (!m) return false;
  const major = Number(m[1]);
  return major > 8 || (major === 8 && Number(m[2] ?? 0) >= 4);
}

function check({ params, workload, container }: BuildInput<Params>): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (field: string) =>
    ({ kind: 'container', workloadId: workload.id, containerId: container.id, field }) as const;
  const address = params.mysqlAddress;
  if (MYSQL_ADDRESS.pattern.test(address) && !LOCAL.test(address))
    out.push({
      rule: 'PS200',
      severity: RULES.PS200.severity,
      target: at('mysqlAddress'),
      message: `${container.name} reads ${address}, a MySQL outside its pod; an adapter watches the app it runs next to.`,
      fix: 'Use 127.0.0.1:PORT of the MySQL in this pod, or run the exporter in the pod of that MySQL.',
    });
  const seen = new Set<Collector>();
  params.collectors.forEach((row, i) => {
    if (seen.has(row.collector))
      out.push({
        rule: 'PS201',
        severity: RULES.PS201.severity,
        target: at(`collectors[${i}].collector`),
        message: `${container.name} lists the collector ${row.collector} twice; it is turned on once.`,
        fix: 'Remove the second row.',
      });
    seen.add(row.collector);
  });
  const modern = workload.containers.find((c) => c.role === 'app' && removedSlaveStatus(c.image));
  const row = params.collectors.findIndex((r) => r.collector === 'slave_status');
  if (modern && row >= 0)
    out.push({
      rule: 'PS202',
      severity: RULES.PS202.severity,
      target: at(`collectors[${row}].collector`),
      message: `${container.name} collects slave_status, but ${modern.name} runs ${modern.image}: MySQL 8.4 removed SHOW SLAVE STATUS, so every scrape reports an error.`,
      fix: 'Remove slave_status, or use an exporter image that knows SHOW REPLICA STATUS (v0.16 or later, with its own flags).',
    });
  return out;
}

/** The host part of the account the exporter connects as, as MySQL sees the connection. */
function accountHost(address: string): string {
  return address.startsWith('127.0.0.1:') ? '127.0.0.1' : '%';
}

function build({ container, params }: BuildInput<Params>): Contribution {
  const port = params.metricsPort;
  const secret = params.passwordSecret;
  const slash = secret.indexOf('/');
  const env: EnvVar[] = [
    ...(secret ? [{ name: PASSWORD_ENV, secret: { name: secret.slice(0, slash), key: secret.slice(slash + 1) } }] : []),
    { name: 'DATA_SOURCE_NAME', value: dataSourceName(params) },
  ];
  const account = `'${params.user}'@'${accountHost(params.mysqlAddress)}'`;
  const chosen = chosenCollectors(params);
  return {
    ports: [{ name: 'metrics', containerPort: port, scope: 'pod', expose: true }],
    args: exporterArgs(params),
    env,
    podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(port) },
    // The landing page at /, not /metrics: a scrape queries MySQL, and readiness is the exporter's own.
    readinessProbe: { kind: 'http', port, path: '/', periodSeconds: 10 },
    // The image runs as `nobody` by name, which runAsNonRoot cannot check: 65534 is that user.
    ...proposeSecurity({ program: 'mysqld_exporter', container: container.name, runAsUser: NOBODY_UID, ports: [port] }),
    notes: [
      `Metrics are served at http://POD:${port}/metrics and through the Service's "metrics" port: ${BASE_SERIES.map((s) => `\`${s}\``).join(', ')} (\`mysql_up\` is 1 while the exporter can reach MySQL).`,
      ...chosen.map((c) => {
        const info = COLLECTOR_INFO[c];
        return `Collector \`${c}\` adds \`${info.series}\` (${info.reads})${info.when ? `, ${info.when}` : ''}.`;
      }),
      `Create the account once in MySQL: \`CREATE USER ${account} IDENTIFIED BY '...' WITH MAX_USER_CONNECTIONS 3; GRANT PROCESS, REPLICATION CLIENT, SELECT ON *.* TO ${account};\` (on MariaDB 10.5 and later, grant SLAVE MONITOR too for \`slave_status\`).`,
      ...(secret
        ? [
            `The password comes from the Secret ${secret.slice(0, slash)} (key ${secret.slice(slash + 1)}) as \`${PASSWORD_ENV}\`; Kubernetes puts it in place of \`$(${PASSWORD_ENV})\` in \`DATA_SOURCE_NAME\` when it starts the container, so the manifest never holds it.`,
          ]
        : []),
      ...(chosen.includes('slave_status')
        ? []
        : [
            'SHOW SLAVE STATUS is off (`--no-collect.slave_status`): MySQL 8.4 removed the statement. For a MySQL 8.0 or MariaDB replica, add the `slave_status` collector.',
          ]),
      `${MYSQLD_EXPORTER_IMAGE} reads its connection from \`DATA_SOURCE_NAME\`; v0.15 and later replace it with \`--mysqld.address\` and \`--mysqld.username\` (\`${PASSWORD_ENV}\` stays): change the image and the arguments together.`,
      'The prometheus.io/* annotations are a convention that Prometheus’s Kubernetes pod discovery is commonly configured to follow; with the Prometheus Operator, add a PodMonitor instead.',
    ],
  };
}

export const mysqldExporter = defineTemplate({
  id: 'mysqld-exporter',
  role: 'adapter',
  title: 'MySQL metrics (Prometheus)',
  summary: "Serves the pod's MySQL statistics as Prometheus metrics on /metrics.",
  teaching: TEACHING,
  recognise: recogniseMysqldExporter,
  recogniseRank: 42,
  image: MYSQLD_EXPORTER_IMAGE,
  defaultName: 'mysqld-exporter',
  params: spec,
  connectsTo: (params) => {
    const m = MYSQL_ADDRESS.pattern.test(params.mysqlAddress) ? LOCAL.exec(params.mysqlAddress) : null;
    return m ? [`localhost:${m[1]}`] : [];
  },
  build,
  check,
  example,
  appLink: {
    kind: 'metrics',
    toApp: true,
    port: (p) => portOf(p.mysqlAddress),
    local: (p) => isLoopback(hostOf(p.mysqlAddress)),
  },
  peers: (p) => {
    const host = hostOf(p.mysqlAddress);
    if (isLoopback(host)) return [];
    return [
      {
        via: 'external',
        name: dnsLabel(host.split('.')[0] ?? '', 'mysql'),
        kind: 'database',
        address: p.mysqlAddress,
        link: 'metrics',
      },
    ];
  },
});
