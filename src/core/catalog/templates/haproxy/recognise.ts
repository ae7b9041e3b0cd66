/**
 * Import: a container that runs HAProxy with a config from a ConfigMap, read back as this template.
 * The first frontend's bind port is the listen port, the backend's `server` lines the upstreams, a
 * `cookie NAME insert` line cookie stickiness, the `timeout` lines of `defaults` the timeouts and a
 * `stats enable` listener the stats port. What the template does not write is reported by the
 * import's line-by-line comparison of the two files (`haproxyLines`).
 */
import { type ReadSection, readHaproxy } from '../../../format/haproxy';
import type { Params, Row } from '../../../model/design';
import type { Notice } from '../../../read/notice';
import { containerPath, declined, type Recogniser, rewritten, subjectOf } from '../../../read/recognise';
import { baseName, flag, imageName, portOf } from '../../../read/words';
import { HAPROXY_CFG_PATH } from './config';

/** One line in a form that two spellings of the same setting share (times in ms, `*:PORT` as `:PORT`). */
function canonical(words: readonly string[]): string {
  const [keyword = '', ...args] = words;
  switch (keyword) {
    case 'timeout': {
      const ms = millis(args[1] ?? '');
      return ms === undefined ? words.join(' ') : `timeout ${args[0]} ${ms}ms`;
    }
    case 'bind':
      return ['bind', ...args.map((a, i) => (i === 0 ? a.replace(/^(?:\*|0\.0\.0\.0)?:/, ':') : a))].join(' ');
    case 'default_backend':
      return 'default_backend';
    case 'server':
      return args.includes('weight')
        ? words.join(' ')
        : ['server', ...args.slice(0, 2), 'weight', '1', ...args.slice(2)].join(' ');
    default:
      return words.join(' ');
  }
}

/**
 * The config's settings one per line, `frontend > bind :8000`, for comparing two files setting by
 * setting: the frontend and backend by kind (the template writes one of each), times in ms.
 */
export function haproxyLines(text: string): string[] {
  return readHaproxy(text).sections.flatMap((s) => {
    const where =
      s.kind === 'frontend' || s.kind === 'backend' || s.name === undefined ? s.kind : `${s.kind} ${s.name}`;
    return s.lines.map((l) => `${where} > ${canonical(l.words)}`);
  });
}

const UNITS: Readonly<Record<string, number>> = {
  us: 0.001,
  ms: 1,
  '': 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** An HAProxy time (`5000`, `5000ms`, `5s`, `1m`) in whole milliseconds, or undefined. */
export function millis(text: string): number | undefined {
  const m = /^([0-9]+)(us|ms|s|m|h|d|)$/.exec(text);
  return m ? Math.max(1, Math.round(Number(m[1]) * (UNITS[m[2] as string] ?? 1))) : undefined;
}

/** `server NAME HOST:PORT [weight W] …` as an upstream row. */
function serverRow(words: readonly string[]): Row | undefined {
  const [, name, address] = words;
  const m = /^([^:]+):([0-9]{1,5})$/.exec(address ?? '');
  if (!name || !m) return undefined;
  const w = words.indexOf('weight');
  return { name, host: m[1] as string, port: Number(m[2]), weight: w > 0 ? Number(words[w + 1] ?? 1) : 1 };
}

const linesOf = (s: ReadSection | undefined, keyword: string) => (s?.lines ?? []).filter((l) => l.words[0] === keyword);

export const recogniseHaproxy: Recogniser = (input) => {
  const { container, files } = input;
  const line = [...container.command, ...container.args];
  if (imageName(container.image) !== 'haproxy' && !line.some((w) => baseName(w) === 'haproxy')) return undefined;
  const path = flag(line, ['-f']) ?? HAPROXY_CFG_PATH;
  const file = files.find((f) => f.path === path);
  if (!file)
    return declined(
      `${subjectOf(input)}: runs HAProxy, but its config ${path} is not in a ConfigMap of the input; the container is kept as a generic app.`,
      containerPath(input),
    );
  const { sections } = readHaproxy(file.content);
  const frontend = sections.find((s) => s.kind === 'frontend');
  const backend = sections.find((s) => s.kind === 'backend');
  const defaults = sections.find((s) => s.kind === 'defaults');
  const listenPort = portOf(linesOf(frontend, 'bind')[0]?.words[1] ?? '');
  const upstreams = linesOf(backend, 'server')
    .map((l) => serverRow(l.words))
    .filter((r): r is Row => r !== undefined);
  if (listenPort === undefined || upstreams.length === 0)
    return declined(
      `${subjectOf(input)}: ${file.path} has no frontend with a bind port and a backend with servers; the container is kept as a generic app.`,
      containerPath(input),
    );
  const notices: Notice[] = [];
  const mode = [frontend, backend, defaults].map((s) => linesOf(s, 'mode')[0]?.words[1]).find(Boolean) ?? 'tcp';
  const cookie = linesOf(backend, 'cookie')[0]?.words;
  const timeout = (which: string) => {
    const t = linesOf(defaults, 'timeout').find((l) => l.words[1] === which)?.words[2];
    return t === undefined ? undefined : millis(t);
  };
  const stats = sections.find((s) => s.kind === 'listen' && s.lines.some((l) => l.words.join(' ') === 'stats enable'));
  const params: Params = {
    listenPort,
    mode: mode === 'http' ? 'http' : 'tcp',
    upstreams,
    stickiness: cookie?.[2] === 'insert' ? 'cookie' : 'none',
    ...(cookie?.[1] ? { cookieName: cookie[1] } : {}),
    ...Object.fromEntries(
      (
        [
          ['connectTimeout', 'connect'],
          ['clientTimeout', 'client'],
          ['serverTimeout', 'server'],
        ] as const
      ).flatMap(([key, which]) => {
        const ms = timeout(which);
        return ms === undefined ? [] : [[key, ms]];
      }),
    ),
    statsPort: stats ? (portOf(linesOf(stats, 'bind')[0]?.words[1] ?? '') ?? 0) : 0,
  };
  return {
    template: 'haproxy',
    params,
    volumes: [file.volume],
    files: [rewritten([file], 'haproxy.cfg', 'haproxy', haproxyLines(file.content))],
    notices,
  };
};
