/**
 * Ambassador: HAProxy. The app sends its traffic to localhost; HAProxy splits HTTP requests over
 * weighted upstreams (an experiment, a canary) or, in TCP mode, brokers whole connections to a
 * service (Ch. 3, "Using an Ambassador to Do Experimentation or Request Splitting" and "Service
 * Brokering"). The config is one haproxy.cfg from a ConfigMap.
 */
import { renderHaproxy } from '../../../format/haproxy';
import { proposeSecurity } from '../../shared/security';
import { upstreamPeers } from '../../shared/upstreams';
import { defineTemplate } from '../../types';
import { checkHaproxy, localTarget } from './check';
import { HAPROXY_CFG_PATH, haproxyConfig, sticky } from './config';
import { example } from './example';
import { HAPROXY_PARAMS } from './params';
import { recogniseHaproxy } from './recognise';

export const HAPROXY_IMAGE = 'haproxy:2.6.12';

/** The image's `haproxy` user (2.4 and later run as it). */
const HAPROXY_UID = 99;

const TEACHING =
  'An ambassador brokers the app’s traffic to the world: the app talks to localhost, and the ambassador ' +
  'decides where the traffic really goes. HAProxy does this for HTTP and for any TCP protocol.\n\n' +
  'In HTTP mode it splits requests: weighted round robin sends each request to the next upstream in ' +
  'proportion to the weights, so weights 9 and 1 send exactly 9 of every 10 requests to production and 1 to ' +
  'an experiment. With cookie stickiness HAProxy sets a cookie on the first answer and sends that browser ' +
  'back to the same upstream afterwards (the app must pass the cookie on).\n\n' +
  'In TCP mode it brokers connections: the app connects to localhost as if to the service itself, and ' +
  'HAProxy forwards the whole connection to the upstream (or one of them, by weight). The app needs no ' +
  'address of its own for each environment: the ambassador’s config holds it.\n\n' +
  'Upstream host names are resolved with the pod’s DNS when HAProxy starts; a Service’s address stays the ' +
  'same for its lifetime. Each server is health checked and left out while it does not accept ' +
  'connections, so the others take its share.\n\n' +
  'Parameters: the listen port is where the app connects (localhost:PORT); each upstream has a name, a host ' +
  '(usually a Service), a port and a weight from 1 to 256; the timeouts bound how long HAProxy waits; the ' +
  'stats port serves /stats and /healthz (0 turns it off).';

export const haproxy = defineTemplate({
  id: 'haproxy',
  role: 'ambassador',
  title: 'HAProxy (split or broker)',
  summary: 'HAProxy splits the app’s HTTP requests over weighted upstreams, or brokers its TCP connections.',
  teaching: TEACHING,
  image: HAPROXY_IMAGE,
  defaultName: 'haproxy',
  params: HAPROXY_PARAMS,
  connectsTo: (params) =>
    params.upstreams.map((u) => localTarget(u.host, u.port)).filter((t): t is string => t !== undefined),
  check: checkHaproxy,
  example,
  servesApps: (p) => p.listenPort,
  peers: (p) => upstreamPeers(p.upstreams),
  recognise: recogniseHaproxy,
  explain: () => import('./explain').then((m) => m.explainers),
  build: ({ container, params }) => {
    const stats = params.statsPort > 0;
    const hosts = [...new Set(params.upstreams.map((u) => u.host))];
    return {
      ports: [
        { name: 'haproxy', containerPort: params.listenPort, scope: 'pod' },
        ...(stats ? [{ name: 'haproxy-stats', containerPort: params.statsPort, scope: 'pod' } as const] : []),
      ],
      files: [
        {
          name: 'haproxy.cfg',
          content: renderHaproxy(haproxyConfig(params)),
          language: 'haproxy',
          mountPath: HAPROXY_CFG_PATH,
        },
      ],
      readinessProbe: stats
        ? { kind: 'http', port: params.statsPort, path: '/healthz', periodSeconds: 10 }
        : { kind: 'tcp', port: params.listenPort, periodSeconds: 10 },
      // haproxy.cfg has no pidfile, stats socket or chroot: HAProxy writes nothing.
      ...proposeSecurity({
        program: 'HAProxy',
        container: container.name,
        runAsUser: HAPROXY_UID,
        ports: stats ? [params.listenPort, params.statsPort] : [params.listenPort],
      }),
      notes: [
        `HAProxy resolves the upstream hosts (${hosts.join(', ')}) with the pod's DNS when it starts, and does not start while one does not resolve: create those Services first (the pod restarts until they exist).`,
        params.mode === 'http'
          ? `Weighted round robin: of every ${params.upstreams.reduce((a, u) => a + u.weight, 0)} requests, each upstream gets as many as its weight.`
          : 'TCP mode: each connection goes to one upstream, by weight; what travels inside it is not read.',
        ...(sticky(params)
          ? [
              `Cookie stickiness: HAProxy sets ${params.cookieName}=NAME on the first answer; a client that sends it back stays on that upstream. The app must pass its user's cookie on to the ambassador.`,
            ]
          : []),
        ...(stats
          ? [
              `Statistics: kubectl port-forward to port ${params.statsPort} and open /stats; /healthz answers 200 while HAProxy runs.`,
            ]
          : []),
      ],
    };
  },
});
