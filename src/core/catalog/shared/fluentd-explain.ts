import type { DirectiveSample, FileExplainers } from '../types';

/** Short explanations of the fluent.conf lines Podsmith generates (fluentd v1). */

const TYPES: Readonly<Record<string, string>> = {
  redis_slowlog: 'reads Redis’s slow-query log (SLOWLOG GET) and emits one event per slow command',
  storm: 'polls the Storm UI REST API and emits one event per topology',
  monitor_agent: 'serves fluentd’s own state over HTTP, for health checks',
  stdout: 'prints each event on fluentd’s stdout, where kubectl logs shows it',
  forward: 'sends events to another fluentd (an aggregator) over the forward protocol',
  tail: 'follows a file and emits each new line',
};

const PARAMS: Readonly<Record<string, (value: string) => string>> = {
  tag: (v) => `Events from this source are tagged ${v}; <match> blocks route them by tag.`,
  host: (v) => `The host to connect to: ${v}.`,
  port: (v) => `The port: ${v}.`,
  bind: (v) => `The address to listen on: ${v} is every address of the pod.`,
  logsize: (v) => `How many slow-log entries to read per poll (${v}).`,
  interval: (v) => `Seconds between two polls (${v}).`,
  url: (v) => `The Storm UI to poll: ${v}.`,
  window: (v) => `The metrics window in seconds Storm reports over (${v}).`,
  sys: (v) =>
    v === '1' || v === 'true' ? 'Includes Storm’s system components.' : 'Leaves out Storm’s system components.',
  flush_interval: (v) => `Buffered events are sent every ${v}.`,
  path: (v) => `The file to read: ${v}.`,
};

/**
 * What a fluent.conf line does, or undefined for blank lines and lines it does not know.
 *
 * @example explainFluentd('  @type stdout') // 'The plugin: stdout prints each event ...'
 */
export function explainFluentd(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('#')) return 'A comment: fluentd ignores it.';
  if (trimmed.startsWith('</')) return undefined;
  const section = /^<(\w+)\s*(.*)>$/.exec(trimmed);
  if (section) {
    const [, name, arg = ''] = section;
    switch (name) {
      case 'source':
        return 'An input: where events come from.';
      case 'match':
        return `An output for events whose tag matches ${arg}: the first matching <match> gets them.`;
      case 'filter':
        return `Changes events whose tag matches ${arg} before they reach a <match>.`;
      case 'server':
        return 'One destination of the forward output.';
      case 'buffer':
        return 'How events are buffered before they are sent.';
      default:
        return undefined;
    }
  }
  const [key = '', ...rest] = trimmed.split(/\s+/);
  const value = rest.join(' ').replace(/^"(.*)"$/, '$1');
  if (key === '@type') {
    const what = TYPES[value];
    return what ? `The plugin: ${value} ${what}.` : `The plugin that handles this section: ${value}.`;
  }
  if (key === '@label') return `Sends these events to the <label ${value}> section.`;
  return PARAMS[key]?.(value);
}

/** A typical value of each parameter, for the line that shows it. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  tag: 'redis.slowlog',
  host: '127.0.0.1',
  port: '6379',
  bind: '0.0.0.0',
  logsize: '128',
  interval: '10',
  url: 'http://127.0.0.1:8080',
  window: '600',
  sys: 'false',
  flush_interval: '5s',
  path: '/var/log/app.log',
};

/** Every section, plugin key and parameter explained above, with a line that shows it. */
const DIRECTIVES: readonly DirectiveSample[] = [
  { name: '<source>', sample: '<source>' },
  { name: '<match>', sample: '<match **>' },
  { name: '<filter>', sample: '<filter **>' },
  { name: '<server>', sample: '<server>' },
  { name: '<buffer>', sample: '<buffer>' },
  { name: '@type', sample: '@type stdout' },
  { name: '@label', sample: '@label @OUTPUT' },
  ...Object.keys(PARAMS).map((name) => ({ name, sample: `  ${name} ${SAMPLE_VALUES[name] ?? ''}`.trimEnd() })),
];

/** What the preview's hover explains in the fluentd adapters' files (and what completion offers). */
export const fluentdExplainers: FileExplainers = {
  'fluent.conf': Object.assign((line: string) => explainFluentd(line), { directives: DIRECTIVES }),
};
