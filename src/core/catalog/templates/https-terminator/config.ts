/**
 * The HTTPS terminator's nginx.conf: TLS on the pod's port (`listen … ssl`), plain HTTP to the legacy
 * app on 127.0.0.1, the certificate and key from a Secret mounted at `TLS_DIR`.
 */

import { block, directive, type NginxNode } from '../../../format/nginx/ast';
import { mainContext } from '../../../format/nginx/base';
import { port } from '../../../format/nginx/values';
import type { HttpsTerminatorParams } from '.';

/** Where the Secret with `tls.crt` and `tls.key` is mounted. */
export const TLS_DIR = '/etc/nginx/tls';

export const TLS_PROTOCOLS = ['TLSv1.2', 'TLSv1.3'] as const;

/** The protocols written to `ssl_protocols`: the known ones, in order, each once; both when none is left. */
export function tlsProtocols(params: Pick<HttpsTerminatorParams, 'protocols'>): readonly string[] {
  const known = TLS_PROTOCOLS.filter((p) => params.protocols.includes(p));
  return known.length ? known : TLS_PROTOCOLS;
}

/** The whole nginx.conf of an HTTPS terminator. */
export function httpsTerminatorConfig(params: HttpsTerminatorParams): readonly NginxNode[] {
  const { serverName } = params;
  return mainContext({
    title: 'HTTPS terminator sidecar',
    http: [
      block(
        'server',
        [],
        [
          directive('listen', String(port(params.tlsPort)), 'ssl'),
          directive('server_name', serverName),
          directive('ssl_certificate', `${TLS_DIR}/tls.crt`),
          directive('ssl_certificate_key', `${TLS_DIR}/tls.key`),
          directive('ssl_protocols', ...tlsProtocols(params)),
          block(
            'location',
            ['/'],
            [
              directive('proxy_pass', `http://127.0.0.1:${port(params.legacyPort)}`),
              directive('proxy_set_header', 'Host', '$host'),
              directive('proxy_set_header', 'X-Forwarded-For', '$proxy_add_x_forwarded_for'),
              directive('proxy_set_header', 'X-Forwarded-Proto', 'https'),
            ],
          ),
        ],
      ),
    ],
  });
}
