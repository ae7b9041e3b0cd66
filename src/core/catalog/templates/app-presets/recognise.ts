/**
 * Containers that are no template's program: apps. The app preset is chosen by image (node, redis,
 * mysql, httpd, storm; anything else is the generic app) and keeps the command, args, ports and
 * environment. A preset's localhost-only ports do not show in a manifest, so when the visible ports
 * are exactly the preset's, the preset's own list is kept.
 */

import type { Params, Row } from '../../../model/design';
import type { Notice } from '../../../read/notice';
import { at, int, list, str } from '../../../read/objects';
import { containerPath, type RecogniseInput, type Recognition, subjectOf } from '../../../read/recognise';
import { imageName } from '../../../read/words';
import { appTemplates } from '.';

const PRESETS: Readonly<Record<string, string>> = {
  node: 'app-node',
  redis: 'app-redis',
  mysql: 'app-mysql',
  httpd: 'app-legacy-web',
  storm: 'app-storm',
};

/** IANA service names of well-known ports, for ports the input leaves unnamed. */
export const PORT_NAMES: Readonly<Record<number, string>> = {
  80: 'http',
  443: 'https',
  3306: 'mysql',
  5432: 'postgresql',
  6379: 'redis',
  8080: 'http-alt',
  9090: 'metrics',
  11211: 'memcache',
  27017: 'mongodb',
};

/** The ports of a container as rows of the app's `ports` table, every one with a name. */
export function portRows(input: RecogniseInput, notices: Notice[]): Row[] {
  const used = new Set<string>();
  const rows: Row[] = [];
  for (const p of list(input.container.value.ports)) {
    const port = int(at(p, 'containerPort'));
    if (port === undefined) continue;
    let name = str(at(p, 'name')) ?? '';
    if (!name) {
      const base = PORT_NAMES[port] ?? `port-${port}`;
      name = base;
      for (let n = 2; used.has(name); n++) name = `${base.slice(0, 12)}-${n}`;
      notices.push({
        severity: 'info',
        message: `${subjectOf(input)}: port ${port} has no name; it is named ${name} (Services refer to ports by name).`,
        path: containerPath(input, 'ports'),
      });
    }
    used.add(name);
    rows.push({ name, port, localhostOnly: false, udp: at(p, 'protocol') === 'UDP' });
  }
  return rows;
}

function envRows(input: RecogniseInput): Row[] {
  return input.container.env.flatMap((e): Row[] => {
    if (e.source.kind === 'value') return [{ name: e.name, value: e.source.value, secret: '' }];
    if (e.source.kind === 'secret') return [{ name: e.name, value: '', secret: `${e.source.name}/${e.source.key}` }];
    return [];
  });
}

const visible = (rows: readonly Row[]) => rows.filter((r) => r.localhostOnly !== true);

/** The app template and parameters for a container no other recogniser claimed. */
export function recogniseApp(input: RecogniseInput): Recognition {
  const { container } = input;
  const id = PRESETS[imageName(container.image)] ?? 'app-generic';
  const template = appTemplates.find((t) => t.id === id);
  const notices: Notice[] = [];
  let ports = portRows(input, notices);
  const presetPorts = template?.params.ports?.default;
  // A manifest's ports only document what the program listens on: with none written, the image's
  // known ports stand (Redis listens on 6379 whether or not the manifest says so).
  const declared = container.value.ports !== undefined;
  if (
    Array.isArray(presetPorts) &&
    (JSON.stringify(visible(presetPorts as Row[])) === JSON.stringify(ports) || (!declared && id !== 'app-generic'))
  )
    ports = [...(presetPorts as Row[])];
  const params: Params = {
    command: [...container.command],
    args: [...container.args],
    ports,
    env: envRows(input),
  };
  return { template: id, params, notices };
}
