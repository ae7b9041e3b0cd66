/**
 * Links and external endpoints read from what the manifests say: an app talks to the ambassadors of
 * its pod (and is told to connect to their localhost ports); each sidecar and adapter relates to
 * its app the way its template does; the hosts an ambassador or adapter forwards to are the
 * design's workloads when their names match, and external endpoints otherwise.
 */
import { getTemplate, resolveParams } from '../../catalog';
import { read } from '../../catalog/params';
import { shardPort, shardSetName } from '../../catalog/templates/twemproxy/pool';
import { readClients } from '../../generate/kubernetes/clients';
import type { Container, External, ExternalKind, Link, LinkKind, Params, Workload } from '../../model/design';
import { dnsLabel, hostOf, isLoopback, portOf } from '../../read/words';

/** How a helper relates to the app of its pod: link kind, direction, and the app port it reads. */
const APP_LINKS: Readonly<
  Record<
    string,
    { kind: LinkKind; toApp: boolean; port: (p: Params) => number | undefined; local: (p: Params) => boolean }
  >
> = {
  'https-terminator': { kind: 'traffic', toApp: true, port: (p) => read.int(p, 'legacyPort'), local: () => true },
  'redis-exporter': {
    kind: 'metrics',
    toApp: true,
    port: (p) => portOf(read.str(p, 'redisAddress')),
    local: (p) => isLoopback(hostOf(read.str(p, 'redisAddress').replace(/^rediss?:\/\//, ''))),
  },
  'mysqld-exporter': {
    kind: 'metrics',
    toApp: true,
    port: (p) => portOf(read.str(p, 'mysqlAddress')),
    local: (p) => isLoopback(hostOf(read.str(p, 'mysqlAddress'))),
  },
  'mysql-health': { kind: 'traffic', toApp: true, port: (p) => read.int(p, 'mysqlPort'), local: () => true },
  'fluentd-redis-slowlog': {
    kind: 'logs',
    toApp: false,
    port: (p) => read.int(p, 'port'),
    local: (p) => isLoopback(read.str(p, 'host')),
  },
  'fluentd-storm': {
    kind: 'metrics',
    toApp: false,
    port: (p) => portOf(/^https?:\/\/([^/]+)/.exec(read.str(p, 'url'))?.[1] ?? '') ?? 80,
    local: (p) => isLoopback(hostOf(/^https?:\/\/([^/]+)/.exec(read.str(p, 'url'))?.[1] ?? '')),
  },
  'log-to-stdout': { kind: 'logs', toApp: false, port: () => undefined, local: () => true },
};

const DATABASE_PORTS = new Set([1433, 1521, 3306, 5432, 6379, 9042, 11211, 27017]);

export interface Built {
  readonly workloads: Workload[];
  readonly externals: External[];
  readonly links: Link[];
}

function appPorts(c: Container): number[] {
  const t = getTemplate(c.template);
  return t ? read.table<{ port: number }>(resolveParams(t, c.params), 'ports').map((r) => r.port) : [];
}

/** The localhost address an ambassador listens on, for its pod's apps. */
function listenAddress(c: Container, p: Params): string | undefined {
  if (c.role !== 'ambassador') return undefined;
  return `localhost:${read.int(p, 'listenPort')}`;
}

/**
 * The design's links and externals, and each app's `connectsTo`, from its workloads.
 * Ids: externals `e1…`, links `l1…`, in the order they are found.
 */
export function inferLinks(input: readonly Workload[]): Built {
  const externals = new Externals();
  const links: Link[] = [];
  const linked = new Set<string>();
  const link = (from: string, to: string, kind: LinkKind, weight?: number) => {
    const key = `${from}\n${to}\n${kind}`;
    if (linked.has(key)) return;
    linked.add(key);
    links.push({ id: `l${links.length + 1}`, from, to, kind, ...(weight === undefined ? {} : { weight }) });
  };
  const external = (name: string, kind: ExternalKind, address: string): string => externals.add(name, kind, address);
  /** The workload a host names: its Service (`web`, `web.shop.svc…`) or, for a StatefulSet, one of its pods (`web-0.svc`). */
  const byName = new Map(input.map((w) => [w.name, w]));
  const workloadAt = (host: string) => {
    const label = host.split('.')[0] ?? '';
    const pod = /^(.+)-[0-9]+$/.exec(label)?.[1];
    const set = pod === undefined ? undefined : byName.get(pod);
    return byName.get(label) ?? (set?.kind === 'StatefulSet' ? set : undefined);
  };
  /** A link to the workload that `host` names, or to an external endpoint. */
  const toHost = (from: string, host: string, port: number, name: string, kind: ExternalKind, weight?: number) => {
    const w = workloadAt(host);
    link(from, w ? w.id : external(name, kind, `${host}:${port}`), 'traffic', weight);
  };
  const workloads = input.map((w) => {
    const resolved = w.containers.map((c) => {
      const t = getTemplate(c.template);
      return { c, p: t ? resolveParams(t, c.params) : c.params };
    });
    const apps = resolved.filter((x) => x.c.role === 'app');
    const listens = resolved.flatMap((x) => {
      const a = listenAddress(x.c, x.p);
      return a ? [{ id: x.c.id, address: a }] : [];
    });
    for (const app of apps) for (const l of listens) link(app.c.id, l.id, 'traffic');
    for (const { c, p } of resolved) {
      const rel = APP_LINKS[c.template];
      if (rel?.local(p)) {
        const port = rel.port(p);
        const matching = apps.filter((a) => port !== undefined && appPorts(a.c).includes(port));
        for (const app of matching.length ? matching : apps)
          rel.toApp ? link(c.id, app.c.id, rel.kind) : link(app.c.id, c.id, rel.kind);
      }
      outward(c, p, w);
    }
    if (!listens.length) return w;
    const connectsTo = listens.map((l) => l.address);
    return {
      ...w,
      containers: w.containers.map((c) => (c.role === 'app' ? { ...c, params: { ...c.params, connectsTo } } : c)),
    };
  });

  function outward(c: Container, p: Params, w: Workload): void {
    switch (c.template) {
      case 'twemproxy': {
        if (read.str(p, 'mode') === 'statefulset') {
          const backend = read.str(p, 'backend') === 'memcached' ? 'memcached' : 'redis';
          const set = shardSetName(w.name);
          const n = read.int(p, 'shardCount');
          const hosts = n === 1 ? `${set}-0` : `${set}-{${Array.from({ length: n }, (_, i) => i).join(',')}}`;
          link(c.id, external(`${backend}-shards`, 'database', `${hosts}.${set}:${shardPort(backend)}`), 'traffic');
        } else
          for (const s of read.table<{ host: string; port: number }>(p, 'servers'))
            toHost(c.id, s.host, s.port, dnsLabel(s.host.split('.')[0] ?? '', 'server'), 'database');
        return;
      }
      case 'request-splitter':
        for (const u of read.table<{ name: string; host: string; port: number; weight: number }>(p, 'upstreams'))
          toHost(c.id, u.host, u.port, u.name, 'service', u.weight);
        return;
      case 'tee':
        for (const side of ['production', 'shadow'])
          toHost(c.id, read.str(p, `${side}Host`), read.int(p, `${side}Port`), side, 'service');
        return;
      case 'service-broker':
        for (const e of read.table<{ name: string; host: string; port: number }>(p, 'environments'))
          toHost(
            c.id,
            e.host,
            e.port,
            `${dnsLabel(e.host.split('.')[0] ?? '', 'service')}-${e.name}`,
            DATABASE_PORTS.has(e.port) ? 'database' : 'service',
          );
        return;
      case 'fluentd-redis-slowlog':
      case 'fluentd-storm':
        if (read.str(p, 'output') === 'forward') {
          const host = read.str(p, 'forwardHost');
          link(
            c.id,
            external(dnsLabel(host.split('.')[0] ?? '', 'aggregator'), 'logs', `${host}:${read.int(p, 'forwardPort')}`),
            'logs',
          );
        }
        return;
      case 'git-sync':
        link(external('git-repository', 'other', read.str(p, 'repo')), c.id, 'files');
        return;
      case 'redis-exporter': {
        const address = read.str(p, 'redisAddress').replace(/^rediss?:\/\//, '');
        if (!isLoopback(hostOf(address)))
          link(c.id, external(dnsLabel(hostOf(address).split('.')[0] ?? '', 'redis'), 'database', address), 'metrics');
        return;
      }
      case 'mysqld-exporter': {
        const address = read.str(p, 'mysqlAddress');
        if (!isLoopback(hostOf(address)))
          link(c.id, external(dnsLabel(hostOf(address).split('.')[0] ?? '', 'mysql'), 'database', address), 'metrics');
        return;
      }
    }
  }

  return { workloads, externals: externals.list, links };
}

/**
 * The external callers each workload's manifest names (its clients annotation, see
 * `generate/kubernetes/clients.ts`) added to `built`: an external with the same kind and address is
 * reused, a new one keeps the annotation's name (made unique), and the link goes to the named
 * container or, without one, to the workload.
 */
export function withClients(built: Built, annotations: readonly unknown[]): Built {
  const externals = new Externals(built.externals);
  const links = [...built.links];
  const linked = new Set(links.map((l) => `${l.from}\n${l.to}\n${l.kind}`));
  built.workloads.forEach((w, i) => {
    for (const client of readClients(annotations[i])) {
      const to = client.to === undefined ? w.id : w.containers.find((c) => c.name === client.to)?.id;
      if (to === undefined) continue;
      const from = externals.add(dnsLabel(client.name, 'client'), client.kind, client.address);
      const key = `${from}\n${to}\n${client.link}`;
      if (linked.has(key)) continue;
      linked.add(key);
      links.push({
        id: `l${links.length + 1}`,
        from,
        to,
        kind: client.link,
        ...(client.weight === undefined ? {} : { weight: client.weight }),
      });
    }
  });
  return { workloads: built.workloads, externals: externals.list, links };
}

/**
 * The externals found so far, one per kind and address; a new one takes the name asked for, made
 * unique with a number. Ids are `e1…` in the order they are added.
 */
class Externals {
  readonly list: External[];
  private readonly byAddress = new Map<string, string>();
  private readonly names = new Set<string>();

  constructor(start: readonly External[] = []) {
    this.list = [...start];
    for (const e of start) {
      this.byAddress.set(`${e.kind}\n${e.address}`, e.id);
      this.names.add(e.name);
    }
  }

  /** The id of the external of this kind at this address, added if it is new. */
  add(name: string, kind: ExternalKind, address: string): string {
    const key = `${kind}\n${address}`;
    const same = this.byAddress.get(key);
    if (same !== undefined) return same;
    let unique = name;
    for (let n = 2; this.names.has(unique); n++) unique = `${name}-${n}`;
    const id = `e${this.list.length + 1}`;
    this.list.push({ id, name: unique, kind, address, layout: { x: 0, y: 0 } });
    this.byAddress.set(key, id);
    this.names.add(unique);
    return id;
  }
}
