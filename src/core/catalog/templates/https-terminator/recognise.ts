/** The HTTPS terminator read back from an nginx config. */
import { directives } from '../../../format/nginx/parse';
import { isLoopback, portOf } from '../../../read/words';
import { first, httpTarget, locations, type NginxFound, proxyPass, servers } from '../../shared/nginx-readers';
import { type NginxConfig, nginxRecogniser } from '../../shared/nginx-recognise';
import { TLS_PROTOCOLS } from './config';

/** `listen … ssl` proxying to this pod's 127.0.0.1: the HTTPS terminator. */
function httpsParams({ http, secretAt }: NginxConfig): NginxFound | undefined {
  for (const server of servers(http)) {
    const listen = directives(server.children, 'listen').find((l) => l.args.includes('ssl'));
    const tlsPort = listen ? portOf(listen.args[0] ?? '') : undefined;
    if (tlsPort === undefined) continue;
    const target = locations(server)
      .map((l) => httpTarget(http, proxyPass(l)))
      .find((t) => t !== undefined);
    if (!target || !isLoopback(target.host)) continue;
    const asked = first(server.children, 'ssl_protocols')?.args ?? [];
    const protocols = TLS_PROTOCOLS.filter((p) => asked.includes(p));
    const cert = first(server.children, 'ssl_certificate')?.args[0] ?? '';
    const secret = cert.includes('/') ? secretAt(cert.slice(0, cert.lastIndexOf('/'))) : undefined;
    return {
      template: 'https-terminator',
      params: {
        tlsPort,
        legacyPort: target.port,
        serverName: first(server.children, 'server_name')?.args[0] ?? '_',
        protocols: protocols.length ? protocols : [...TLS_PROTOCOLS],
        ...(secret ? { certSecret: secret.secret } : {}),
      },
      volumes: secret ? [secret.volume] : [],
    };
  }
  return undefined;
}

export const recogniseHttpsTerminator = nginxRecogniser(httpsParams);
