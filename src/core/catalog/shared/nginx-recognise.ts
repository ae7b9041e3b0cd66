/**
 * The nginx templates' recognisers share this: an nginx container's config (its nginx.conf, or
 * server blocks in conf.d) read once, as nginx reads it, and offered to each nginx template's reader
 * in turn (the templates' recognise ranks give the order). A config no reader claims stays a
 * generic app.
 */
import { NGINX_CONF_PATH } from '../../format/nginx/base';
import { blocks, type ConfNode, flatten, readNginxConf } from '../../format/nginx/parse';
import { at, str } from '../../read/objects';
import { type MountedFile, mountsOf } from '../../read/pod';
import {
  containerPath,
  type Declined,
  declined,
  type RecogniseInput,
  type Recogniser,
  rewritten,
  subjectOf,
} from '../../read/recognise';
import { flag, imageName } from '../../read/words';
import type { NginxFound, SecretAt } from './nginx-readers';

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

/** An nginx container's config, read: the children of its `http {}` and `stream {}` blocks. */
export interface NginxConfig {
  readonly http: readonly ConfNode[];
  readonly stream: readonly ConfNode[];
  /** The Secret volume mounted at a directory of the container, for a certificate's path. */
  readonly secretAt: SecretAt;
}

/** What one nginx template reads from a config, or undefined when the config is not of its kind. */
export type NginxReader = (config: NginxConfig) => NginxFound | undefined;

interface ReadConfig {
  readonly config: NginxConfig;
  readonly nodes: readonly ConfNode[];
  readonly used: readonly MountedFile[];
}

/** Each container's config is read once, whichever nginx template asks first (keyed by its files). */
const readConfigs = new WeakMap<readonly MountedFile[], ReadConfig | Declined | undefined>();

function readConfig(input: RecogniseInput): ReadConfig | Declined | undefined {
  if (readConfigs.has(input.files)) return readConfigs.get(input.files);
  const result = readUncached(input);
  readConfigs.set(input.files, result);
  return result;
}

function readUncached(input: RecogniseInput): ReadConfig | Declined | undefined {
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
  const secretAt = (dir: string): { volume: string; secret: string } | undefined => {
    for (const m of mountsOf(container)) {
      const secret = str(at(pod.volumes.get(m.volume), 'secret', 'secretName'));
      if (secret && m.subPath === undefined && m.mountPath.replace(/\/+$/, '') === dir)
        return { volume: m.volume, secret };
    }
    return undefined;
  };
  const children = (name: string) => blocks(nodes, name).flatMap((b) => b.children);
  return {
    config: { http: children('http'), stream: children('stream'), secretAt },
    nodes,
    used: [...(main ? [main] : []), ...confd],
  };
}

/** The recogniser of one nginx template: its reader applied to the container's config. */
export function nginxRecogniser(reader: NginxReader): Recogniser {
  return (input) => {
    const read = readConfig(input);
    if (!read || 'declined' in read) return read;
    const found = reader(read.config);
    if (!found) return undefined;
    const volumes = [...new Set([...read.used.map((f) => f.volume), ...(found.volumes ?? [])])];
    return {
      template: found.template,
      params: found.params,
      volumes,
      files: [rewritten(read.used, 'nginx.conf', 'nginx', flatten(read.nodes))],
    };
  };
}
