/** Short explanations of the haproxy.cfg lines Podsmith generates (HAProxy 2.6). */
import { splitLine } from '../../../format/haproxy';
import type { FileExplainers } from '../../types';

const SECTIONS: Readonly<Record<string, (name: string) => string>> = {
  global: () => 'Settings of the HAProxy process as a whole.',
  defaults: () => 'Settings every frontend, backend and listener below inherits.',
  frontend: (n) => `The frontend ${n}: where HAProxy accepts the app’s connections.`,
  backend: (n) => `The backend ${n}: the servers HAProxy forwards to, and how it picks one.`,
  listen: (n) => `The listener ${n}: a frontend and its backend in one section.`,
};

const OPTIONS: Readonly<Record<string, string>> = {
  httplog: 'Logs one line per HTTP request: method, URL, status, timings and the server that answered.',
  tcplog: 'Logs one line per TCP connection: addresses, bytes and timings.',
  dontlognull: 'Leaves out connections that send nothing (port scans, TCP health checks).',
};

const TIMEOUTS: Readonly<Record<string, string>> = {
  connect: 'for a server to accept a connection',
  client: 'for the app to send the next part of a request',
  server: 'for a server to send the next part of its answer',
};

function serverLine(args: readonly string[]): string {
  const [name = '', address = ''] = args;
  const w = args.indexOf('weight');
  const c = args.indexOf('cookie');
  const parts = [`A server of this backend, named ${name}, at ${address}`];
  if (w > 0) parts.push(`weight ${args[w + 1]}: of every round it gets as many requests as its weight`);
  if (c > 0) parts.push(`a client sending the cookie value ${args[c + 1]} comes back here`);
  if (args.includes('check')) parts.push('health checked, and left out while it does not accept connections');
  return `${parts.join('; ')}.`;
}

/**
 * What an haproxy.cfg line does, or undefined for blank lines and keywords it does not know.
 *
 * @example explainHaproxy('    balance roundrobin') // 'Weighted round robin: ...'
 */
export function explainHaproxy(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('#')) return 'A comment: HAProxy ignores it.';
  const [keyword = '', ...args] = splitLine(trimmed);
  const section = SECTIONS[keyword];
  if (section) return section(args[0] ?? '');
  switch (keyword) {
    case 'log':
      return args[0] === 'global'
        ? 'Logs where the global section says.'
        : `Writes the logs to ${args[0]}, so kubectl logs shows them.`;
    case 'mode':
      return args[0] === 'http'
        ? 'HTTP mode: HAProxy reads each request, so it can pick a server per request and set cookies.'
        : 'TCP mode: HAProxy forwards whole connections without reading them (any protocol).';
    case 'option':
      return OPTIONS[args[0] ?? ''];
    case 'timeout': {
      const what = TIMEOUTS[args[0] ?? ''];
      return what ? `How long HAProxy waits ${what} (${args[1]}) before it gives up.` : undefined;
    }
    case 'bind':
      return `Accepts connections on ${args[0]}${args[0]?.startsWith(':') ? ', every address of the pod' : ''}.`;
    case 'default_backend':
      return `Sends everything this frontend accepts to the backend ${args[0]}.`;
    case 'balance':
      return args[0] === 'roundrobin'
        ? 'Weighted round robin: servers take turns in proportion to their weights, exactly, request by request.'
        : `Picks a server with the ${args[0]} algorithm.`;
    case 'cookie':
      return `Stickiness: HAProxy sets the cookie ${args[0]} to the server that answered, and sends a client that returns it to the same server (${args.slice(1).join(', ')}).`;
    case 'server':
      return serverLine(args);
    case 'stats':
      if (args[0] === 'enable') return 'Serves HAProxy’s statistics page: per server, its state, requests and errors.';
      if (args[0] === 'uri') return `The statistics page is at ${args[1]}.`;
      if (args[0] === 'refresh') return `The statistics page reloads itself every ${args[1]}.`;
      return undefined;
    case 'monitor-uri':
      return `Answers ${args[0]} with 200 while HAProxy runs: the readiness probe’s path.`;
    default:
      return undefined;
  }
}

/** What the preview's hover explains, by the name of the file this template writes. */
export const explainers: FileExplainers = { 'haproxy.cfg': explainHaproxy };
