/**
 * Ambassador: request splitting (experiments). nginx spreads the app's requests over weighted upstreams,
 * e.g. 90 % to production and 10 % to an experiment, keeping each client on one side
 * (Ch. 3, "Using an Ambassador to Do Experimentation or Request Splitting").
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { NGINX_CONF_PATH, NGINX_IMAGE } from '../../../format/nginx/base';
import { renderNginx } from '../../../format/nginx/render';
import { localTarget, port } from '../../../format/nginx/values';
import { read } from '../../params';
import { DNS_LABEL, HOST } from '../../rules';
import { fieldDiagnostic, hostDiagnostics } from '../../shared/nginx-diagnose';
import { resolveNote } from '../../shared/nginx-notes';
import type { BuildInput, Contribution, StringRule, TemplateDef } from '../../types';
import { requestSplitterConfig, STICKINESS, splitterUpstreams, stickinessOf } from './config';
import { example } from './example';
import { recogniseRequestSplitter } from './recognise';

/** A header name nginx exposes as `$http_…`: letters, digits and `-` (nginx drops headers with `_`). */
const HEADER_NAME: StringRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9-]*$/,
  message: 'an HTTP header name of letters, digits and "-", e.g. x-user-id (nginx ignores headers with "_")',
};

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

function check(input: BuildInput): readonly Diagnostic[] {
  const { params } = input;
  const out: Diagnostic[] = [];
  const rows = read.table(params, 'upstreams');
  const servers = splitterUpstreams(params);
  const listen = port(params.listenPort);
  servers.forEach((s, i) => {
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
    const host = String(rows[i]?.host ?? '');
    if (localTarget(host, rows[i]?.port) === `localhost:${listen}`) {
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
    out.push(...hostDiagnostics(input, `upstreams[${i}].host`, host));
  });
  return out;
}

export const requestSplitter: TemplateDef = {
  id: 'request-splitter',
  role: 'ambassador',
  title: 'Request splitting',
  summary: 'nginx splits the app’s requests over weighted upstreams (e.g. 90/10), sticky per client.',
  teaching: TEACHING,
  recognise: recogniseRequestSplitter,
  recogniseRank: 23,
  explain: () => import('../../shared/nginx-explain').then((m) => m.nginxExplainers),
  example,
  image: NGINX_IMAGE,
  defaultName: 'request-splitter',
  params: {
    listenPort: {
      kind: 'int',
      title: 'Listen port',
      doc: 'Port the app sends its requests to (localhost:PORT).',
      default: 80,
      min: 1,
      max: 65535,
    },
    upstreams: {
      kind: 'table',
      title: 'Upstreams',
      doc: 'Where requests go; each gets a share of clients in proportion to its weight.',
      rowName: 'upstream',
      minRows: 1,
      maxRows: 64,
      default: [
        { name: 'production', host: 'production', port: 80, weight: 9 },
        { name: 'experiment', host: 'experiment', port: 80, weight: 1 },
      ],
      columns: [
        { key: 'name', title: 'Name', kind: 'string', rule: DNS_LABEL, placeholder: 'production' },
        { key: 'host', title: 'Host', kind: 'string', rule: HOST, placeholder: 'production' },
        { key: 'port', title: 'Port', kind: 'int', min: 1, max: 65535 },
        { key: 'weight', title: 'Weight', kind: 'int', min: 1, max: 1000 },
      ],
    },
    stickiness: {
      kind: 'enum',
      title: 'Stickiness',
      doc: 'What keeps a client on one upstream: its address, a request header, or nothing.',
      default: 'ip_hash',
      options: STICKINESS,
      optionLabels: ['Client address (ip_hash)', 'Request header (hash)', 'None (weighted round robin)'],
    },
    stickyHeader: {
      kind: 'string',
      title: 'Sticky header',
      doc: 'Header whose value picks the upstream when stickiness is "header", e.g. x-user-id.',
      default: 'x-user-id',
      rule: HEADER_NAME,
      maxLength: 128,
      placeholder: 'x-user-id',
    },
  },
  connectsTo: (params) =>
    read
      .table(params, 'upstreams')
      .map((r) => localTarget(String(r.host ?? ''), r.port))
      .filter((t): t is string => t !== undefined),
  check,
  build: ({ params }): Contribution => {
    const listen = port(params.listenPort);
    const hosts = read.table(params, 'upstreams').map((r) => String(r.host ?? ''));
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
      notes: [
        resolveNote(hosts),
        ...(stickinessOf(params) === 'ip_hash'
          ? [
              'ip_hash hashes the client address. The app of this pod connects from 127.0.0.1, so it should put its user’s address in X-Forwarded-For (nginx trusts that header from 127.0.0.1 only); otherwise every request goes to the same upstream.',
            ]
          : []),
      ],
    };
  },
};
