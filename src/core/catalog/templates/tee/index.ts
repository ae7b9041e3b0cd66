/**
 * Ambassador: tee (shadow traffic). nginx sends each of the app's requests to production, which answers,
 * and a copy to a shadow whose answers are discarded: a new version sees real traffic with no risk to
 * users (the shadow-traffic variant of Ch. 3's request splitting).
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { NGINX_CONF_PATH, NGINX_IMAGE } from '../../../format/nginx/base';
import { renderNginx } from '../../../format/nginx/render';
import { localTarget, port } from '../../../format/nginx/values';
import { HOST } from '../../rules';
import { fieldDiagnostic } from '../../shared/diagnostics';
import { hostDiagnostics } from '../../shared/nginx-diagnose';
import { resolveNote } from '../../shared/nginx-notes';
import { nginxSecurity } from '../../shared/security';
import { type BuildInput, type Contribution, defineTemplate, type ParamSpecs, type ParamsOf } from '../../types';
import { teeConfig, teeTargets } from './config';
import { example } from './example';
import { recogniseTee } from './recognise';

const TEACHING =
  'An ambassador brokers the app’s traffic to the world. A tee copies it: the app sends each request to ' +
  'localhost, nginx forwards it to production, whose answer goes back to the app, and sends a copy ' +
  '(nginx’s mirror) to a shadow deployment, whose answer is thrown away. The new version is tested on ' +
  'real traffic, and a crash or a wrong answer there never reaches a user.\n\n' +
  'A separate container keeps the app unaware of the experiment: the tee is added or removed without a ' +
  'new app build. Mind side effects: the shadow receives writes too, so it should use its own database. ' +
  'A slow shadow delays the next request on the same connection, so nginx gives it short timeouts.\n\n' +
  'Parameters: the listen port is where the app sends requests (localhost:PORT); the production host and ' +
  'port answer the requests; the shadow host and port receive the copies.';

const TEE_PARAMS = {
  listenPort: {
    kind: 'int',
    title: 'Listen port',
    doc: 'Port the app sends its requests to (localhost:PORT).',
    default: 80,
    min: 1,
    max: 65535,
  },
  productionHost: {
    kind: 'string',
    title: 'Production host',
    doc: 'Host (usually a Service) that answers every request.',
    default: 'production',
    rule: HOST,
    placeholder: 'production',
  },
  productionPort: {
    kind: 'int',
    title: 'Production port',
    doc: 'Port of the production host.',
    default: 80,
    min: 1,
    max: 65535,
  },
  shadowHost: {
    kind: 'string',
    title: 'Shadow host',
    doc: 'Host that receives a copy of each request; its answers are discarded.',
    default: 'shadow',
    rule: HOST,
    placeholder: 'shadow',
  },
  shadowPort: {
    kind: 'int',
    title: 'Shadow port',
    doc: 'Port of the shadow host.',
    default: 80,
    min: 1,
    max: 65535,
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type TeeParams = ParamsOf<typeof TEE_PARAMS>;

function check(input: BuildInput<TeeParams>): readonly Diagnostic[] {
  const { params } = input;
  const out: Diagnostic[] = [];
  const targets = teeTargets(params);
  if (targets.production === targets.shadow) {
    out.push(
      fieldDiagnostic(
        input,
        'PS106',
        'shadowHost',
        `The shadow is production itself (${targets.production}): every request would reach it twice.`,
        'Point the shadow at the new version, e.g. a Service named shadow.',
      ),
    );
  }
  const listen = `localhost:${port(params.listenPort)}`;
  for (const side of ['production', 'shadow'] as const) {
    const host = params[`${side}Host`];
    if (localTarget(host, params[`${side}Port`]) === listen) {
      out.push(
        fieldDiagnostic(
          input,
          'PS107',
          `${side}Port`,
          `The ${side} target ${host}:${port(params[`${side}Port`])} is this ambassador itself: requests would loop.`,
          `Point the ${side} target at the Service that should receive the requests.`,
        ),
      );
    }
    out.push(...hostDiagnostics(input, `${side}Host`, host));
  }
  return out;
}

export const tee = defineTemplate({
  id: 'tee',
  role: 'ambassador',
  title: 'Tee (shadow traffic)',
  summary: 'nginx sends the app’s requests to production and mirrors a copy to a shadow version.',
  teaching: TEACHING,
  recognise: recogniseTee,
  recogniseRank: 21,
  explain: () => import('../../shared/nginx-explain').then((m) => m.nginxExplainers),
  example,
  servesApps: (p) => p.listenPort,
  peers: (p) =>
    (['production', 'shadow'] as const).map((side) => ({
      via: 'host',
      host: p[`${side}Host`],
      port: p[`${side}Port`],
      name: side,
      kind: 'service',
    })),
  image: NGINX_IMAGE,
  defaultName: 'tee',
  params: TEE_PARAMS,
  connectsTo: (params) =>
    (['production', 'shadow'] as const)
      .map((side) => localTarget(params[`${side}Host`], params[`${side}Port`]))
      .filter((t): t is string => t !== undefined),
  check,
  build: ({ container, params }): Contribution => {
    const listen = port(params.listenPort);
    return {
      ports: [{ name: 'tee', containerPort: listen, scope: 'pod' }],
      files: [
        { name: 'nginx.conf', content: renderNginx(teeConfig(params)), language: 'nginx', mountPath: NGINX_CONF_PATH },
      ],
      readinessProbe: { kind: 'tcp', port: listen, periodSeconds: 10 },
      ...nginxSecurity(container.name, [listen]),
      notes: [
        resolveNote([params.productionHost, params.shadowHost]),
        'The shadow receives every request, writes included: give it its own database.',
      ],
    };
  },
});
