/**
 * Adapter: Apache Storm topology metrics as fluentd events (the book's Ch. 4 monitoring adapter).
 * fluentd's `storm` input polls the Storm UI REST API (`/api/v1/topology/...`) and emits one event
 * per topology; the output prints them or forwards them to an aggregator.
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
import { hostOf, isLoopback, portOf } from '../../../read/words';
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
import { defineTemplate, type ImageRecipe, type ParamSpecs, type ParamsOf, type StringRule } from '../../types';
import { example } from './example';
import { recogniseFluentdStorm } from './recognise';

const IMAGE_NAME = 'podsmith/fluentd-storm:1.0';
const PLUGIN_GEM = 'fluent-plugin-storm';
const PLUGIN_VERSION = '0.0.4';

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const PORT = '(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})';

/** `http://HOST[:PORT][/path]`: the plugin speaks plain HTTP and appends `/api/v1/...` to it. */
export const STORM_UI_URL: StringRule = {
  pattern: new RegExp(`^http://(?=[^/:]{1,253}(?:[:/]|$))${LABEL}(\\.${LABEL})*(:${PORT})?(/[A-Za-z0-9._~%-]+)*$`),
  message: 'an http:// URL of the Storm UI without a trailing slash, e.g. http://localhost:8080',
};

/** The host of a Storm UI URL, or '' when it is not one. */
/** `HOST[:PORT]` of the Storm UI's URL. */
const stormAuthority = (url: string) => /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? '';

export function stormHost(url: string): string {
  return STORM_UI_URL.pattern.test(url) ? (/^http:\/\/([^/:]+)/.exec(url)?.[1] ?? '') : '';
}

export const STORM_WINDOWS = ['600', '10800', '86400', ':all-time'] as const;

const STORM_PARAMS = {
  url: {
    kind: 'string',
    title: 'Storm UI URL',
    doc: 'Base URL of the Storm UI REST API; http://localhost:8080 when Storm runs in this pod.',
    default: 'http://localhost:8080',
    rule: STORM_UI_URL,
    maxLength: 512,
    placeholder: 'http://localhost:8080',
  },
  window: {
    kind: 'enum',
    title: 'Window',
    doc: 'The period the statistics cover.',
    default: '600',
    options: STORM_WINDOWS,
    optionLabels: ['10 minutes', '3 hours', '1 day', 'All time'],
  },
  sys: {
    kind: 'bool',
    title: 'System stats',
    doc: "Include Storm's system components (ackers, metrics consumers) in the statistics.",
    default: false,
  },
  tag: tagParam('storm'),
  interval: intervalParam(60, 'the Storm UI'),
  ...OUTPUT_PARAMS,
} as const satisfies ParamSpecs;

/** The adapter's parameter values, typed from its spec, with every default applied. */
export type StormParams = ParamsOf<typeof STORM_PARAMS>;

interface StormValues {
  readonly url: FluentValue;
  readonly window: FluentValue;
  readonly sys: FluentValue;
  readonly tag: string | EnvRef;
  readonly interval: FluentValue;
  readonly monitorPort: FluentValue;
  readonly output: OutputSettings;
}

/** The configuration, for literal values (the pod's ConfigMap) or environment references (the image). */
function stormConfig(v: StormValues): FluentConfig {
  return [
    comment('Storm metrics adapter: polls the Storm UI REST API and emits one event per topology.'),
    source('storm', [
      param('tag', v.tag),
      param('url', v.url),
      param('window', v.window),
      param('sys', v.sys),
      param('interval', v.interval),
    ]),
    monitorSource(v.monitorPort),
    outputMatch(v.tag, v.output),
  ];
}

const ENV_DOCS = [
  { name: 'STORM_URL', value: STORM_PARAMS.url.default, doc: 'URL of the Storm UI REST API.' },
  {
    name: 'STORM_WINDOW',
    value: STORM_PARAMS.window.default,
    doc: 'Stats window in seconds (600, 10800, 86400) or :all-time.',
  },
  { name: 'STORM_SYS', value: '0', doc: 'Include system stats: 1 or 0.' },
  { name: 'STORM_TAG', value: STORM_PARAMS.tag.default, doc: 'Tag of the emitted events.' },
  { name: 'STORM_INTERVAL', value: String(STORM_PARAMS.interval.default), doc: 'Seconds between polls.' },
  { name: 'MONITOR_PORT', value: String(DEFAULT_MONITOR_PORT), doc: 'Port of the monitor_agent endpoint.' },
] as const;

/** The image recipe: the same for every container, its parameters read from the environment. */
export const stormImage: ImageRecipe = {
  name: 'fluentd-storm',
  from: FLUENTD_BASE_IMAGE,
  description: 'fluentd with the storm input: emits Apache Storm topology metrics as events',
  version: '1.0',
  source: `https://rubygems.org/gems/${PLUGIN_GEM}`,
  // The gem declares fluentd ~> 1.2.0, which would install a second, old fluentd (and native
  // extensions the Alpine image cannot build); it needs nothing but the fluentd already there.
  run: [`fluent-gem install ${PLUGIN_GEM} -v ${PLUGIN_VERSION} --ignore-dependencies`],
  files: [
    {
      path: 'fluent.conf',
      content: renderFluentConfig(
        stormConfig({
          url: env('STORM_URL'),
          window: env('STORM_WINDOW'),
          sys: env('STORM_SYS'),
          tag: env('STORM_TAG'),
          interval: env('STORM_INTERVAL'),
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

export const fluentdStorm = defineTemplate({
  id: 'fluentd-storm',
  role: 'adapter',
  title: 'Storm metrics',
  summary: 'fluentd polls the Storm UI REST API and emits topology metrics as events.',
  recognise: recogniseFluentdStorm,
  recogniseRank: 31,
  explain: () => import('../../shared/fluentd-explain').then((m) => m.fluentdExplainers),
  example,
  appLink: {
    kind: 'metrics',
    toApp: false,
    port: (p) => portOf(stormAuthority(p.url)) ?? 80,
    local: (p) => isLoopback(hostOf(stormAuthority(p.url))),
  },
  peers: (p) => forwardPeers(p),
  teaching:
    'An adapter makes an app look like every other app to the monitoring and logging systems, ' +
    'without changing the app. Apache Storm reports its topology statistics through the REST API ' +
    'of its UI, in a shape of its own. This adapter runs fluentd next to Storm in the same pod: it ' +
    'polls the API over localhost and emits each topology’s statistics as a tagged event, printed ' +
    'for kubectl logs or forwarded to the aggregator the rest of the company reads.\n\n' +
    'The window chooses the period the statistics cover (10 minutes, 3 hours, a day or all time).',
  image: IMAGE_NAME,
  defaultName: 'storm-metrics',
  params: STORM_PARAMS,
  build: ({ container, params }) => {
    const output = readOutput(params);
    const { url, window, tag, interval, monitorPort } = params;
    return adapterContribution({
      container: container.name,
      config: stormConfig({ url, window, sys: params.sys ? '1' : '0', tag, interval, monitorPort, output }),
      monitorPort,
      image: stormImage,
      imageName: IMAGE_NAME,
      output,
      notes: [
        `${PLUGIN_GEM} ${PLUGIN_VERSION} is installed with --ignore-dependencies: it declares fluentd ~> 1.2.0 but runs on the image's fluentd 1.17.`,
        'The Storm UI must be running (storm ui) for the adapter to read it; topologies appear once they are submitted.',
      ],
    });
  },
  check: (input) =>
    adapterChecks(input, {
      reads: { host: stormHost(input.params.url), field: 'url', what: 'the Storm UI' },
    }),
});
