/**
 * The fluentd adapters' recognisers share this: a fluentd container's config found and read, the
 * source of the template's type picked out, and its output (`stdout`, or `forward` to an
 * aggregator) and monitor_agent port read back. An adapter image with its config built in is known
 * by its name instead.
 */

import { type FluentNodeRead, flattenFluent, paramOf, readFluentConf, sectionsOf } from '../../format/fluentd/parse';
import type { Params } from '../../model/design';
import type { MountedFile } from '../../read/pod';
import {
  containerPath,
  declined,
  type RecogniseInput,
  type Recogniser,
  type Recognition,
  rewritten,
  subjectOf,
} from '../../read/recognise';
import { flag, imageName } from '../../read/words';
import { FLUENT_CONF_PATH } from './fluentd-adapter';
import { defined, wholeNumberOf } from './recognise-values';

function outputParams(nodes: readonly FluentNodeRead[], tag: string | undefined): Params {
  const matches = sectionsOf(nodes, 'match');
  const match = matches.find((m) => m.arg === tag) ?? matches[0];
  if (!match || paramOf(match.body, 'type') !== 'forward') return { output: 'stdout' };
  const server = sectionsOf(match.body, 'server')[0];
  return defined({
    output: 'forward',
    forwardHost: server ? paramOf(server.body, 'host') : undefined,
    forwardPort: server ? wholeNumberOf(paramOf(server.body, 'port')) : undefined,
  });
}

function monitorPort(nodes: readonly FluentNodeRead[]): Params {
  const monitor = sectionsOf(nodes, 'source').find((s) => paramOf(s.body, 'type') === 'monitor_agent');
  const port = monitor ? wholeNumberOf(paramOf(monitor.body, 'port')) : undefined;
  return port === undefined ? {} : { monitorPort: port };
}

function configFile(files: readonly MountedFile[], words: readonly string[], env: string | undefined) {
  const path = flag(words, ['-c', '--config']) ?? (env ? `/fluentd/etc/${env}` : FLUENT_CONF_PATH);
  return files.find((f) => f.path === path) ?? files.find((f) => f.path.endsWith('.conf'));
}

/** An adapter image with its config built in, known by its name (the book's fluentd-redis-slowlog). */
function byImageName(input: RecogniseInput, adapter: FluentdAdapter): Recognition | undefined {
  if (!adapter.image.test(imageName(input.container.image))) return undefined;
  const template = adapter.template;
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

/** One fluentd adapter template as its recogniser sees it. */
export interface FluentdAdapter {
  readonly template: string;
  /** The `@type` of the source the template writes, e.g. `redis_slowlog`. */
  readonly sourceType: string;
  /** Image names of adapters built with this config inside. */
  readonly image: RegExp;
  /** The template's own parameters, from its source section (`get` reads one of its keys). */
  readonly params: (get: (key: string) => string | undefined, tag: string | undefined) => Params;
}

/** The last config read: both fluentd adapters ask about one container in turn, and it is read once. */
let last: { readonly text: string; readonly read: ReturnType<typeof readFluentConf> } | undefined;

function readOnce(text: string): ReturnType<typeof readFluentConf> {
  if (last?.text !== text) last = { text, read: readFluentConf(text) };
  return last.read;
}

/** The recogniser of one fluentd adapter template. */
export function fluentdRecogniser(adapter: FluentdAdapter): Recogniser {
  return (input) => {
    const { container, files } = input;
    if (!/fluent(?!-?bit)/.test(imageName(container.image))) return undefined;
    const envConf = container.env.find((e) => e.name === 'FLUENTD_CONF')?.source;
    const file = configFile(
      files,
      [...container.command, ...container.args],
      envConf?.kind === 'value' ? envConf.value : undefined,
    );
    if (!file) return byImageName(input, adapter);
    const read = readOnce(file.content);
    if (!read.ok)
      return declined(
        `${subjectOf(input)}: ${file.path} cannot be read as a fluentd config (${read.error}); the container is kept as a generic app.`,
        containerPath(input),
      );
    const source = sectionsOf(read.nodes, 'source').find((x) => paramOf(x.body, 'type') === adapter.sourceType);
    if (!source) return undefined;
    const tag = paramOf(source.body, 'tag');
    return {
      template: adapter.template,
      params: {
        ...adapter.params((key) => paramOf(source.body, key), tag),
        ...outputParams(read.nodes, tag),
        ...monitorPort(read.nodes),
      },
      volumes: [file.volume],
      files: [rewritten([file], 'fluent.conf', 'fluentd', flattenFluent(read.nodes))],
    };
  };
}
