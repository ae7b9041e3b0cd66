/**
 * Sidecar: a Varnish cache in front of the pod's web app. The Service sends requests to Varnish,
 * which answers from memory what it has seen recently and asks the app for the rest (Ch. 2, the
 * sidecar pattern; the book's caching web server). The config is one default.vcl from a ConfigMap.
 */
import { renderVcl } from '../../../format/varnish';
import { NOBODY_UID, proposeSecurity } from '../../shared/security';
import { defineTemplate } from '../../types';
import { checkVarnish } from './check';
import { VCL_PATH, varnishConfig } from './config';
import { example } from './example';
import { VARNISH_PARAMS } from './params';
import { recogniseVarnish } from './recognise';

export const VARNISH_IMAGE = 'varnish:7.1.1';

/**
 * Where varnishd writes: its working directory under /var/lib/varnish (the shared memory log and the
 * compiled VCL, which it loads as a shared object). Run so on Debian's 7.1 as nobody with only this
 * directory writable, it compiled its VCL and served.
 */
export const VARNISH_WRITABLE_PATHS = ['/var/lib/varnish'] as const;

const TEACHING =
  'A sidecar adds a capability to an app without changing it. This one adds a cache: the pod’s Service ' +
  'sends requests to Varnish, which answers from memory what it fetched recently and passes the rest to ' +
  'the app on localhost. A slow or busy app then serves only the misses.\n\n' +
  'The app stays in charge of freshness: an answer with Cache-Control or Expires is kept as long as those ' +
  'say, and only answers without either get the default TTL. Requests that carry a Cookie or an ' +
  'Authorization header, and answers that set a cookie, are never cached (Varnish’s built-in rules), so ' +
  'one user’s page is not served to another. Paths listed as not cached always reach the app.\n\n' +
  'Each answer carries X-Cache: HIT or MISS, and Age says how long a cached answer has been kept.\n\n' +
  'Parameters: the listen port is where the Service sends requests; the app port is where the web app of ' +
  'this pod listens (localhost); the default TTL in seconds; the cache size in MiB (Varnish needs about a ' +
  'quarter more memory on top); the paths never cached.';

export const varnish = defineTemplate({
  id: 'varnish',
  role: 'sidecar',
  title: 'Varnish cache',
  summary: 'Varnish caches the pod’s web app: the Service hits the cache, misses go to the app on localhost.',
  teaching: TEACHING,
  image: VARNISH_IMAGE,
  defaultName: 'varnish',
  params: VARNISH_PARAMS,
  connectsTo: (params) => [`localhost:${params.backendPort}`],
  check: checkVarnish,
  example,
  appLink: { kind: 'traffic', toApp: true, port: (p) => p.backendPort },
  recognise: recogniseVarnish,
  explain: () => import('./explain').then((m) => m.explainers),
  build: ({ container, params }) => ({
    ports: [{ name: 'cache', containerPort: params.listenPort, scope: 'pod', expose: true }],
    command: ['varnishd'],
    args: ['-F', '-f', VCL_PATH, '-a', `:${params.listenPort}`, '-s', `malloc,${params.cacheSize}m`],
    files: [{ name: 'default.vcl', content: renderVcl(varnishConfig(params)), language: 'vcl', mountPath: VCL_PATH }],
    readinessProbe: { kind: 'tcp', port: params.listenPort, periodSeconds: 10 },
    // The image's `varnish` user has no fixed uid; varnishd started by any other user runs without
    // its unix jail and needs only its working directory.
    ...proposeSecurity({
      program: 'Varnish',
      container: container.name,
      runAsUser: NOBODY_UID,
      ports: [params.listenPort],
      writablePaths: VARNISH_WRITABLE_PATHS,
    }),
    notes: [
      `Varnish serves on port ${params.listenPort} (published by the Service) and fetches misses from the app on localhost:${params.backendPort}.`,
      `Answers without Cache-Control or Expires are cached ${params.defaultTtl} s; requests with Cookie or Authorization and answers with Set-Cookie are not cached. X-Cache says HIT or MISS.`,
      `The cache holds ${params.cacheSize} MiB (-s malloc); give the container a memory limit about a quarter above that.`,
    ],
  }),
});
