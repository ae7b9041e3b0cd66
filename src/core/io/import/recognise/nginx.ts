/**
 * nginx: an nginx container whose config (its nginx.conf, or server blocks in conf.d) is one of the
 * four nginx templates, read back from the config: TLS on a `listen … ssl` server that proxies to
 * 127.0.0.1 is the HTTPS terminator; a `mirror` the tee; a TCP `proxy_pass` in `stream {}` the
 * service broker; an `upstream` with weights, ip_hash or several servers the request splitter.
 * Any other nginx stays a generic app.
 */
import { NGINX_CONF_PATH } from '../../../format/nginx/base';
import { blocks, type ConfBlock, type ConfNode, flatten, readNginxConf } from '../nginx-conf';
import { at, str } from '../objects';
import type { MountedFile } from '../pod';
import { mountsOf } from '../pod';
import { brokerParams, httpsParams, splitterParams, teeParams } from './nginx-templates';
import { containerPath, declined, type Recogniser, rewritten, subjectOf } from './types';
import { flag, imageName } from './words';

const CONF_D = /^\/etc\/nginx\/conf\.d\/[^/]+\.conf$/;

/** The config as nginx reads it: the main file, with conf.d files in place of an `include` of them. */
function configNodes(main: MountedFile | undefined, confd: readonly MountedFile[]): ConfNode[] | string {
  const read = (f: MountedFile): ConfNode[] | string => {
    const r = readNginxConf(f.content);
    return r.ok ? [...r.nodes] : `${f.path}: ${r.error}`;
  };
  const included: ConfNode[] = [];
  for (const f of confd) {
    const nodes = read(f);
    if (typeof nodes === 'string') return nodes;
    included.push(...nodes);
  }
  if (!main) return [{ kind: 'block', name: 'http', args: [], children: included, line: 1 }];
  const nodes = read(main);
  if (typeof nodes === 'string') return nodes;
  const inline = (list: readonly ConfNode[]): ConfNode[] =>
    list.flatMap((n): ConfNode[] => {
      if (n.kind === 'directive' && n.name === 'include' && /conf\.d\/\*\.conf$/.test(n.args[0] ?? '')) return included;
      if (n.kind === 'block') return [{ ...n, children: inline(n.children) }];
      return [n];
    });
  return inline(nodes);
}

export const recogniseNginx: Recogniser = (input) => {
  const { container, files, pod } = input;
  if (!/nginx/.test(imageName(container.image))) return undefined;
  const confPath = flag([...container.command, ...container.args], ['-c']) ?? NGINX_CONF_PATH;
  const main = files.find((f) => f.path === confPath);
  const confd = files.filter((f) => CONF_D.test(f.path));
  if (!main && !confd.length) return undefined;
  const nodes = configNodes(main, confd);
  if (typeof nodes === 'string')
    return declined(
      `${subjectOf(input)}: the nginx config cannot be read (${nodes}); the container is kept as a generic app.`,
      containerPath(input),
    );
  const used = [...(main ? [main] : []), ...confd];
  const http: readonly ConfBlock[] = blocks(nodes, 'http');
  const stream: readonly ConfBlock[] = blocks(nodes, 'stream');
  const httpChildren = http.flatMap((b) => b.children);
  const streamChildren = stream.flatMap((b) => b.children);
  const secretAt = (dir: string): { volume: string; secret: string } | undefined => {
    for (const m of mountsOf(container)) {
      const secret = str(at(pod.volumes.get(m.volume), 'secret', 'secretName'));
      if (secret && m.subPath === undefined && m.mountPath.replace(/\/+$/, '') === dir)
        return { volume: m.volume, secret };
    }
    return undefined;
  };
  const found =
    httpsParams(httpChildren, secretAt) ??
    teeParams(httpChildren) ??
    brokerParams(streamChildren) ??
    splitterParams(httpChildren);
  if (!found) return undefined;
  const volumes = [...new Set([...used.map((f) => f.volume), ...(found.volumes ?? [])])];
  return {
    template: found.template,
    params: found.params,
    volumes,
    files: [rewritten(used, 'nginx.conf', 'nginx', flatten(nodes))],
  };
};
