/**
 * Links and external endpoints read from what the manifests say: an app talks to the ambassadors of
 * its pod (and is told to connect to their localhost ports); each sidecar and adapter relates to
 * its app the way its template does; the hosts an ambassador or adapter forwards to are the
 * design's workloads when their names match, and external endpoints otherwise.
 */
import { getTemplate } from '../../catalog';
import { resolveParams } from '../../catalog/params';
import { appTemplateOf } from '../../catalog/templates/app-presets';
import type { Peer } from '../../catalog/types';
import { readClients } from '../../generate/kubernetes/clients';
import type { Container, External, ExternalKind, Link, LinkKind, Workload } from '../../model/design';
import { dnsLabel } from '../../read/words';

export interface Built {
  readonly workloads: Workload[];
  readonly externals: External[];
  readonly links: Link[];
}

function appPorts(c: Container): number[] {
  const t = appTemplateOf(c.template);
  return t ? resolveParams(t, c.params).ports.map((r) => r.port) : [];
}

/** A container's template and its parameters with every default applied, or undefined for an unknown template. */
function resolved(c: Container) {
  const template = getTemplate(c.template);
  return template ? { template, params: resolveParams(template, c.params) } : undefined;
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
    const helpers = w.containers.map((c) => ({ c, t: resolved(c) }));
    const apps = w.containers.filter((c) => c.role === 'app');
    const listens = helpers.flatMap(({ c, t }) => {
      const port = c.role === 'ambassador' ? t?.template.servesApps?.(t.params) : undefined;
      return port === undefined ? [] : [{ id: c.id, address: `localhost:${port}` }];
    });
    for (const app of apps) for (const l of listens) link(app.id, l.id, 'traffic');
    for (const { c, t } of helpers) {
      if (!t) continue;
      const rel = t.template.appLink;
      if (rel && (rel.local?.(t.params) ?? true)) {
        const port = rel.port?.(t.params);
        const matching = apps.filter((a) => port !== undefined && appPorts(a).includes(port));
        for (const app of matching.length ? matching : apps)
          rel.toApp ? link(c.id, app.id, rel.kind) : link(app.id, c.id, rel.kind);
      }
      for (const peer of t.template.peers?.(t.params, w) ?? []) reach(c.id, peer);
    }
    if (!listens.length) return w;
    const connectsTo = listens.map((l) => l.address);
    return {
      ...w,
      containers: w.containers.map((c) => (c.role === 'app' ? { ...c, params: { ...c.params, connectsTo } } : c)),
    };
  });

  /** The link from a container to one of its peers: a workload its host names, or an external endpoint. */
  function reach(from: string, peer: Peer): void {
    if (peer.via === 'host') {
      toHost(from, peer.host, peer.port, peer.name, peer.kind, peer.weight);
      return;
    }
    const id = external(peer.name, peer.kind, peer.address);
    if (peer.inbound) link(id, from, peer.link);
    else link(from, id, peer.link);
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
