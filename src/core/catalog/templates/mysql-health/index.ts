/**
 * MySQL health adapter: the book's "rich health monitoring for MySQL" (Ch. 4). The adapter runs a
 * query against the MySQL of its pod and answers HTTP 200 or 500, and the app's livenessProbe asks it.
 * The image is built by the user from `images/mysql-health/` (alpine, the MariaDB client, socat and
 * two short shell scripts).
 */
import type { Diagnostic } from '../../../contracts/diagnostic';
import { RULES } from '../../../contracts/rules';
import { ONE_LINE, SECRET_KEY_REF } from '../../rules';
import { NOBODY_UID, proposeSecurity } from '../../shared/security';
import {
  type BuildInput,
  type Contribution,
  defineTemplate,
  type EnvVar,
  type ImageRecipe,
  type ParamSpecs,
  type ParamsOf,
  type StringRule,
} from '../../types';
import { example } from './example';
import { recogniseMysqlHealth } from './recognise';

/** A MySQL account name as the adapter accepts it. */
export const MYSQL_USER: StringRule = {
  pattern: /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}$/,
  message: 'a MySQL user name of at most 32 letters, digits, "_", "." and "-", e.g. health',
};

/** A MySQL database name (no quoting needed on the command line). */
export const MYSQL_DATABASE: StringRule = {
  pattern: /^[A-Za-z0-9_$-]{1,64}$/,
  message: 'a database name of at most 64 letters, digits, "_", "$" and "-", e.g. app',
};

/**
 * Serves the check over HTTP: socat accepts each connection and runs `mysql-health-check` on it.
 * Installed as /usr/local/bin/mysql-health, the image's entrypoint.
 */
export const SERVE_SCRIPT = `#!/bin/sh
# Answers HTTP on HEALTH_PORT: 200 when HEALTH_QUERY succeeds against MySQL, 500 when it fails.
# socat accepts each connection and runs mysql-health-check (beside this script) on it.
set -eu
port="\${HEALTH_PORT:-8080}"
case "$port" in
  '' | *[!0-9]*)
    echo "mysql-health: HEALTH_PORT must be a port number, not '$port'" >&2
    exit 2
    ;;
esac
dir=$(dirname "$0")
case "$dir" in
  *[!A-Za-z0-9._/-]*)
    echo "mysql-health: install the scripts in a directory without special characters" >&2
    exit 2
    ;;
esac
listen="TCP-LISTEN:$port,reuseaddr,fork"
if [ -n "\${HEALTH_BIND:-}" ]; then
  case "$HEALTH_BIND" in
    *[!0-9.]*)
      echo "mysql-health: HEALTH_BIND must be an IPv4 address, not '$HEALTH_BIND'" >&2
      exit 2
      ;;
  esac
  listen="$listen,bind=$HEALTH_BIND"
fi
echo "mysql-health: listening on port $port for \${MYSQL_HOST:-127.0.0.1}:\${MYSQL_PORT:-3306}" >&2
exec socat -T 10 "$listen" "EXEC:/bin/sh $dir/mysql-health-check"
`;

/**
 * Answers one HTTP request on stdin/stdout. Every value reaches the client as one argument of its
 * own: none is split or read by a shell. The password comes in MYSQL_PWD, which the client reads.
 */
export const CHECK_SCRIPT = `#!/bin/sh
# Answers one HTTP request on stdin/stdout: 200 when HEALTH_QUERY succeeds, 500 when it fails.
cr=$(printf '\\r')
# Read the request up to its blank line so the client is not cut off with unread input.
while IFS= read -r line; do
  case "$line" in
    '' | "$cr") break ;;
  esac
done
set -- --protocol=TCP --skip-ssl "--host=\${MYSQL_HOST:-127.0.0.1}" "--port=\${MYSQL_PORT:-3306}" \\
  --connect-timeout=5 --batch --skip-column-names
if [ -n "\${MYSQL_USER:-}" ]; then set -- "$@" "--user=$MYSQL_USER"; fi
if [ -n "\${MYSQL_DATABASE:-}" ]; then set -- "$@" "--database=$MYSQL_DATABASE"; fi
if mariadb "$@" "--execute=\${HEALTH_QUERY:-SELECT 1}" >/dev/null; then
  status='200 OK'
  body='ok'
else
  status='500 Internal Server Error'
  body='query failed'
fi
printf 'HTTP/1.0 %s\\r\\nContent-Type: text/plain\\r\\nConnection: close\\r\\n\\r\\n%s\\n' "$status" "$body"
`;

const MYSQL_HEALTH_PARAMS = {
  query: {
    kind: 'string',
    title: 'Query',
    doc: 'SQL that must succeed for the check to pass; one line, cheap and read-only.',
    default: 'SELECT 1',
    rule: ONE_LINE,
    maxLength: 1000,
    placeholder: 'SELECT 1',
  },
  database: {
    kind: 'string',
    title: 'Database',
    doc: 'Database selected before the query runs; leave empty for none.',
    default: '',
    required: false,
    rule: MYSQL_DATABASE,
    placeholder: 'app',
  },
  user: {
    kind: 'string',
    title: 'User',
    doc: 'MySQL user the query runs as.',
    default: 'health',
    rule: MYSQL_USER,
    placeholder: 'health',
  },
  passwordSecret: {
    kind: 'string',
    title: 'Password Secret',
    doc: "The user's password: a Secret key written SECRET/KEY; leave empty for no password.",
    default: 'mysql-credentials/health-password',
    required: false,
    rule: SECRET_KEY_REF,
    maxLength: 253,
    placeholder: 'mysql-credentials/health-password',
  },
  port: {
    kind: 'int',
    title: 'Port',
    doc: 'Port the adapter answers health checks on; the livenessProbe of MySQL asks it.',
    default: 8080,
    min: 1,
    max: 65535,
  },
  mysqlPort: {
    kind: 'int',
    title: 'MySQL port',
    doc: 'Port MySQL listens on in this pod.',
    default: 3306,
    min: 1,
    max: 65535,
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type MysqlHealthParams = ParamsOf<typeof MYSQL_HEALTH_PARAMS>;

/** The Dockerfile recipe. Its ENV holds the template defaults, so every mysql-health container shares one image. */
export const MYSQL_HEALTH_IMAGE: ImageRecipe = {
  name: 'mysql-health',
  from: 'alpine:3.22.2',
  description: 'Answers HTTP 200 when a query succeeds against the MySQL of its pod, 500 when it fails.',
  version: '1.0.0',
  source: 'images/mysql-health of this bundle',
  run: ['apk add --no-cache mariadb-client mariadb-connector-c socat'],
  files: [
    { path: 'mysql-health', content: SERVE_SCRIPT, dest: '/usr/local/bin/mysql-health' },
    { path: 'mysql-health-check', content: CHECK_SCRIPT, dest: '/usr/local/bin/mysql-health-check' },
  ],
  env: [
    {
      name: 'HEALTH_PORT',
      value: String(MYSQL_HEALTH_PARAMS.port.default),
      doc: 'Port the health endpoint listens on.',
    },
    { name: 'HEALTH_BIND', value: '', doc: 'IPv4 address to listen on; empty for every address.' },
    { name: 'HEALTH_QUERY', value: MYSQL_HEALTH_PARAMS.query.default, doc: 'Query that must succeed for a 200.' },
    { name: 'MYSQL_HOST', value: '127.0.0.1', doc: 'MySQL host: the MySQL of this pod.' },
    { name: 'MYSQL_PORT', value: String(MYSQL_HEALTH_PARAMS.mysqlPort.default), doc: 'MySQL port.' },
    { name: 'MYSQL_USER', value: MYSQL_HEALTH_PARAMS.user.default, doc: 'MySQL user the query runs as.' },
    { name: 'MYSQL_DATABASE', value: MYSQL_HEALTH_PARAMS.database.default, doc: 'Database to use; empty for none.' },
  ],
  expose: [MYSQL_HEALTH_PARAMS.port.default],
  entrypoint: ['/bin/sh', '/usr/local/bin/mysql-health'],
};

const READ_ONLY = /^(select|show|do|describe|desc|explain|with|values|table|help)\b/i;

/** Statements of a query, with quoted text removed so a quoted ";" does not split them. */
function statements(query: string): string[] {
  return query
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''")
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const TEACHING =
  'An adapter can give an app the health check the platform expects. Kubernetes restarts a ' +
  'container whose livenessProbe fails, but MySQL speaks its own protocol, not HTTP, and "the ' +
  'port is open" says little about whether queries work.\n\n' +
  'The adapter runs in the MySQL pod, connects over localhost, runs a query and answers HTTP 200 ' +
  'when it succeeds and 500 when it does not. The MySQL container’s livenessProbe points at the ' +
  'adapter’s port, so a MySQL that stops answering queries is restarted.\n\n' +
  'Why a separate container: MySQL stays the upstream image, and the check is written once and ' +
  'reused next to every MySQL. Podsmith writes its Dockerfile to images/mysql-health/: build it, push ' +
  'it to your registry and set the image.\n\n' +
  'Parameters: Query is what must succeed (keep it cheap and read-only: it runs every 10 seconds); ' +
  'User and Password Secret are the account it runs as (give it only the rights the query needs); ' +
  'Database is selected before the query; Port is where the adapter answers; MySQL port is where ' +
  'MySQL listens in the pod.';

function check({ params, workload, container }: BuildInput<MysqlHealthParams>): readonly Diagnostic[] {
  const query = params.query;
  const writes = statements(query).filter((s) => !READ_ONLY.test(s));
  if (writes.length === 0) return [];
  return [
    {
      rule: 'PS156',
      severity: RULES.PS156.severity,
      target: { kind: 'container', workloadId: workload.id, containerId: container.id, field: 'query' },
      message: `${container.name}: the health query "${writes[0]}" may change data, and it runs on every probe.`,
      fix: 'Use a read-only query such as SELECT 1 or SELECT COUNT(*) FROM a small table.',
    },
  ];
}

function build({ container, params }: BuildInput<MysqlHealthParams>): Contribution {
  const port = params.port;
  const mysqlPort = params.mysqlPort;
  const secret = params.passwordSecret;
  const slash = secret.indexOf('/');
  const env: EnvVar[] = [
    { name: 'HEALTH_PORT', value: String(port) },
    { name: 'HEALTH_QUERY', value: params.query },
    { name: 'MYSQL_HOST', value: '127.0.0.1' },
    { name: 'MYSQL_PORT', value: String(mysqlPort) },
    { name: 'MYSQL_USER', value: params.user },
    { name: 'MYSQL_DATABASE', value: params.database },
    ...(secret ? [{ name: 'MYSQL_PWD', secret: { name: secret.slice(0, slash), key: secret.slice(slash + 1) } }] : []),
  ];
  return {
    ports: [{ name: 'health', containerPort: port, scope: 'pod' }],
    env,
    appLivenessProbe: {
      kind: 'http',
      port,
      path: '/',
      initialDelaySeconds: 60,
      periodSeconds: 10,
      failureThreshold: 3,
    },
    image: MYSQL_HEALTH_IMAGE,
    // No probe of its own: its endpoint runs the query, so it would report MySQL's health (which the
    // app's liveness probe asks already), not the adapter's.
    // socat, sh and the MariaDB client write nothing: any user and a read-only root will do.
    ...proposeSecurity({ program: 'socat', container: container.name, runAsUser: NOBODY_UID, ports: [port] }),
    notes: [
      'Build the adapter image from images/mysql-health/ (docker build -t REGISTRY/mysql-health:1.0.0 images/mysql-health), push it, and set it as this container’s image.',
      `The MySQL container's livenessProbe asks http://POD:${port}/; the first check comes 60 s after start, and MySQL is restarted after 3 failed checks in a row.`,
      `Create the MySQL user the check runs as, with no more rights than the query needs (e.g. CREATE USER '${params.user}'@'%' IDENTIFIED BY '...';).`,
    ],
  };
}

export const mysqlHealth = defineTemplate({
  id: 'mysql-health',
  role: 'adapter',
  title: 'MySQL health monitor',
  summary: 'Runs a query against the pod’s MySQL and answers HTTP 200 or 500 for its livenessProbe.',
  teaching: TEACHING,
  recognise: recogniseMysqlHealth,
  recogniseRank: 43,
  example,
  appLink: { kind: 'traffic', toApp: true, port: (p) => p.mysqlPort },
  image: 'registry.example.com/mysql-health:1.0.0',
  defaultName: 'mysql-health',
  params: MYSQL_HEALTH_PARAMS,
  connectsTo: (params) => [`localhost:${params.mysqlPort}`],
  build,
  check,
});
