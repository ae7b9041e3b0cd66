/**
 * Who calls a workload from outside the design: browsers in front of an HTTPS sidecar, the
 * Prometheus that scrapes an exporter. No config names them (configs say where traffic goes, not
 * where it comes from), so the workload's manifest carries them in one annotation, and an import
 * reads them back. Links that pull from an external (a git repository, an aggregator) are in the
 * containers' configs already and are not repeated here.
 */
import { Remembered } from '../../contracts/remembered';
import {
  type Design,
  EXTERNAL_KINDS,
  type ExternalKind,
  LINK_KINDS,
  type LinkKind,
  type Workload,
} from '../../model/design';

export const CLIENTS_ANNOTATION = 'podsmith.io/clients';

/** Link kinds by which an external calls into a pod (as opposed to a pod reading from it). */
const CALLING: ReadonlySet<LinkKind> = new Set<LinkKind>(['traffic', 'metrics']);

/** One external caller of a workload, as the annotation holds it. */
export interface Client {
  readonly name: string;
  readonly kind: ExternalKind;
  readonly address: string;
  /** The container called; absent when the link goes to the workload as a whole. */
  readonly to?: string;
  readonly link: LinkKind;
  readonly weight?: number;
}

/** Each design's calling links by the element they call, found once per design (documents are immutable). */
const CALLS = new Remembered<Design, ReadonlyMap<string, readonly Design['links'][number][]>>('calls');

function callsOf(design: Design): ReadonlyMap<string, readonly Design['links'][number][]> {
  let calls = CALLS.get(design);
  if (calls) return calls;
  const externals = new Set(design.externals.map((e) => e.id));
  const byTarget = new Map<string, Design['links'][number][]>();
  for (const l of design.links)
    if (externals.has(l.from) && CALLING.has(l.kind)) {
      const list = byTarget.get(l.to);
      if (list) list.push(l);
      else byTarget.set(l.to, [l]);
    }
  calls = byTarget;
  CALLS.set(design, calls);
  return calls;
}

/** The external callers of `w`, in the design's link order. */
export function clientsOf(design: Design, w: Workload): Client[] {
  const calls = callsOf(design);
  if (!calls.size) return [];
  const links = [w.id, ...w.containers.map((c) => c.id)].flatMap((id) => calls.get(id) ?? []);
  if (!links.length) return [];
  const order = new Map(design.links.map((l, i) => [l, i]));
  links.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const externals = new Map(design.externals.map((e) => [e.id, e]));
  const containers = new Map(w.containers.map((c) => [c.id, c.name]));
  return links.flatMap((l): Client[] => {
    const from = externals.get(l.from);
    if (!from) return [];
    const to = containers.get(l.to);
    return [
      {
        name: from.name,
        kind: from.kind,
        address: from.address,
        ...(to === undefined ? {} : { to }),
        link: l.kind,
        ...(l.weight === undefined ? {} : { weight: l.weight }),
      },
    ];
  });
}

/** The annotation's value for `w`, or undefined when nothing outside calls it. */
export function clientsAnnotation(design: Design, w: Workload): string | undefined {
  const clients = clientsOf(design, w);
  return clients.length ? JSON.stringify(clients) : undefined;
}

const isKind = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

/**
 * The callers an annotation value names; entries that are not well formed are left out (the import
 * reports the annotation as not reproduced when the design it builds does not write it back).
 */
export function readClients(value: unknown): Client[] {
  if (typeof value !== 'string' || value.length > 65_536) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((e: unknown): Client[] => {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return [];
    const r = e as Record<string, unknown>;
    const weight = r.weight;
    if (typeof r.name !== 'string' || typeof r.address !== 'string') return [];
    if (!isKind(EXTERNAL_KINDS, r.kind) || !isKind(LINK_KINDS, r.link) || !CALLING.has(r.link)) return [];
    if (r.to !== undefined && typeof r.to !== 'string') return [];
    if (weight !== undefined && (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 1)) return [];
    return [
      {
        name: r.name,
        kind: r.kind,
        address: r.address,
        ...(typeof r.to === 'string' ? { to: r.to } : {}),
        link: r.link,
        ...(weight === undefined ? {} : { weight }),
      },
    ];
  });
}
