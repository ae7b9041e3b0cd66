/**
 * App containers: the application the patterns are built around. One generic definition and
 * presets for the apps of the book's examples (Redis, MySQL, a legacy web server, a Node app, Storm).
 */
import { ENV_NAME, LOCAL_ADDRESS, ONE_LINE, PORT_NAME, SECRET_KEY_REF } from '../../rules';
import { proposeSecurity, rootWithLimits } from '../../shared/security';
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
  /**
   * What the preset proposes for its image (a probe, a security context), from the container's name
   * and its port rows; without it, a note says why it proposes nothing.
   */
  readonly propose?: (input: ProposalInput) => Partial<Contribution>;
  /** Why the preset proposes no security context (its image stands for the user's own). */
  readonly securityNote?: string;
}

interface PortRow {
  readonly name: string;
  readonly port: number;
  readonly localhostOnly: boolean;
}

interface ProposalInput {
  readonly container: string;
  readonly ports: readonly PortRow[];
}

/** The port row of this name, else the first: where the preset's program listens. */
function mainPort(ports: readonly PortRow[], name: string): PortRow | undefined {
  return ports.find((p) => p.name === name) ?? ports[0];
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
    build: ({ container, params }): Contribution => {
      const { ports, command, args } = params;
      const env = params.env.map((e): EnvVar => {
        if (e.secret) {
          const [name = '', key = ''] = e.secret.split('/');
          return { name: e.name, secret: { name, key } };
        }
        return { name: e.name, value: e.value };
      });
      const proposal = p.propose ? p.propose({ container: container.name, ports }) : {};
      // A note about the proposal itself (a port below 1024) comes before the preset's own.
      const note = proposal.securityNote ?? p.securityNote;
      // Set field by field, in the order a spread of each optional part would give, without the
      // object each spread makes and drops for every container built.
      const out: { -readonly [K in keyof Contribution]: Contribution[K] } = {
        ports: ports.map((x) => {
          const scope = x.localhostOnly ? 'localhost' : 'pod';
          const expose = !x.localhostOnly;
          return x.udp
            ? { name: x.name, containerPort: x.port, protocol: 'UDP' as const, scope, expose }
            : { name: x.name, containerPort: x.port, scope, expose };
        }),
      };
      if (command.length) out.command = command;
      if (args.length) out.args = args;
      if (env.length) out.env = env;
      Object.assign(out, proposal);
      if (note) out.securityNote = note;
      return out;
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
  securityNote:
    'Any image: Podsmith cannot know which user it runs as or where it writes. Set its security context in the container’s Kubernetes fields.',
});

export const appRedis = appTemplate({
  id: 'app-redis',
  title: 'Redis',
  summary: 'A Redis server, the cache or store the examples shard and monitor.',
  image: 'redis:7.2.5',
  defaultName: 'redis',
  ports: [{ name: 'redis', port: 6379 }],
  propose: ({ container, ports }) => {
    const redis = mainPort(ports, 'redis');
    return {
      // The kubelet connects to the pod's address: a localhost-only Redis gets no TCP probe.
      ...(redis && !redis.localhostOnly
        ? { readinessProbe: { kind: 'tcp', port: redis.port, periodSeconds: 10 } }
        : {}),
      // The image's entrypoint switches to its redis user (999) only when started as root; started as
      // 999 it runs redis-server at once, which writes its snapshots to its working directory, /data.
      ...proposeSecurity({
        program: 'redis-server',
        container,
        runAsUser: 999,
        ports: ports.map((p) => p.port),
        writablePaths: ['/data'],
      }),
    };
  },
});

export const appMysql = appTemplate({
  id: 'app-mysql',
  title: 'MySQL',
  summary: 'A MySQL server; the root password comes from a Secret.',
  image: 'mysql:8.4.3',
  defaultName: 'mysql',
  ports: [{ name: 'mysql', port: 3306 }],
  env: [{ name: 'MYSQL_ROOT_PASSWORD', secret: 'mysql-credentials/root-password' }],
  propose: ({ container, ports }) => {
    const mysql = mainPort(ports, 'mysql');
    return {
      // mysqladmin ping over TCP to 127.0.0.1: it fails while the entrypoint's first-start server runs
      // without networking, and exits 0 once MySQL answers, even with "Access denied". Loopback
      // connections stay out of MySQL's host cache, so the probe never gets a host blocked, as a TCP
      // probe from the node's address would after max_connect_errors aborted handshakes.
      ...(mysql
        ? {
            readinessProbe: {
              kind: 'exec',
              command: ['mysqladmin', 'ping', '--host=127.0.0.1', `--port=${mysql.port}`],
              timeoutSeconds: 5,
              periodSeconds: 10,
            },
          }
        : {}),
      // Started as its mysql user (999) the entrypoint does not switch users; mysqld writes its data,
      // its socket and pid file, and its temporary tables.
      ...proposeSecurity({
        program: 'mysqld',
        container,
        runAsUser: 999,
        ports: ports.map((p) => p.port),
        writablePaths: ['/var/lib/mysql', '/var/run/mysqld', '/tmp'],
      }),
    };
  },
});

export const appLegacyWeb = appTemplate({
  id: 'app-legacy-web',
  title: 'Legacy web app',
  summary: 'A plain-HTTP web server that listens on 127.0.0.1 only, to be fronted by a sidecar.',
  image: 'httpd:2.4.62',
  defaultName: 'legacy-web',
  ports: [{ name: 'http', port: 8080, scope: 'localhost' }],
  securityNote:
    'The image stands for your legacy app: set its security context in the container’s Kubernetes fields once you know which user it runs as and where it writes.',
});

export const appNode = appTemplate({
  id: 'app-node',
  title: 'Node app',
  summary: 'A Node.js service; point it at localhost for the ambassadors of its pod.',
  image: 'node:20.18.1-alpine',
  defaultName: 'web',
  command: ['node', 'server.js'],
  ports: [{ name: 'http', port: 3000 }],
  // The image's node user is 1000. Where the app writes is the app's own affair: the root stays writable.
  propose: ({ container, ports }) =>
    proposeSecurity({
      program: 'node',
      container,
      runAsUser: 1000,
      ports: ports.map((p) => p.port),
      readOnlyRoot: false,
    }),
  securityNote:
    'The root filesystem stays writable: where your Node app writes is up to it. Mount an emptyDir where it writes and set readOnlyRootFilesystem in the container’s Kubernetes fields.',
});

export const appStorm = appTemplate({
  id: 'app-storm',
  title: 'Storm',
  summary: 'An Apache Storm UI/nimbus container whose metrics an adapter can read.',
  image: 'storm:2.6.4',
  defaultName: 'storm',
  command: ['storm', 'ui'],
  ports: [{ name: 'ui', port: 8080 }],
  propose: ({ container }) =>
    rootWithLimits({
      container,
      readOnlyRoot: false,
      writablePaths: ['/conf', '/logs', '/data'],
      note: 'The storm image runs as its storm user, whose uid it does not fix (so runAsNonRoot cannot be checked), and its entrypoint writes /conf/storm.yaml as that user; Storm writes /logs and /data.',
    }),
});

/** An app preset: every one has the parameters of `appParams`, with its own defaults. */
export type AppTemplate = ReturnType<typeof appTemplate>;

export const appTemplates: readonly AppTemplate[] = [appGeneric, appRedis, appMysql, appLegacyWeb, appNode, appStorm];

/** The app preset with this template id, or undefined for any other template. */
export function appTemplateOf(id: string): AppTemplate | undefined {
  return appTemplates.find((t) => t.id === id);
}
