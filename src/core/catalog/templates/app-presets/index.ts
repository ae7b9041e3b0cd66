/**
 * App containers: the application the patterns are built around. One generic definition and
 * presets for the apps of the book's examples (Redis, MySQL, a legacy web server, a Node app, Storm).
 */
import { ENV_NAME, LOCAL_ADDRESS, ONE_LINE, PORT_NAME, SECRET_KEY_REF } from '../../rules';
import { type Contribution, defineTemplate, type EnvVar, type ParamSpecs, type ParamsOf } from '../../types';

interface AppPreset {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly image: string;
  readonly defaultName: string;
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly ports: readonly { name: string; port: number; scope?: 'pod' | 'localhost' }[];
  readonly env?: readonly { name: string; value?: string; secret?: string }[];
  readonly connectsTo?: readonly string[];
  /** A container of this preset may be a sidecar, ambassador or adapter too (any image). */
  readonly anyRole?: boolean;
}

const TEACHING =
  'The app container is the reason the pod exists: the code your team writes. The other patterns ' +
  'wrap it without changing it: a sidecar adds a capability, an ambassador brokers its traffic to ' +
  'the world, an adapter makes its output look like everyone else’s.\n\n' +
  'Containers of one pod share a network namespace, so the app reaches an ambassador at ' +
  'localhost, and they can share volumes, so an adapter can read the files the app writes.';

/** The parameters every app preset has; only the defaults differ from one preset to the next. */
function appParams(p: AppPreset) {
  return {
    command: {
      kind: 'list',
      title: 'Command',
      doc: "Replaces the image's entrypoint; leave empty to keep it.",
      default: p.command ?? [],
      item: { rule: ONE_LINE, placeholder: 'redis-server' },
    },
    args: {
      kind: 'list',
      title: 'Arguments',
      doc: 'Arguments passed to the command, one per item (always strings; an item may be empty).',
      default: p.args ?? [],
      item: { rule: ONE_LINE, placeholder: '--port', required: false },
    },
    ports: {
      kind: 'table',
      title: 'Ports',
      doc: 'Ports the app listens on. Localhost ports are reachable only from inside the pod.',
      rowName: 'port',
      default: p.ports.map((x) => ({ name: x.name, port: x.port, localhostOnly: x.scope === 'localhost', udp: false })),
      columns: [
        { key: 'name', title: 'Name', kind: 'string', rule: PORT_NAME, placeholder: 'http' },
        { key: 'port', title: 'Port', kind: 'int', min: 1, max: 65535 },
        { key: 'localhostOnly', title: 'Localhost only', kind: 'bool' },
        { key: 'udp', title: 'UDP', kind: 'bool' },
      ],
    },
    env: {
      kind: 'table',
      title: 'Environment',
      doc: 'Environment variables; a value from a Secret is written SECRET/KEY.',
      rowName: 'variable',
      default: (p.env ?? []).map((e) => ({ name: e.name, value: e.value ?? '', secret: e.secret ?? '' })),
      columns: [
        { key: 'name', title: 'Name', kind: 'string', rule: ENV_NAME, placeholder: 'REDIS_HOST' },
        { key: 'value', title: 'Value', kind: 'string', rule: ONE_LINE, required: false },
        { key: 'secret', title: 'From Secret', kind: 'string', rule: SECRET_KEY_REF, required: false },
      ],
    },
    connectsTo: {
      kind: 'list',
      title: 'Connects to',
      doc: 'Addresses on localhost the app connects to; an ambassador of this pod must listen there.',
      default: p.connectsTo ?? [],
      item: { rule: LOCAL_ADDRESS, placeholder: 'localhost:6379' },
    },
  } as const satisfies ParamSpecs;
}

/** An app container's parameter values, typed from its spec, with every default applied. */
export type AppParams = ParamsOf<ReturnType<typeof appParams>>;

function appTemplate(p: AppPreset) {
  return defineTemplate({
    id: p.id,
    role: 'app',
    ...(p.anyRole ? { anyRole: true } : {}),
    title: p.title,
    summary: p.summary,
    teaching: TEACHING,
    image: p.image,
    defaultName: p.defaultName,
    params: appParams(p),
    connectsTo: (params) => params.connectsTo,
    build: ({ params }): Contribution => {
      const { ports, command, args } = params;
      const env = params.env.map((e): EnvVar => {
        if (e.secret) {
          const [name = '', key = ''] = e.secret.split('/');
          return { name: e.name, secret: { name, key } };
        }
        return { name: e.name, value: e.value };
      });
      return {
        ports: ports.map((x) => ({
          name: x.name,
          containerPort: x.port,
          ...(x.udp ? { protocol: 'UDP' as const } : {}),
          scope: x.localhostOnly ? 'localhost' : 'pod',
          expose: !x.localhostOnly,
        })),
        ...(command.length ? { command } : {}),
        ...(args.length ? { args } : {}),
        ...(env.length ? { env } : {}),
      };
    },
  });
}

export const appGeneric = appTemplate({
  id: 'app-generic',
  title: 'Generic app',
  summary: 'Any container image: set its command, ports and environment.',
  image: 'nginx:1.27.3',
  defaultName: 'app',
  ports: [{ name: 'http', port: 80 }],
  anyRole: true,
});

export const appRedis = appTemplate({
  id: 'app-redis',
  title: 'Redis',
  summary: 'A Redis server, the cache or store the examples shard and monitor.',
  image: 'redis:7.2.5',
  defaultName: 'redis',
  ports: [{ name: 'redis', port: 6379 }],
});

export const appMysql = appTemplate({
  id: 'app-mysql',
  title: 'MySQL',
  summary: 'A MySQL server; the root password comes from a Secret.',
  image: 'mysql:8.4.3',
  defaultName: 'mysql',
  ports: [{ name: 'mysql', port: 3306 }],
  env: [{ name: 'MYSQL_ROOT_PASSWORD', secret: 'mysql-credentials/root-password' }],
});

export const appLegacyWeb = appTemplate({
  id: 'app-legacy-web',
  title: 'Legacy web app',
  summary: 'A plain-HTTP web server that listens on 127.0.0.1 only, to be fronted by a sidecar.',
  image: 'httpd:2.4.62',
  defaultName: 'legacy-web',
  ports: [{ name: 'http', port: 8080, scope: 'localhost' }],
});

export const appNode = appTemplate({
  id: 'app-node',
  title: 'Node app',
  summary: 'A Node.js service; point it at localhost for the ambassadors of its pod.',
  image: 'node:20.18.1-alpine',
  defaultName: 'web',
  command: ['node', 'server.js'],
  ports: [{ name: 'http', port: 3000 }],
});

export const appStorm = appTemplate({
  id: 'app-storm',
  title: 'Storm',
  summary: 'An Apache Storm UI/nimbus container whose metrics an adapter can read.',
  image: 'storm:2.6.4',
  defaultName: 'storm',
  command: ['storm', 'ui'],
  ports: [{ name: 'ui', port: 8080 }],
});

/** An app preset: every one has the parameters of `appParams`, with its own defaults. */
export type AppTemplate = ReturnType<typeof appTemplate>;

export const appTemplates: readonly AppTemplate[] = [appGeneric, appRedis, appMysql, appLegacyWeb, appNode, appStorm];

/** The app preset with this template id, or undefined for any other template. */
export function appTemplateOf(id: string): AppTemplate | undefined {
  return appTemplates.find((t) => t.id === id);
}
