/**
 * redis_exporter adapter: the book's monitoring adapter (Ch. 4). It reads Redis's INFO over localhost
 * and serves it as Prometheus metrics, so Redis looks like every other app to monitoring.
 */
import type { Diagnostic } from '../../../contracts/diagnostic';
import { RULES } from '../../../contracts/rules';
import { dnsLabel, hostOf, isLoopback, portOf } from '../../../read/words';
import { SECRET_KEY_REF } from '../../rules';
import { proposeSecurity } from '../../shared/security';
import {
  type BuildInput,
  type Contribution,
  defineTemplate,
  type EnvVar,
  type ParamSpecs,
  type ParamsOf,
  type StringRule,
} from '../../types';
import { example } from './example';
import { recogniseRedisExporter } from './recognise';

const PORT = '(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';
const HOST = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*';

/** `HOST:PORT`, optionally with a `redis://` or `rediss://` scheme, as redis_exporter's --redis.addr takes it. */
export const REDIS_ADDRESS: StringRule = {
  pattern: new RegExp(`^(?:rediss?://)?${HOST}:${PORT}$`),
  message: 'HOST:PORT with a port from 1 to 65535, optionally after redis:// or rediss://, e.g. localhost:6379',
};

const LOCAL = /^(?:rediss?:\/\/)?(?:localhost|127\.0\.0\.1):([0-9]+)$/;

/** Series the README promises (the live test scrapes the real exporter for them). */
export const REDIS_SERIES = [
  'redis_up',
  'redis_connected_clients',
  'redis_commands_processed_total',
  'redis_memory_used_bytes',
  'redis_db_keys',
] as const;

/** `HOST:PORT` of a Redis address, without its redis:// or rediss:// scheme. */
const redisHostPort = (address: string) => address.replace(/^rediss?:\/\//, '');

const TEACHING =
  'An adapter makes an app look like every other app to the outside world without changing it. ' +
  'Redis reports its state with the INFO command; Prometheus expects an HTTP /metrics page. ' +
  'redis_exporter translates one into the other.\n\n' +
  'It runs in the Redis pod and reaches Redis over localhost (containers of a pod share one network ' +
  'namespace), so it monitors exactly the Redis it sits next to and scales with it. The pod carries ' +
  'prometheus.io/scrape and prometheus.io/port annotations so a Prometheus that discovers pods scrapes ' +
  'the adapter.\n\n' +
  'Why a separate container: the Redis image stays the upstream one, and the same exporter serves ' +
  'every Redis, owned and upgraded by whoever runs monitoring.\n\n' +
  'Parameters: Redis address is the Redis to read (localhost:6379 for the app of this pod); Metrics ' +
  'port is where /metrics is served and published; Password Secret, when Redis needs one, is given ' +
  'to the exporter as REDIS_PASSWORD.';

const REDIS_EXPORTER_PARAMS = {
  redisAddress: {
    kind: 'string',
    title: 'Redis address',
    doc: 'The Redis to read, HOST:PORT; localhost:6379 is the Redis of this pod.',
    default: 'localhost:6379',
    rule: REDIS_ADDRESS,
    maxLength: 270,
    placeholder: 'localhost:6379',
  },
  metricsPort: {
    kind: 'int',
    title: 'Metrics port',
    doc: 'Port of the /metrics page that Prometheus scrapes.',
    default: 9121,
    min: 1,
    max: 65535,
  },
  passwordSecret: {
    kind: 'string',
    title: 'Password Secret',
    doc: 'When Redis needs a password: the Secret key holding it, written SECRET/KEY.',
    default: '',
    required: false,
    rule: SECRET_KEY_REF,
    maxLength: 253,
    placeholder: 'redis-credentials/password',
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type RedisExporterParams = ParamsOf<typeof REDIS_EXPORTER_PARAMS>;

function check({ params, workload, container }: BuildInput<RedisExporterParams>): readonly Diagnostic[] {
  const address = params.redisAddress;
  if (!REDIS_ADDRESS.pattern.test(address) || LOCAL.test(address)) return [];
  return [
    {
      rule: 'PS155',
      severity: RULES.PS155.severity,
      target: { kind: 'container', workloadId: workload.id, containerId: container.id, field: 'redisAddress' },
      message: `${container.name} reads ${address}, a Redis outside its pod; an adapter watches the app it runs next to.`,
      fix: 'Use localhost:PORT of the Redis in this pod, or run the exporter in the pod of that Redis.',
    },
  ];
}

/** The user the exporter's image runs as (`USER 59000:59000`). */
const REDIS_EXPORTER_UID = 59000;

function build({ container, params }: BuildInput<RedisExporterParams>): Contribution {
  const address = params.redisAddress;
  const port = params.metricsPort;
  const secret = params.passwordSecret;
  const slash = secret.indexOf('/');
  const env: EnvVar[] = secret
    ? [{ name: 'REDIS_PASSWORD', secret: { name: secret.slice(0, slash), key: secret.slice(slash + 1) } }]
    : [];
  return {
    ports: [{ name: 'metrics', containerPort: port, scope: 'pod', expose: true }],
    args: [`--redis.addr=${address}`, `--web.listen-address=0.0.0.0:${port}`],
    ...(env.length ? { env } : {}),
    podAnnotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(port) },
    // The landing page at /, not /metrics: a scrape asks Redis, and readiness is the exporter's own.
    readinessProbe: { kind: 'http', port, path: '/', periodSeconds: 10 },
    ...proposeSecurity({
      program: 'redis_exporter',
      container: container.name,
      runAsUser: REDIS_EXPORTER_UID,
      ports: [port],
    }),
    notes: [
      `Metrics are served at http://POD:${port}/metrics and through the Service's "metrics" port: ${REDIS_SERIES.map((x) => `\`${x}\``).join(', ')} among others (\`redis_up\` is 1 while the exporter can reach Redis).`,
      'The prometheus.io/* annotations are a convention that Prometheus’s Kubernetes pod discovery is commonly configured to follow; with the Prometheus Operator, add a PodMonitor instead.',
    ],
  };
}

export const redisExporter = defineTemplate({
  id: 'redis-exporter',
  role: 'adapter',
  title: 'Redis metrics (Prometheus)',
  summary: "Serves the pod's Redis statistics as Prometheus metrics on /metrics.",
  teaching: TEACHING,
  recognise: recogniseRedisExporter,
  recogniseRank: 40,
  example,
  appLink: {
    kind: 'metrics',
    toApp: true,
    port: (p) => portOf(p.redisAddress),
    local: (p) => isLoopback(hostOf(redisHostPort(p.redisAddress))),
  },
  peers: (p) => {
    const address = redisHostPort(p.redisAddress);
    const host = hostOf(address);
    if (isLoopback(host)) return [];
    return [
      {
        via: 'external',
        name: dnsLabel(host.split('.')[0] ?? '', 'redis'),
        kind: 'database',
        address,
        link: 'metrics',
      },
    ];
  },
  image: 'oliver006/redis_exporter:v1.67.0',
  defaultName: 'redis-exporter',
  params: REDIS_EXPORTER_PARAMS,
  connectsTo: (params) => {
    const address = params.redisAddress;
    const m = REDIS_ADDRESS.pattern.test(address) ? LOCAL.exec(address) : null;
    return m ? [`localhost:${m[1]}`] : [];
  },
  build,
  check,
});
