/**
 * Links and external endpoints read from what the manifests say: an app talks to the ambassadors of
 * its pod (and is told to connect to their localhost ports); each sidecar and adapter relates to
 * its app the way its template does; the hosts an ambassador or adapter forwards to are the
 * design's workloads when their names match, and external endpoints otherwise.
 */
import { resolveParams } from '../../catalog/params';
import type { OutputParams } from '../../catalog/shared/fluentd-adapter';
import { appTemplateOf } from '../../catalog/templates/app-presets';
import { fluentdRedisSlowlog } from '../../catalog/templates/fluentd-redis-slowlog';
import { fluentdStorm } from '../../catalog/templates/fluentd-storm';
import { gitSync } from '../../catalog/templates/git-sync';
import { haproxy } from '../../catalog/templates/haproxy';
import { httpsTerminator } from '../../catalog/templates/https-terminator';
import { mysqlHealth } from '../../catalog/templates/mysql-health';
import { mysqldExporter } from '../../catalog/templates/mysqld-exporter';
import { redisExporter } from '../../catalog/templates/redis-exporter';
import { requestSplitter } from '../../catalog/templates/request-splitter';
import { serviceBroker } from '../../catalog/templates/service-broker';
import { tee } from '../../catalog/templates/tee';
import { twemproxy } from '../../catalog/templates/twemproxy';
import { shardPort, shardSetName } from '../../catalog/templates/twemproxy/pool';
import { varnish } from '../../catalog/templates/varnish';
import type { ParamSpecs, ParamsOf, TemplateDef } from '../../catalog/types';
import { readClients } from '../../generate/kubernetes/clients';
import type { Container, External, ExternalKind, Link, LinkKind, Params, Workload } from '../../model/design';
import { dnsLabel, hostOf, isLoopback, portOf } from '../../read/words';

/** A reader of one template's typed parameters, for a container's stored params. */
function through<S extends ParamSpecs, T>(template: TemplateDef<S>, read: (p: ParamsOf<S>) => T): (p: Params) => T {
  return (p) => read(resolveParams(template, p));
}

const stormAuthority = (url: string) => /^https?:\/\/([^/]+)/.exec(url)?.[1] ?? '';

/** How a helper relates to the app of its pod: link kind, direction, and the app port it reads. */
const APP_LINKS: Readonly<
  Record<
    string,
    { kind: LinkKind; toApp: boolean; port: (p: Params) => number | undefined; local: (p: Params) => boolean }
  >
> = {
  [httpsTerminator.id]: {
    kind: 'traffic',
    toApp: true,
    port: through(httpsTerminator, (p) => p.legacyPort),
    local: () => true,
  },
  [redisExporter.id]: {
    kind: 'metrics',
    toApp: true,
    port: through(redisExporter, (p) => portOf(p.redisAddress)),
    local: through(redisExporter, (p) => isLoopback(hostOf(p.redisAddress.replace(/^rediss?:\/\//, '')))),
  },
  [mysqldExporter.id]: {
    kind: 'metrics',
    toApp: true,
    port: through(mysqldExporter, (p) => portOf(p.mysqlAddress)),
    local: through(mysqldExporter, (p) => isLoopback(hostOf(p.mysqlAddress))),
  },
  [mysqlHealth.id]: { kind: 'traffic', toApp: true, port: through(mysqlHealth, (p) => p.mysqlPort), local: () => true },
  [fluentdRedisSlowlog.id]: {
    kind: 'logs',
    toApp: false,
    port: through(fluentdRedisSlowlog, (p) => p.port),
    local: through(fluentdRedisSlowlog, (p) => isLoopback(p.host)),
  },
  [fluentdStorm.id]: {
    kind: 'metrics',
    toApp: false,
    port: through(fluentdStorm, (p) => portOf(stormAuthority(p.url)) ?? 80),
    local: through(fluentdStorm, (p) => isLoopback(hostOf(stormAuthority(p.url)))),
  },
  'log-to-stdout': { kind: 'logs', toApp: false, port: () => undefined, local: () => true },
  [varnish.id]: { kind: 'traffic', toApp: true, port: through(varnish, (p) => p.backendPort), local: () => true },
};

const DATABASE_PORTS = new Set([1433, 1521, 3306, 5432, 6379, 9042, 11211, 27017]);

export interface Built {
  readonly workloads: Workload[];
  readonly externals: External[];
  readonly links: Link[];
}

function appPorts(c: Container): number[] {
  const t = appTemplateOf(c.template);
  return t ? resolveParams(t, c.params).ports.map((r) => r.port) : [];
}

/** The port each ambassador listens on, on localhost, for its pod's apps. */
const LISTEN_PORT: Readonly<Record<string, (p: Params) => number>> = {
  [twemproxy.id]: through(twemproxy, (p) => p.listenPort),
  [requestSplitter.id]: through(requestSplitter, (p) => p.listenPort),
  [tee.id]: through(tee, (p) => p.listenPort),
  [serviceBroker.id]: through(serviceBroker, (p) => p.listenPort),
  [haproxy.id]: through(haproxy, (p) => p.listenPort),
};

/** The localhost address an ambassador listens on, for its pod's apps. */
function listenAddress(c: Container, p: Params): string | undefined {
  const port = c.role === 'ambassador' ? LISTEN_PORT[c.template] : undefined;
  return port ? `localhost:${port(p)}` : undefined;
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
    const resolved = w.containers.map((c) => ({ c, p: c.params }));
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
      case twemproxy.id: {
        const t = resolveParams(twemproxy, p);
        if (t.mode === 'statefulset') {
          const { backend } = t;
          const set = shardSetName(w.name);
          const n = t.shardCount;
          const hosts = n === 1 ? `${set}-0` : `${set}-{${Array.from({ length: n }, (_, i) => i).join(',')}}`;
          link(c.id, external(`${backend}-shards`, 'database', `${hosts}.${set}:${shardPort(backend)}`), 'traffic');
        } else
          for (const s of t.servers)
            toHost(c.id, s.host, s.port, dnsLabel(s.host.split('.')[0] ?? '', 'server'), 'database');
        return;
      }
      case requestSplitter.id:
        for (const u of resolveParams(requestSplitter, p).upstreams)
          toHost(c.id, u.host, u.port, u.name, 'service', u.weight);
        return;
      case haproxy.id:
        for (const u of resolveParams(haproxy, p).upstreams) toHost(c.id, u.host, u.port, u.name, 'service', u.weight);
        return;
      case tee.id: {
        const t = resolveParams(tee, p);
        for (const side of ['production', 'shadow'] as const)
          toHost(c.id, t[`${side}Host`], t[`${side}Port`], side, 'service');
        return;
      }
      case serviceBroker.id:
        for (const e of resolveParams(serviceBroker, p).environments)
          toHost(
            c.id,
            e.host,
            e.port,
            `${dnsLabel(e.host.split('.')[0] ?? '', 'service')}-${e.name}`,
            DATABASE_PORTS.has(e.port) ? 'database' : 'service',
          );
        return;
      case fluentdRedisSlowlog.id:
      case fluentdStorm.id: {
        const t: OutputParams =
          c.template === fluentdStorm.id ? resolveParams(fluentdStorm, p) : resolveParams(fluentdRedisSlowlog, p);
        if (t.output === 'forward') {
          const host = t.forwardHost;
          link(
            c.id,
            external(dnsLabel(host.split('.')[0] ?? '', 'aggregator'), 'logs', `${host}:${t.forwardPort}`),
            'logs',
          );
        }
        return;
      }
      case gitSync.id:
        link(external('git-repository', 'other', resolveParams(gitSync, p).repo), c.id, 'files');
        return;
      case redisExporter.id: {
        const address = resolveParams(redisExporter, p).redisAddress.replace(/^rediss?:\/\//, '');
        if (!isLoopback(hostOf(address)))
          link(c.id, external(dnsLabel(hostOf(address).split('.')[0] ?? '', 'redis'), 'database', address), 'metrics');
        return;
      }
      case mysqldExporter.id: {
        const address = resolveParams(mysqldExporter, p).mysqlAddress;
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
