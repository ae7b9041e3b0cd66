/**
 * Ambassador: request splitting (experiments). nginx spreads the app's requests over weighted upstreams,
 * e.g. 90 % to production and 10 % to an experiment, keeping each client on one side
 * (Ch. 3, "Using an Ambassador to Do Experimentation or Request Splitting").
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { NGINX_CONF_PATH, NGINX_IMAGE } from '../../../format/nginx/base';
import { renderNginx } from '../../../format/nginx/render';
import { localTarget, port } from '../../../format/nginx/values';
import { fieldDiagnostic } from '../../shared/diagnostics';
import { hostDiagnostics } from '../../shared/nginx-diagnose';
import { resolveNote } from '../../shared/nginx-notes';
import { nginxSecurity } from '../../shared/security';
import { upstreamPeers } from '../../shared/upstreams';
import { type BuildInput, type Contribution, defineTemplate } from '../../types';
import { requestSplitterConfig, upstreamServers } from './config';
import { example } from './example';
import { REQUEST_SPLITTER_PARAMS, type RequestSplitterParams } from './params';
import { recogniseRequestSplitter } from './recognise';

const TEACHING =
  'An ambassador brokers the app’s traffic to the world. This one splits it: the app sends every request ' +
  'to localhost, and nginx passes each to one of several upstreams in proportion to their weights. ' +
  'Weights 9 and 1 send about 90 % of clients to production and 10 % to an experiment: the way to try a ' +
  'new version on real traffic without touching the app or its clients.\n\n' +
  'A separate container keeps the experiment out of the app’s code: the split is changed, or removed, by ' +
  'editing one config, and the same ambassador serves any app.\n\n' +
  'Stickiness keeps one user on one side. ip_hash hashes the client address (the first three bytes of an ' +
  'IPv4 address, so a whole /24 goes one way). An app in the pod always connects from 127.0.0.1, so nginx ' +
  'here trusts X-Forwarded-For from 127.0.0.1: the app should put its user’s address there. "header" ' +
  'hashes a request header such as x-user-id (consistent hashing; requests without it all go one way). ' +
  '"none" is plain weighted round robin.\n\n' +
  'Parameters: the listen port is where the app sends requests (localhost:PORT); each upstream has a ' +
  'name, a host (usually a Service), a port and a weight from 1 to 1000; the sticky header is used only ' +
  'with header stickiness.';

function check(input: BuildInput<RequestSplitterParams>): readonly Diagnostic[] {
  const { params } = input;
  const out: Diagnostic[] = [];
  const rows = params.upstreams;
  const servers = upstreamServers(params);
  const listen = port(params.listenPort);
  servers.forEach((s, i) => {
    const row = rows[i];
    if (!row) return;
    if (servers.findIndex((x) => x.name === s.name) !== i) {
      out.push(
        fieldDiagnostic(
          input,
          'PS102',
          `upstreams[${i}].name`,
          `Two upstreams are named "${s.name}".`,
          'Give each upstream its own name (e.g. production, experiment).',
        ),
      );
    }
    if (servers.findIndex((x) => x.address === s.address) !== i) {
      out.push(
        fieldDiagnostic(
          input,
          'PS103',
          `upstreams[${i}].host`,
          `The address ${s.address} is listed twice, so its weights add up.`,
          'List each address once and give it the combined weight.',
        ),
      );
    }
    if (localTarget(row.host, row.port) === `localhost:${listen}`) {
      out.push(
        fieldDiagnostic(
          input,
          'PS107',
          `upstreams[${i}].port`,
          `The upstream ${s.address} is this ambassador itself: requests would loop.`,
          'Point the upstream at the Service or app that should answer.',
        ),
      );
    }
    out.push(...hostDiagnostics(input, `upstreams[${i}].host`, row.host));
  });
  return out;
}

export type { RequestSplitterParams };

export const requestSplitter = defineTemplate({
  id: 'request-splitter',
  role: 'ambassador',
  title: 'Request splitting',
  summary: 'nginx splits the app’s requests over weighted upstreams (e.g. 90/10), sticky per client.',
  teaching: TEACHING,
  recognise: recogniseRequestSplitter,
  recogniseRank: 23,
  explain: () => import('../../shared/nginx-explain').then((m) => m.nginxExplainers),
  example,
  servesApps: (p) => p.listenPort,
  peers: (p) => upstreamPeers(p.upstreams),
  image: NGINX_IMAGE,
  defaultName: 'request-splitter',
  params: REQUEST_SPLITTER_PARAMS,
  connectsTo: (params) =>
    params.upstreams.map((r) => localTarget(r.host, r.port)).filter((t): t is string => t !== undefined),
  check,
  build: ({ container, params }): Contribution => {
    const listen = port(params.listenPort);
    const hosts = params.upstreams.map((r) => r.host);
    return {
      ports: [{ name: 'split', containerPort: listen, scope: 'pod' }],
      files: [
        {
          name: 'nginx.conf',
          content: renderNginx(requestSplitterConfig(params)),
          language: 'nginx',
          mountPath: NGINX_CONF_PATH,
        },
      ],
      readinessProbe: { kind: 'tcp', port: listen, periodSeconds: 10 },
      ...nginxSecurity(container.name, [listen]),
      notes: [
        resolveNote(hosts),
        ...(params.stickiness === 'ip_hash'
          ? [
              'ip_hash hashes the client address. The app of this pod connects from 127.0.0.1, so it should put its user’s address in X-Forwarded-For (nginx trusts that header from 127.0.0.1 only); otherwise every request goes to the same upstream.',
            ]
          : []),
      ],
    };
  },
});
