/** The tee read back from an nginx config. */

import {
  first,
  httpTarget,
  listenPort,
  locations,
  type NginxFound,
  proxyPass,
  servers,
} from '../../shared/nginx-readers';
import { type NginxConfig, nginxRecogniser } from '../../shared/nginx-recognise';

/** A location that `mirror`s its requests to another: the tee. */
function teeParams({ http }: NginxConfig): NginxFound | undefined {
  for (const server of servers(http))
    for (const loc of locations(server)) {
      const uri = first(loc.children, 'mirror')?.args[0];
      if (!uri || uri === 'off') continue;
      const production = httpTarget(http, proxyPass(loc));
      const shadowLoc = locations(server).find((l) => l.args.at(-1) === uri);
      const shadow = shadowLoc ? httpTarget(http, proxyPass(shadowLoc)) : undefined;
      if (!production || !shadow) continue;
      return {
        template: 'tee',
        params: {
          listenPort: listenPort(server) ?? 80,
          productionHost: production.host,
          productionPort: production.port,
          shadowHost: shadow.host,
          shadowPort: shadow.port,
        },
      };
    }
  return undefined;
}

export const recogniseTee = nginxRecogniser(teeParams);
