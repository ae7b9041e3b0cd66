/**
 * fluentd adapters: a fluentd container whose config has a `redis_slowlog` or `storm` source, read
 * back with its output (`stdout`, or `forward` to an aggregator) and its monitor_agent port.
 */
import { FLUENT_CONF_PATH } from '../../../catalog/shared/fluentd-adapter';
import type { Params } from '../../../model/design';
import { type FluentNodeRead, flattenFluent, paramOf, readFluentConf, sectionsOf } from '../fluentd-conf';
import type { MountedFile } from '../pod';
import {
  containerPath,
  declined,
  type RecogniseInput,
  type Recogniser,
  type Recognition,
  rewritten,
  subjectOf,
} from './types';
import { flag, imageName } from './words';

const num = (v: string | undefined): number | undefined =>
  v !== undefined && /^[0-9]+$/.test(v) ? Number(v) : undefined;

/** Parameters that are set, with undefined ones left out (the template's defaults apply). */
function defined(p: Readonly<Record<string, string | number | boolean | undefined>>): Params {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Params;
}

function outputParams(nodes: readonly FluentNodeRead[], tag: string | undefined): Params {
  const matches = sectionsOf(nodes, 'match');
  const match = matches.find((m) => m.arg === tag) ?? matches[0];
  if (!match || paramOf(match.body, 'type') !== 'forward') return { output: 'stdout' };
  const server = sectionsOf(match.body, 'server')[0];
  return defined({
    output: 'forward',
    forwardHost: server ? paramOf(server.body, 'host') : undefined,
    forwardPort: server ? num(paramOf(server.body, 'port')) : undefined,
  });
}

function monitorPort(nodes: readonly FluentNodeRead[]): Params {
  const monitor = sectionsOf(nodes, 'source').find((s) => paramOf(s.body, 'type') === 'monitor_agent');
  const port = monitor ? num(paramOf(monitor.body, 'port')) : undefined;
  return port === undefined ? {} : { monitorPort: port };
}

function configFile(files: readonly MountedFile[], words: readonly string[], env: string | undefined) {
  const path = flag(words, ['-c', '--config']) ?? (env ? `/fluentd/etc/${env}` : FLUENT_CONF_PATH);
  return files.find((f) => f.path === path) ?? files.find((f) => f.path.endsWith('.conf'));
}

/** An adapter image with its config built in, known by its name (the book's fluentd-redis-slowlog). */
function byImageName(input: RecogniseInput): Recognition | undefined {
  const name = imageName(input.container.image);
  const template = /redis-slowlog/.test(name)
    ? 'fluentd-redis-slowlog'
    : /storm/.test(name)
      ? 'fluentd-storm'
      : undefined;
  if (!template) return undefined;
  return {
    template,
    params: {},
    notices: [
      {
        severity: 'info',
        message: `${subjectOf(input)}: recognised as the ${template} adapter by its image name; its config is inside ${input.container.image}, so the template's defaults are assumed and Podsmith mounts its own fluent.conf.`,
        path: containerPath(input),
      },
    ],
  };
}

export const recogniseFluentd: Recogniser = (input) => {
  const { container, files } = input;
  if (!/fluent/.test(imageName(container.image))) return undefined;
  const envConf = container.env.find((e) => e.name === 'FLUENTD_CONF')?.source;
  const file = configFile(
    files,
    [...container.command, ...container.args],
    envConf?.kind === 'value' ? envConf.value : undefined,
  );
  if (!file) return byImageName(input);
  const read = readFluentConf(file.content);
  if (!read.ok)
    return declined(
      `${subjectOf(input)}: ${file.path} cannot be read as a fluentd config (${read.error}); the container is kept as a generic app.`,
      containerPath(input),
    );
  const sources = sectionsOf(read.nodes, 'source');
  const slowlog = sources.find((s) => paramOf(s.body, 'type') === 'redis_slowlog');
  const storm = sources.find((s) => paramOf(s.body, 'type') === 'storm');
  const source = slowlog ?? storm;
  if (!source) return undefined;
  const tag = paramOf(source.body, 'tag');
  const common = { ...outputParams(read.nodes, tag), ...monitorPort(read.nodes) };
  const get = (key: string) => paramOf(source.body, key);
  const params: Params = slowlog
    ? {
        ...defined({
          host: get('host'),
          port: num(get('port')),
          tag,
          logsize: num(get('logsize')),
          interval: num(get('interval')),
        }),
        ...common,
      }
    : {
        ...defined({
          url: get('url'),
          window: get('window'),
          sys: get('sys') === undefined ? undefined : /^(1|true|yes)$/.test(get('sys') ?? ''),
          tag,
          interval: num(get('interval')),
        }),
        ...common,
      };
  return {
    template: slowlog ? 'fluentd-redis-slowlog' : 'fluentd-storm',
    params,
    volumes: [file.volume],
    files: [rewritten([file], 'fluent.conf', 'fluentd', flattenFluent(read.nodes))],
  };
};
