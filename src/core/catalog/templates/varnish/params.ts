/** The Varnish sidecar's parameters: where it listens, the app it caches, for how long, in how much memory. */
import type { ParamSpecs, ParamsOf, StringRule } from '../../types';

/** A URL path prefix Varnish matches literally: `/`, then letters, digits and `.`, `_`, `~`, `-`, `/`. */
export const URL_PATH: StringRule = {
  pattern: /^\/[A-Za-z0-9._~/-]*$/,
  message: 'a URL path starting with "/" of letters, digits, ".", "_", "~", "-" and "/", e.g. /admin',
};

export const VARNISH_PARAMS = {
  listenPort: {
    kind: 'int',
    title: 'Listen port',
    doc: 'Port Varnish serves on, for the pod and its Service.',
    default: 6081,
    min: 1,
    max: 65535,
  },
  backendPort: {
    kind: 'int',
    title: 'App port',
    doc: 'Port of the web app in this pod that Varnish caches (localhost:PORT).',
    default: 8080,
    min: 1,
    max: 65535,
  },
  defaultTtl: {
    kind: 'int',
    title: 'Default TTL',
    doc: 'How long an answer is cached when the app sends no Cache-Control or Expires header.',
    default: 120,
    min: 1,
    max: 31_536_000,
    unit: 's',
  },
  cacheSize: {
    kind: 'int',
    title: 'Cache size',
    doc: 'Memory for cached objects (varnishd -s malloc,SIZE); Varnish needs some more on top.',
    default: 256,
    min: 16,
    max: 65_536,
    unit: 'MiB',
  },
  noCachePaths: {
    kind: 'list',
    title: 'Paths not cached',
    doc: 'URL paths passed straight to the app: /admin covers /admin, /admin/… and /admin?…; /api/ every path under it.',
    default: ['/admin'],
    item: { rule: URL_PATH, placeholder: '/admin' },
    maxItems: 32,
  },
} as const satisfies ParamSpecs;

export type VarnishParams = ParamsOf<typeof VARNISH_PARAMS>;
