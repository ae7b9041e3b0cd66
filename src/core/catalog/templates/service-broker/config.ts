/**
 * The service broker's nginx.conf: a TCP proxy inside `stream {}` from a local port to the backend of
 * the chosen environment (e.g. the MySQL of `test` or of `production`).
 */

import { block, comment, directive, type NginxNode, noted } from '../../../format/nginx/ast';
import { mainContext } from '../../../format/nginx/base';
import { hostPort, port } from '../../../format/nginx/values';
import type { ServiceBrokerParams } from '.';

export interface BrokerEnvironment {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/** Every environment row, in table order. */
export function brokerEnvironments(params: Pick<ServiceBrokerParams, 'environments'>): readonly BrokerEnvironment[] {
  return params.environments.map((row) => ({ name: row.name, host: row.host, port: port(row.port) }));
}

/** The environment the config points at: the row named by `environment`, else the first row. */
export function chosenEnvironment(params: ServiceBrokerParams): BrokerEnvironment | undefined {
  const rows = brokerEnvironments(params);
  return rows.find((r) => r.name === params.environment) ?? rows[0];
}

/** Comment lines that name each environment's overlay and backend: `overlays/production: db:3306`. */
export const OVERLAY_LINE = /^overlays\/([a-z0-9-]+): (\S+)$/;

/**
 * The whole nginx.conf of a service broker. With more than one environment, comment lines list every
 * environment's backend in table order (the overlay of each points `proxy_pass` there), so the file
 * alone says where each environment goes.
 */
export function serviceBrokerConfig(params: ServiceBrokerParams): readonly NginxNode[] {
  const env = chosenEnvironment(params);
  const rows = brokerEnvironments(params);
  const overlays = rows.length > 1 ? rows.map((r) => comment(`overlays/${r.name}: ${hostPort(r.host, r.port)}`)) : [];
  return mainContext({
    title: 'Service-broker ambassador, a TCP proxy',
    stream: [
      block(
        'server',
        [],
        [
          directive('listen', String(port(params.listenPort))),
          ...(env ? [noted('proxy_pass', [hostPort(env.host, env.port)], `environment ${env.name}`)] : []),
          ...overlays,
        ],
      ),
    ],
  });
}
