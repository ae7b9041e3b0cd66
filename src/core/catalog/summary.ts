/**
 * What the palette shows of each built-in template (id, role, title, summary), in palette order,
 * without the templates' build code: the first frame draws the palette from this, and the full
 * catalog (`index.ts`) arrives a moment later. `summary.test.ts` checks it against `TEMPLATES`, so a
 * template added there without a line here fails the tests.
 */
import type { Role } from '../model/design';

/** A template as the palette lists it. */
export interface TemplateSummary {
  readonly id: string;
  readonly role: Role;
  readonly title: string;
  readonly summary: string;
  /** The template may take any role (the generic app: a custom sidecar, ambassador or adapter). */
  readonly anyRole?: boolean;
}

/** Every built-in template's summary, in the order of `TEMPLATES`. */
export const TEMPLATE_SUMMARIES: readonly TemplateSummary[] = [
  {
    id: 'app-generic',
    role: 'app',
    title: 'Generic app',
    summary: 'Any container image: set its command, ports and environment.',
    anyRole: true,
  },
  {
    id: 'app-redis',
    role: 'app',
    title: 'Redis',
    summary: 'A Redis server, the cache or store the examples shard and monitor.',
  },
  { id: 'app-mysql', role: 'app', title: 'MySQL', summary: 'A MySQL server; the root password comes from a Secret.' },
  {
    id: 'app-legacy-web',
    role: 'app',
    title: 'Legacy web app',
    summary: 'A plain-HTTP web server that listens on 127.0.0.1 only, to be fronted by a sidecar.',
  },
  {
    id: 'app-node',
    role: 'app',
    title: 'Node app',
    summary: 'A Node.js service; point it at localhost for the ambassadors of its pod.',
  },
  {
    id: 'app-storm',
    role: 'app',
    title: 'Storm',
    summary: 'An Apache Storm UI/nimbus container whose metrics an adapter can read.',
  },
  {
    id: 'https-terminator',
    role: 'sidecar',
    title: 'HTTPS terminator',
    summary: 'nginx serves HTTPS on the pod port and forwards plain HTTP to a legacy app on 127.0.0.1.',
  },
  {
    id: 'git-sync',
    role: 'sidecar',
    title: 'git-sync',
    summary: 'Pulls a git repository into a volume the app serves, again every period: push to deploy.',
  },
  {
    id: 'varnish',
    role: 'sidecar',
    title: 'Varnish cache',
    summary: 'Varnish caches the pod’s web app: the Service hits the cache, misses go to the app on localhost.',
  },
  {
    id: 'topz',
    role: 'sidecar',
    title: 'topz',
    summary: "A debug readout of the pod's processes (memory, CPU) over HTTP at /topz.",
  },
  {
    id: 'twemproxy',
    role: 'ambassador',
    title: 'Sharded Redis',
    summary: 'twemproxy on localhost shards Redis or memcached keys over several servers.',
  },
  {
    id: 'request-splitter',
    role: 'ambassador',
    title: 'Request splitting',
    summary: 'nginx splits the app’s requests over weighted upstreams (e.g. 90/10), sticky per client.',
  },
  {
    id: 'tee',
    role: 'ambassador',
    title: 'Tee (shadow traffic)',
    summary: 'nginx sends the app’s requests to production and mirrors a copy to a shadow version.',
  },
  {
    id: 'service-broker',
    role: 'ambassador',
    title: 'Service broker',
    summary: 'nginx proxies a localhost TCP port to the service of the chosen environment (e.g. MySQL).',
  },
  {
    id: 'haproxy',
    role: 'ambassador',
    title: 'HAProxy (split or broker)',
    summary: 'HAProxy splits the app’s HTTP requests over weighted upstreams, or brokers its TCP connections.',
  },
  {
    id: 'redis-exporter',
    role: 'adapter',
    title: 'Redis metrics (Prometheus)',
    summary: "Serves the pod's Redis statistics as Prometheus metrics on /metrics.",
  },
  {
    id: 'mysqld-exporter',
    role: 'adapter',
    title: 'MySQL metrics (Prometheus)',
    summary: "Serves the pod's MySQL statistics as Prometheus metrics on /metrics.",
  },
  {
    id: 'fluentd-redis-slowlog',
    role: 'adapter',
    title: 'Redis slow-query log',
    summary: 'fluentd reads the Redis slow log and emits it as log events (stdout or forward).',
  },
  {
    id: 'fluentd-storm',
    role: 'adapter',
    title: 'Storm metrics',
    summary: 'fluentd polls the Storm UI REST API and emits topology metrics as events.',
  },
  {
    id: 'log-to-stdout',
    role: 'adapter',
    title: 'Log file to stdout',
    summary: "Follows a log file the app writes and prints it to stdout, for kubectl logs and the node's collector.",
  },
  {
    id: 'mysql-health',
    role: 'adapter',
    title: 'MySQL health monitor',
    summary: 'Runs a query against the pod’s MySQL and answers HTTP 200 or 500 for its livenessProbe.',
  },
];

/** The summaries of one role, in palette order. */
export function summariesOf(role: Role): readonly TemplateSummary[] {
  return TEMPLATE_SUMMARIES.filter((t) => t.role === role);
}
