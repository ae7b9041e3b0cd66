/**
 * What the fluentd adapter templates share: the output parameters (stdout or forward), the
 * `<match>` and monitor directives, the image recipe around a fluentd plugin, and the checks
 * PS140-PS142.
 */

import type { Diagnostic } from '../../contracts/diagnostic';
import { RULES } from '../../contracts/rules';
import { renderFluentConfig } from '../../format/fluentd/render';
import { FLUENT_TAG } from '../../format/fluentd/tag';
import {
  type EnvRef,
  type FluentConfig,
  type FluentSection,
  type FluentValue,
  match,
  param,
  section,
  source,
} from '../../format/fluentd/tree';
import { dnsLabel } from '../../read/words';
import { HOST } from '../rules';
import type {
  BuildInput,
  Contribution,
  ImageRecipe,
  IntParam,
  ParamSpecs,
  ParamsOf,
  Peer,
  StringParam,
} from '../types';
import { NOBODY_UID, proposeSecurity } from './security';

/** The pinned fluentd image every adapter image starts from (Alpine, runs as user `fluent`). */
export const FLUENTD_BASE_IMAGE = 'fluent/fluentd:v1.17.1-1.0';
/** Where the official image reads its configuration. */
export const FLUENT_CONF_PATH = '/fluentd/etc/fluent.conf';
/** The monitor_agent endpoint the liveness probe reads. */
export const MONITOR_PATH = '/api/plugins.json';
export const DEFAULT_MONITOR_PORT = 24220;
export const DEFAULT_FORWARD_PORT = 24224;

export const OUTPUT_KINDS = ['stdout', 'forward'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** Tag parameter: a fluentd tag, its default given. */
export function tagParam(defaultTag: string): StringParam {
  return {
    kind: 'string',
    title: 'Tag',
    doc: 'Tag of the events this adapter emits; the output matches it.',
    default: defaultTag,
    rule: FLUENT_TAG,
    maxLength: 128,
    placeholder: defaultTag,
  };
}

/** Polling interval in seconds. */
export function intervalParam(defaultSeconds: number, what: string): IntParam {
  return {
    kind: 'int',
    title: 'Interval',
    doc: `Seconds between two reads of ${what}.`,
    default: defaultSeconds,
    min: 1,
    max: 86400,
    unit: 's',
  };
}

/** Where events go, the aggregator to forward to, and the monitor port. */
export const OUTPUT_PARAMS = {
  output: {
    kind: 'enum',
    title: 'Output',
    doc: 'stdout: events appear in kubectl logs. forward: events go to a fluentd aggregator.',
    default: 'stdout',
    options: OUTPUT_KINDS,
    optionLabels: ['Standard output', 'Forward to an aggregator'],
  },
  forwardHost: {
    kind: 'string',
    title: 'Aggregator host',
    doc: 'Host name of the fluentd aggregator (forward output only), e.g. a Service name.',
    default: '',
    required: false,
    rule: HOST,
    placeholder: 'fluentd-aggregator',
  },
  forwardPort: {
    kind: 'int',
    title: 'Aggregator port',
    doc: 'Port the aggregator listens on for the forward protocol (forward output only).',
    default: DEFAULT_FORWARD_PORT,
    min: 1,
    max: 65535,
  },
  monitorPort: {
    kind: 'int',
    title: 'Monitor port',
    doc: "Port of fluentd's monitor_agent, which the liveness probe reads.",
    default: DEFAULT_MONITOR_PORT,
    min: 1,
    max: 65535,
  },
} as const satisfies ParamSpecs;

/** The output parameters every fluentd adapter has, typed from OUTPUT_PARAMS. */
export type OutputParams = ParamsOf<typeof OUTPUT_PARAMS>;

/** What `adapterChecks` reads: the output parameters and the tag. */
export type AdapterParams = OutputParams & { readonly tag: string };

/** The aggregator a fluentd adapter forwards to, as the endpoint beyond its pod (none for stdout). */
export function forwardPeers(params: OutputParams): readonly Peer[] {
  if (params.output !== 'forward') return [];
  const host = params.forwardHost;
  return [
    {
      via: 'external',
      name: dnsLabel(host.split('.')[0] ?? '', 'aggregator'),
      kind: 'logs',
      address: `${host}:${params.forwardPort}`,
      link: 'logs',
    },
  ];
}

export interface OutputSettings {
  readonly kind: OutputKind;
  readonly host: FluentValue;
  readonly port: FluentValue;
}

/** The output settings of a container's resolved parameters. */
export function readOutput(params: OutputParams): OutputSettings {
  return { kind: params.output, host: params.forwardHost, port: params.forwardPort };
}

/**
 * The `<match TAG>` directive for the chosen output.
 *
 * @example renderFluentConfig([outputMatch('redis.slowlog', { kind: 'stdout', host: '', port: 0 })])
 */
export function outputMatch(tag: string | EnvRef, out: OutputSettings): FluentSection {
  if (out.kind === 'stdout') return match(tag, 'stdout');
  return match(tag, 'forward', [
    section('server', '', [param('host', out.host), param('port', out.port)]),
    section('buffer', '', [param('flush_interval', '5s')]),
  ]);
}

/** fluentd's built-in monitor_agent: an HTTP endpoint for the liveness probe. */
export function monitorSource(port: FluentValue): FluentSection {
  return source('monitor_agent', [param('bind', '0.0.0.0'), param('port', port)]);
}

export interface AdapterParts {
  /** The container's name, for the names of its scratch volumes. */
  readonly container: string;
  readonly config: FluentConfig;
  readonly monitorPort: number;
  readonly image: ImageRecipe;
  /** The image the container runs, as the user builds it. */
  readonly imageName: string;
  readonly output: OutputSettings;
  readonly notes: readonly string[];
}

/** The contribution of a fluentd adapter: fluent.conf, the monitor port and probe, the image, README notes. */
export function adapterContribution(parts: AdapterParts): Contribution {
  const { image, imageName, output } = parts;
  const outputNote =
    output.kind === 'stdout'
      ? 'Events are printed on the container’s standard output: read them with kubectl logs POD -c CONTAINER.'
      : `Events are forwarded to ${String(output.host)}:${String(output.port)}; a fluentd aggregator (in_forward) must listen there.`;
  return {
    ports: [{ name: 'monitor', containerPort: parts.monitorPort, scope: 'pod' }],
    files: [
      {
        name: 'fluent.conf',
        content: renderFluentConfig(parts.config),
        language: 'fluentd',
        mountPath: FLUENT_CONF_PATH,
      },
    ],
    // Every adapter's config opens monitor_agent (monitorSource), so the probe asks fluentd itself.
    livenessProbe: {
      kind: 'http',
      port: parts.monitorPort,
      path: MONITOR_PATH,
      initialDelaySeconds: 10,
      periodSeconds: 30,
    },
    image,
    // The image's `fluent` user has no fixed uid; fluentd needs none of its files. Its supervisor
    // makes a lock directory in /tmp (Dir.mktmpdir) when it starts.
    ...proposeSecurity({
      program: 'fluentd',
      container: parts.container,
      runAsUser: NOBODY_UID,
      ports: [parts.monitorPort],
      writablePaths: ['/tmp'],
    }),
    notes: [
      `Build the image first: docker build -t ${imageName} images/${image.name} and push it to a registry the cluster pulls from (or change the container's image to where you pushed it).`,
      `fluent.conf is mounted at ${FLUENT_CONF_PATH}; the image's ENV defaults apply only when it runs without that file.`,
      outputNote,
      ...parts.notes,
    ],
  };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/** True for a host name that reaches the pod's own network namespace. */
export function isLocalHost(host: string): boolean {
  return LOCAL_HOSTS.has(host.toLowerCase());
}

export interface AdapterCheckOptions {
  /** The host the adapter reads from, and the field that sets it. */
  readonly reads: { readonly host: string; readonly field: string; readonly what: string };
}

/**
 * PS140 (forward output without an aggregator), PS141 (tag under fluent.*, fluentd's own log
 * events) and PS142 (an adapter reading from outside its pod).
 */
export function adapterChecks(input: BuildInput<AdapterParams>, options: AdapterCheckOptions): Diagnostic[] {
  const { workload, container, params } = input;
  const out: Diagnostic[] = [];
  const at = (field: string) =>
    ({ kind: 'container', workloadId: workload.id, containerId: container.id, field }) as const;
  const output = readOutput(params);
  if (output.kind === 'forward' && params.forwardHost === '')
    out.push({
      rule: 'PS140',
      severity: RULES.PS140.severity,
      target: at('forwardHost'),
      message: `${container.name} forwards its events but names no aggregator host.`,
      fix: 'Set Aggregator host to the Service of your fluentd aggregator (e.g. fluentd-aggregator), or choose the stdout output.',
    });
  const { tag } = params;
  if (tag === 'fluent' || tag.startsWith('fluent.'))
    out.push({
      rule: 'PS141',
      severity: RULES.PS141.severity,
      target: at('tag'),
      message: `Tag "${tag}" is under fluent.*, the tags of fluentd's own log events.`,
      fix: 'Choose a tag that names the source, e.g. redis.slowlog or storm.metrics.',
    });
  const { host, field, what } = options.reads;
  if (HOST.pattern.test(host) && !isLocalHost(host))
    out.push({
      rule: 'PS142',
      severity: RULES.PS142.severity,
      target: at(field),
      message: `${container.name} reads ${what} at ${host}, outside its pod; an adapter usually reads the app of its own pod at localhost.`,
      fix: `If ${what} runs in this pod, use localhost; otherwise this container is a collector of its own rather than an adapter.`,
    });
  return out;
}
