/**
 * The tee (shadow traffic) ambassador's nginx.conf: every request goes to production, which answers the
 * client, and a copy goes through `mirror` to an internal location that proxies it to the shadow,
 * whose answer nginx discards.
 */

import { block, directive, type NginxNode } from '../../../format/nginx/ast';
import { mainContext } from '../../../format/nginx/base';
import { hostPort, port } from '../../../format/nginx/values';
import type { TeeParams } from '.';

/** The internal location the mirror subrequests go to (clients get 404 there). */
export const SHADOW_LOCATION = '/_tee_shadow';

/** The production and shadow addresses (`HOST:PORT`) as written in the config. */
export function teeTargets(params: TeeParams): { readonly production: string; readonly shadow: string } {
  return {
    production: hostPort(params.productionHost, params.productionPort),
    shadow: hostPort(params.shadowHost, params.shadowPort),
  };
}

/** The whole nginx.conf of a tee. */
export function teeConfig(params: TeeParams): readonly NginxNode[] {
  const targets = teeTargets(params);
  const host = directive('proxy_set_header', 'Host', '$host');
  return mainContext({
    title: 'Tee (shadow traffic) ambassador',
    http: [
      block('upstream', ['production'], [directive('server', targets.production)]),
      block('upstream', ['shadow'], [directive('server', targets.shadow)]),
      block(
        'server',
        [],
        [
          directive('listen', String(port(params.listenPort))),
          block(
            'location',
            ['/'],
            [
              directive('mirror', SHADOW_LOCATION),
              directive('mirror_request_body', 'on'),
              directive('proxy_pass', 'http://production'),
              host,
            ],
          ),
          block(
            'location',
            ['=', SHADOW_LOCATION],
            [
              directive('internal'),
              directive('proxy_pass', 'http://shadow$request_uri'),
              host,
              directive('proxy_connect_timeout', '1s'),
              directive('proxy_send_timeout', '5s'),
              directive('proxy_read_timeout', '5s'),
            ],
          ),
        ],
      ),
    ],
  });
}
