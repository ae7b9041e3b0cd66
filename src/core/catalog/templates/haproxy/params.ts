import { upstreamsParam } from '../../shared/upstreams';
import type { ParamSpecs, ParamsOf, StringRule } from '../../types';

export const MODES = ['http', 'tcp'] as const;
export const STICKINESS = ['none', 'cookie'] as const;

/** A cookie name HAProxy writes bare: letters, digits, `_`, `-` and `.` (no `#`, space, quote or `$`). */
export const COOKIE_NAME: StringRule = {
  pattern: /^[A-Za-z0-9_.-]+$/,
  message: 'letters, digits, "_", "-" and ".", e.g. SERVERID',
};

const timeout = (title: string, doc: string, ms: number) =>
  ({ kind: 'int', title, doc, default: ms, min: 1, max: 3_600_000, unit: 'ms' }) as const;

export const HAPROXY_PARAMS = {
  listenPort: {
    kind: 'int',
    title: 'Listen port',
    doc: 'Port the app sends its requests to (localhost:PORT).',
    default: 8000,
    min: 1,
    max: 65535,
  },
  mode: {
    kind: 'enum',
    title: 'Mode',
    doc: 'http splits requests; tcp brokers whole connections (any protocol: Redis, MySQL, TLS).',
    default: 'http',
    options: MODES,
    optionLabels: ['HTTP (split requests)', 'TCP (broker connections)'],
  },
  upstreams: upstreamsParam(
    'Where traffic goes; each gets a share of requests (or connections) in proportion to its weight.',
    256,
  ),
  stickiness: {
    kind: 'enum',
    title: 'Stickiness',
    doc: 'cookie keeps a browser on the upstream it first reached (HTTP mode only); none splits every request.',
    default: 'none',
    options: STICKINESS,
    optionLabels: ['None (weighted round robin)', 'Cookie (HAProxy inserts one)'],
  },
  cookieName: {
    kind: 'string',
    title: 'Cookie name',
    doc: 'The cookie HAProxy sets to remember the upstream, when stickiness is cookie.',
    default: 'SERVERID',
    rule: COOKIE_NAME,
    maxLength: 64,
    placeholder: 'SERVERID',
  },
  connectTimeout: timeout('Connect timeout', 'How long to wait for an upstream to accept a connection.', 5000),
  clientTimeout: timeout('Client timeout', 'How long the app may stay silent in the middle of a request.', 30000),
  serverTimeout: timeout('Server timeout', 'How long an upstream may stay silent before answering.', 30000),
  statsPort: {
    kind: 'int',
    title: 'Stats port',
    doc: 'Port of the HAProxy statistics page (/stats) and health check (/healthz); 0 turns it off.',
    default: 8404,
    min: 0,
    max: 65535,
  },
} as const satisfies ParamSpecs;

export type HaproxyParams = ParamsOf<typeof HAPROXY_PARAMS>;
