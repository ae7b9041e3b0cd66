/**
 * Adapter: Redis's slow-query log as fluentd events (the book's Ch. 4 logging adapter). fluentd's
 * `redis_slowlog` input polls `SLOWLOG GET` and emits one event per slow command; the output
 * prints them or forwards them to an aggregator.
 */

import { renderFluentConfig } from '../../../format/fluentd/render';
import {
  comment,
  type EnvRef,
  env,
  type FluentConfig,
  type FluentValue,
  param,
  source,
} from '../../../format/fluentd/tree';
import { isLoopback } from '../../../read/words';
import { HOST } from '../../rules';
import {
  adapterChecks,
  adapterContribution,
  DEFAULT_MONITOR_PORT,
  FLUENT_CONF_PATH,
  FLUENTD_BASE_IMAGE,
  forwardPeers,
  intervalParam,
  monitorSource,
  OUTPUT_PARAMS,
  type OutputSettings,
  outputMatch,
  readOutput,
  tagParam,
} from '../../shared/fluentd-adapter';
import { defineTemplate, type ImageRecipe, type ParamSpecs, type ParamsOf } from '../../types';
import { example } from './example';
import { recogniseFluentdRedisSlowlog } from './recognise';

const IMAGE_NAME = 'podsmith/fluentd-redis-slowlog:1.0';
const PLUGIN_GEM = 'fluent-plugin-redis-slowlog';
const PLUGIN_VERSION = '0.0.2';

const SLOWLOG_PARAMS = {
  host: {
    kind: 'string',
    title: 'Redis host',
    doc: 'Where Redis listens; localhost when it runs in this pod.',
    default: 'localhost',
    rule: HOST,
    placeholder: 'localhost',
  },
  port: { kind: 'int', title: 'Redis port', doc: 'Redis port.', default: 6379, min: 1, max: 65535 },
  tag: tagParam('redis.slowlog'),
  logsize: {
    kind: 'int',
    title: 'Entries per poll',
    doc: 'How many slow-log entries each poll reads (SLOWLOG GET N).',
    default: 128,
    min: 1,
    max: 10000,
  },
  interval: intervalParam(10, 'the slow log'),
  ...OUTPUT_PARAMS,
} as const satisfies ParamSpecs;

/** The adapter's parameter values, typed from its spec, with every default applied. */
export type SlowlogParams = ParamsOf<typeof SLOWLOG_PARAMS>;

interface SlowlogValues {
  readonly host: FluentValue;
  readonly port: FluentValue;
  readonly tag: string | EnvRef;
  readonly logsize: FluentValue;
  readonly interval: FluentValue;
  readonly monitorPort: FluentValue;
  readonly output: OutputSettings;
}

/** The configuration, for literal values (the pod's ConfigMap) or environment references (the image). */
function slowlogConfig(v: SlowlogValues): FluentConfig {
  return [
    comment('Redis slow-query log adapter: polls SLOWLOG GET and emits one event per slow command.'),
    source('redis_slowlog', [
      param('host', v.host),
      param('port', v.port),
      param('tag', v.tag),
      param('logsize', v.logsize),
      param('interval', v.interval),
    ]),
    monitorSource(v.monitorPort),
    outputMatch(v.tag, v.output),
  ];
}

/**
 * fluent-plugin-redis-slowlog 0.0.2 (2014) emits with `Fluent::Engine.emit`, which fluentd v1
 * refuses ("use router.emit instead"), and reads `slow_logs[0][0]` of an empty log, which stops
 * its poller. The line patches both and fails the build if the gem's code is not what it expects.
 */
const PATCH =
  `f="$(fluent-gem contents ${PLUGIN_GEM} | grep 'in_redis_slowlog.rb$')"` +
  ` && sed -i -e 's/Fluent::Engine\\.emit(/router.emit(/'` +
  ` -e 's/log_id = slow_logs\\[0\\]\\[0\\]/log_id = slow_logs.empty? ? last_id : slow_logs[0][0]/' "$f"` +
  ` && grep -q 'router.emit(' "$f" && grep -q 'slow_logs.empty?' "$f"`;

const ENV_DOCS = [
  { name: 'REDIS_HOST', value: SLOWLOG_PARAMS.host.default, doc: 'Redis host to read the slow log from.' },
  { name: 'REDIS_PORT', value: String(SLOWLOG_PARAMS.port.default), doc: 'Redis port.' },
  { name: 'SLOWLOG_TAG', value: SLOWLOG_PARAMS.tag.default, doc: 'Tag of the emitted events.' },
  {
    name: 'SLOWLOG_LOGSIZE',
    value: String(SLOWLOG_PARAMS.logsize.default),
    doc: 'Entries read per poll (SLOWLOG GET N).',
  },
  { name: 'SLOWLOG_INTERVAL', value: String(SLOWLOG_PARAMS.interval.default), doc: 'Seconds between polls.' },
  { name: 'MONITOR_PORT', value: String(DEFAULT_MONITOR_PORT), doc: 'Port of the monitor_agent endpoint.' },
] as const;

/** The image recipe: the same for every container, its parameters read from the environment. */
export const slowlogImage: ImageRecipe = {
  name: 'fluentd-redis-slowlog',
  from: FLUENTD_BASE_IMAGE,
  description: 'fluentd with the redis_slowlog input: emits the Redis slow-query log as events',
  version: '1.0',
  source: `https://rubygems.org/gems/${PLUGIN_GEM}`,
  run: [`fluent-gem install ${PLUGIN_GEM} -v ${PLUGIN_VERSION}`, PATCH],
  files: [
    {
      path: 'fluent.conf',
      content: renderFluentConfig(
        slowlogConfig({
          host: env('REDIS_HOST'),
          port: env('REDIS_PORT'),
          tag: env('SLOWLOG_TAG'),
          logsize: env('SLOWLOG_LOGSIZE'),
          interval: env('SLOWLOG_INTERVAL'),
          monitorPort: env('MONITOR_PORT'),
          output: { kind: 'stdout', host: '', port: 0 },
        }),
      ),
      dest: FLUENT_CONF_PATH,
    },
  ],
  env: ENV_DOCS,
  expose: [DEFAULT_MONITOR_PORT],
  user: 'fluent',
};

export const fluentdRedisSlowlog = defineTemplate({
  id: 'fluentd-redis-slowlog',
  role: 'adapter',
  title: 'Redis slow-query log',
  summary: 'fluentd reads the Redis slow log and emits it as log events (stdout or forward).',
  recognise: recogniseFluentdRedisSlowlog,
  recogniseRank: 30,
  explain: () => import('../../shared/fluentd-explain').then((m) => m.fluentdExplainers),
  example,
  appLink: { kind: 'logs', toApp: false, port: (p) => p.port, local: (p) => isLoopback(p.host) },
  peers: (p) => forwardPeers(p),
  teaching:
    'An adapter makes an app look like every other app to the monitoring and logging systems, ' +
    'without changing the app. Redis keeps its slow queries in memory, behind the SLOWLOG command, ' +
    'where no log collector looks. This adapter runs fluentd next to Redis in the same pod: it ' +
    'polls SLOWLOG GET over localhost and turns each slow command into a tagged log event, printed ' +
    'for kubectl logs or forwarded to the fluentd aggregator every other service uses.\n\n' +
    'Redis stays the stock image; the adapter is a parameterised container of its own, so the same ' +
    'image serves every Redis in the company.',
  image: IMAGE_NAME,
  defaultName: 'slowlog',
  params: SLOWLOG_PARAMS,
  build: ({ container, params }) => {
    const output = readOutput(params);
    const { host, port, tag, logsize, interval, monitorPort } = params;
    return adapterContribution({
      container: container.name,
      config: slowlogConfig({ host, port, tag, logsize, interval, monitorPort, output }),
      monitorPort,
      image: slowlogImage,
      imageName: IMAGE_NAME,
      output,
      notes: [
        `The image patches ${PLUGIN_GEM} ${PLUGIN_VERSION} to emit through router.emit: fluentd v1 refuses the Fluent::Engine.emit it was written for, and an empty slow log would stop its poller.`,
        'The plugin pings Redis when fluentd starts: if Redis is not up yet, fluentd exits and Kubernetes restarts it until Redis answers.',
        'Redis logs commands slower than slowlog-log-slower-than microseconds (10000 by default); lower it (e.g. redis-server --slowlog-log-slower-than 1000) to see more.',
      ],
    });
  },
  check: (input) => adapterChecks(input, { reads: { host: input.params.host, field: 'host', what: 'Redis' } }),
});
