import type { DirectiveSample, FileExplainers } from '../types';

/** Short explanations of the nginx directives Podsmith generates, for hovering a preview line. */

/** The directive name and its arguments of one config line, without a trailing comment. */
function tokens(line: string): readonly string[] {
  const hash = line.indexOf('#');
  const code = (hash < 0 ? line : line.slice(0, hash)).trim().replace(/;$/, '');
  return code === '' ? [] : code.split(/\s+/);
}

const FIXED: Readonly<Record<string, string>> = {
  worker_processes: 'How many worker processes nginx runs; one is plenty for a sidecar that serves its own pod.',
  pid: 'Where nginx writes its process id. /tmp is writable even when the config is mounted read-only.',
  error_log: 'Where nginx writes errors: stderr, so kubectl logs shows them.',
  events: 'Connection-processing settings; nginx requires this block even when it is empty.',
  worker_connections: 'The most connections one worker process keeps open at once.',
  http: 'The HTTP proxy: upstreams and virtual servers for web traffic live inside this block.',
  stream: 'The TCP proxy (the stream module): bytes are passed through without looking at HTTP.',
  access_log: 'Where nginx logs each request: /dev/stdout, so kubectl logs shows them.',
  client_body_temp_path: 'Temporary files for large request bodies, under /tmp so a read-only image still works.',
  proxy_temp_path: 'Temporary files for large proxied responses, under /tmp so a read-only image still works.',
  fastcgi_temp_path: 'Temporary files nginx keeps for FastCGI (unused here), moved under /tmp so start-up never fails.',
  uwsgi_temp_path: 'Temporary files nginx keeps for uwsgi (unused here), moved under /tmp so start-up never fails.',
  scgi_temp_path: 'Temporary files nginx keeps for SCGI (unused here), moved under /tmp so start-up never fails.',
  server_name: 'The host names this server answers for; "_" matches any name.',
  ssl_certificate: 'The certificate nginx presents, read from the TLS Secret mounted in the pod.',
  ssl_certificate_key: 'The private key of the certificate, read from the same TLS Secret.',
  ssl_protocols: 'The TLS versions nginx accepts; older ones (SSLv3, TLS 1.0 and 1.1) are broken.',
  upstream: 'A named group of servers that proxy_pass can send requests to.',
  ip_hash:
    'Sticky by client address: the first three bytes of an IPv4 address pick the server, so a whole /24 always goes to one upstream.',
  proxy_set_header: 'Sets a header on the request passed to the upstream.',
  set_real_ip_from: 'Trusts the client address header only from this address (the app in the pod, on 127.0.0.1).',
  real_ip_header:
    'Takes the client address from this header, so ip_hash sees the real user rather than the app on 127.0.0.1.',
  mirror: 'Sends a copy of every request to this internal location (the shadow); its response is thrown away.',
  mirror_request_body: 'Copies the request body to the mirror too.',
  internal: 'This location can only be reached from inside nginx (here, by mirror), never by a client.',
  proxy_connect_timeout: 'How long nginx waits to connect to the upstream.',
  proxy_send_timeout: 'How long nginx waits between two writes to the upstream.',
  proxy_read_timeout: 'How long nginx waits between two reads from the upstream.',
};

function listen(args: readonly string[]): string {
  const port = args[0] ?? '';
  if (args.includes('ssl'))
    return `Accepts TLS connections on port ${port}: "ssl" here switches HTTPS on (never "ssl on").`;
  return `Accepts connections on port ${port} (every address of the pod).`;
}

function server(args: readonly string[]): string {
  if (args[0] === '{' || args.length === 0)
    return 'A virtual server: one listening port and how its requests are handled.';
  const weight = args.find((a) => a.startsWith('weight='))?.slice('weight='.length);
  const base = `An upstream server at ${args[0]}; nginx resolves its name when it starts.`;
  return weight ? `${base} weight=${weight}: it gets ${weight} shares of the clients.` : base;
}

function proxyPass(args: readonly string[]): string {
  const target = args[0] ?? '';
  if (/^https?:\/\/127\.0\.0\.1[:/]/.test(target))
    return `Forwards each request over localhost to the app in this pod (${target}).`;
  if (/^https?:\/\//.test(target)) return `Forwards each request to ${target} (an upstream block or a Service).`;
  return `Forwards each TCP connection to ${target}.`;
}

function location(args: readonly string[]): string {
  if (args[0] === '=') return `Requests for exactly ${args[1] ?? ''} are handled by this block.`;
  return `Requests whose path starts with ${args[0] ?? '/'} are handled by this block.`;
}

function hash(args: readonly string[]): string {
  const variable = args[0] ?? '';
  const header = variable.startsWith('$http_') ? variable.slice('$http_'.length).replaceAll('_', '-') : undefined;
  const what = header ? `the ${header} request header` : variable;
  return `Sticky by ${what}: its value picks the server${args.includes('consistent') ? ' with consistent hashing (ketama), so few clients move when servers change' : ''}.`;
}

/**
 * What an nginx config line does, or undefined for blank lines, closing braces and lines it does not know.
 *
 * @example explainNginx('    listen 443 ssl;') // 'Accepts TLS connections on port 443: ...'
 */
export function explainNginx(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('#')) return 'A comment: nginx ignores it.';
  const [name, ...args] = tokens(line);
  if (name === undefined) return undefined;
  switch (name) {
    case 'listen':
      return listen(args);
    case 'server':
      return server(args);
    case 'proxy_pass':
      return proxyPass(args);
    case 'location':
      return location(args);
    case 'hash':
      return hash(args);
    default:
      return FIXED[name];
  }
}

/** Every directive explained above, with a line that shows it. */
const DIRECTIVES: readonly DirectiveSample[] = [
  ...Object.keys(FIXED).map((name) => ({
    name,
    sample: ['events', 'http', 'stream', 'upstream'].includes(name) ? `${name} {` : `${name} on;`,
  })),
  { name: 'listen', sample: 'listen 80;' },
  { name: 'server', sample: 'server {' },
  { name: 'proxy_pass', sample: 'proxy_pass http://backend;' },
  { name: 'location', sample: 'location / {' },
  { name: 'hash', sample: 'hash $http_x_user_id consistent;' },
];

/** What the preview's hover explains in the nginx templates' files (and what completion offers). */
export const nginxExplainers: FileExplainers = {
  'nginx.conf': Object.assign((line: string) => explainNginx(line), { directives: DIRECTIVES }),
};
