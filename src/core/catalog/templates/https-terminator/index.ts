/**
 * Sidecar: HTTPS for a legacy web app. nginx terminates TLS on the pod's port and forwards plain HTTP
 * to the app, which listens on 127.0.0.1 only (Ch. 2, "Adding HTTPS to a Legacy Web Service").
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { NGINX_CONF_PATH, NGINX_IMAGE } from '../../../format/nginx/base';
import { renderNginx } from '../../../format/nginx/render';
import { port } from '../../../format/nginx/values';
import { fieldDiagnostic } from '../../shared/diagnostics';
import { nginxSecurity } from '../../shared/security';
import {
  type BuildInput,
  type Contribution,
  defineTemplate,
  type ParamSpecs,
  type ParamsOf,
  type StringRule,
} from '../../types';
import { httpsTerminatorConfig, TLS_DIR } from './config';
import { example } from './example';
import { recogniseHttpsTerminator } from './recognise';

/** A Kubernetes Secret name (DNS-1123 subdomain). */
const SECRET_NAME: StringRule = {
  pattern: /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  message: 'a Secret name: lowercase letters, digits, "-" and ".", e.g. legacy-web-tls',
};

/** What nginx's `server_name` takes without surprises: a host name, a `*.` wildcard, or `_` for any. */
const SERVER_NAME: StringRule = {
  pattern: /^(?=.{1,253}$)(_|(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$/,
  message: 'a lowercase host name such as www.example.com, a wildcard such as *.example.com, or _ for any name',
};

const TLS_PROTOCOL: StringRule = {
  pattern: /^TLSv1\.[23]$/,
  message: 'TLSv1.2 or TLSv1.3 (older protocols are broken)',
};

const TEACHING =
  'A sidecar adds a capability to an app container without changing it. Here the app is a legacy web ' +
  'server that only speaks plain HTTP; rewriting it to add TLS is risky, and exposing it unencrypted is ' +
  'not acceptable. So the app listens on 127.0.0.1 only, where nothing outside the pod can reach it, and ' +
  'an nginx sidecar in the same pod terminates HTTPS on the pod port and forwards each request over ' +
  'localhost.\n\n' +
  'A separate container keeps the concerns apart: the TLS setup (certificates, protocols) is maintained ' +
  'and upgraded by itself, the same sidecar serves any legacy app, and the app image stays untouched.\n\n' +
  'Parameters: the TLS port is what clients connect to (published by the Service); the legacy port is ' +
  'where the app listens on 127.0.0.1; the certificate Secret (type kubernetes.io/tls, keys tls.crt and ' +
  'tls.key) is mounted at /etc/nginx/tls; the server name is the host name clients use; the protocols ' +
  'are the TLS versions nginx accepts.';

const HTTPS_TERMINATOR_PARAMS = {
  tlsPort: {
    kind: 'int',
    title: 'TLS port',
    doc: 'Port nginx serves HTTPS on; the Service publishes it.',
    default: 443,
    min: 1,
    max: 65535,
  },
  legacyPort: {
    kind: 'int',
    title: 'Legacy port',
    doc: 'Port the legacy app listens on, on 127.0.0.1 only; nginx forwards requests there.',
    default: 8080,
    min: 1,
    max: 65535,
  },
  certSecret: {
    kind: 'string',
    title: 'Certificate Secret',
    doc: 'TLS Secret with tls.crt and tls.key, mounted at /etc/nginx/tls.',
    default: 'tls-cert',
    rule: SECRET_NAME,
    maxLength: 253,
    placeholder: 'legacy-web-tls',
  },
  serverName: {
    kind: 'string',
    title: 'Server name',
    doc: 'Host name clients use (server_name); _ accepts any.',
    default: '_',
    rule: SERVER_NAME,
    maxLength: 253,
    placeholder: 'www.example.com',
  },
  protocols: {
    kind: 'list',
    title: 'TLS protocols',
    doc: 'TLS versions nginx accepts: TLSv1.2 and/or TLSv1.3.',
    default: ['TLSv1.2', 'TLSv1.3'],
    item: { rule: TLS_PROTOCOL, placeholder: 'TLSv1.3' },
    minItems: 1,
    maxItems: 2,
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type HttpsTerminatorParams = ParamsOf<typeof HTTPS_TERMINATOR_PARAMS>;

function check(input: BuildInput<HttpsTerminatorParams>): readonly Diagnostic[] {
  const { params } = input;
  const out: Diagnostic[] = [];
  if (port(params.tlsPort) === port(params.legacyPort)) {
    out.push(
      fieldDiagnostic(
        input,
        'PS100',
        'legacyPort',
        `The TLS port and the legacy port are both ${port(params.tlsPort)}: nginx would take the app's port.`,
        'Give the legacy app a port of its own, e.g. 8080, and keep the TLS port at 443.',
      ),
    );
  }
  const protocols = params.protocols;
  protocols.forEach((p, i) => {
    if (protocols.indexOf(p) !== i) {
      out.push(
        fieldDiagnostic(
          input,
          'PS101',
          `protocols[${i}]`,
          `The protocol ${p} is listed twice.`,
          'Remove the second entry.',
        ),
      );
    }
  });
  return out;
}

export const httpsTerminator = defineTemplate({
  id: 'https-terminator',
  role: 'sidecar',
  title: 'HTTPS terminator',
  summary: 'nginx serves HTTPS on the pod port and forwards plain HTTP to a legacy app on 127.0.0.1.',
  teaching: TEACHING,
  recognise: recogniseHttpsTerminator,
  recogniseRank: 20,
  explain: () => import('../../shared/nginx-explain').then((m) => m.nginxExplainers),
  example,
  appLink: { kind: 'traffic', toApp: true, port: (p) => p.legacyPort },
  image: NGINX_IMAGE,
  defaultName: 'https-terminator',
  params: HTTPS_TERMINATOR_PARAMS,
  connectsTo: (params) => [`localhost:${port(params.legacyPort)}`],
  check,
  build: ({ container, params }): Contribution => {
    const tlsPort = port(params.tlsPort);
    const volume = `${container.name}-tls`.length <= 63 ? `${container.name}-tls` : 'tls-cert';
    const asked = params.certSecret;
    const secretName = SECRET_NAME.pattern.test(asked) ? asked : HTTPS_TERMINATOR_PARAMS.certSecret.default;
    return {
      ports: [{ name: 'https', containerPort: tlsPort, scope: 'pod', expose: true }],
      files: [
        {
          name: 'nginx.conf',
          content: renderNginx(httpsTerminatorConfig(params)),
          language: 'nginx',
          mountPath: NGINX_CONF_PATH,
        },
      ],
      secrets: [{ volume, secretName, mountPath: TLS_DIR }],
      readinessProbe: { kind: 'tcp', port: tlsPort, periodSeconds: 10 },
      ...nginxSecurity(container.name, [tlsPort]),
      notes: [
        `Create the certificate Secret before applying: kubectl create secret tls ${secretName} --cert=tls.crt --key=tls.key`,
        `The app must listen on 127.0.0.1:${port(params.legacyPort)} only, so that plain HTTP never leaves the pod.`,
        'nginx reads the certificate when it starts: after renewing the Secret, restart the pod.',
      ],
    };
  },
});
