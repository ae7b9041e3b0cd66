/**
 * Route explorer for a request-splitting ambassador: which upstream each client address reaches
 * under nginx's ip_hash, the share of a sample of addresses, and the exact share of all IPv4 /24
 * networks. The same computation as `podsmith route` (checked against nginx).
 */
import { useId, useMemo, useState } from 'react';
import {
  ipHashPoolOf,
  ipv4NetworkShares,
  type Params,
  parseIp,
  ROUND_ROBIN,
  routeShares,
  sampleIpv4,
} from '../../core';
import { LookupTable } from './LookupTable';
import { percent, ShareBars } from './ShareBars';

const SAMPLE = 10_000;
const DEFAULT_ADDRESSES = ['203.0.113.7', '203.0.113.250', '198.51.100.23', '192.0.2.14', '10.1.2.3', '2001:db8::1'];

interface Props {
  /** The ambassador's parameters, defaults applied. */
  readonly params: Params;
}

const fmt = new Intl.NumberFormat('en');

/** Upstream names by address, from the splitter's rows. */
function namesOf(params: Params): Map<string, string> {
  const rows = Array.isArray(params.upstreams)
    ? (params.upstreams as readonly Readonly<Record<string, unknown>>[])
    : [];
  return new Map(rows.map((r) => [`${String(r.host ?? '')}:${String(r.port ?? '')}`, String(r.name ?? '')]));
}

export function RouteExplorer({ params }: Props) {
  const [text, setText] = useState(DEFAULT_ADDRESSES.join('\n'));
  const id = useId();
  const result = useMemo(() => ipHashPoolOf(params), [params]);
  const figures = useMemo(() => {
    if (!result.ok) return undefined;
    return { sample: routeShares(result.pool, sampleIpv4(SAMPLE)), exact: ipv4NetworkShares(result.pool) };
  }, [result]);

  if (!result.ok) return <p className="lesson-why">No prediction from a client address: {result.error}.</p>;
  const pool = result.pool;
  const names = namesOf(params);
  const label = (i: number): string => {
    const u = pool.upstreams[i];
    if (!u) return '?';
    const name = names.get(u.address);
    return name ? `${name} (${u.address})` : u.address;
  };

  return (
    <div className="explorer">
      <p className="teach-lead">
        ip_hash over {pool.upstreams.length} upstreams, weights{' '}
        {pool.upstreams.map((u) => `${names.get(u.address) || u.address} ${u.weight}`).join(', ')}. An IPv4 client is
        hashed by its first three bytes, so its whole /24 goes one way.
      </p>
      <LookupTable
        id={`${id}-ips`}
        label="Client addresses"
        doc="One IPv4 or IPv6 address per line."
        text={text}
        onText={setText}
        caption="Where each client goes"
        columns={['Address', 'Upstream']}
        resolve={(a) => {
          const bytes = parseIp(a);
          const to = bytes ? pool.route(bytes) : undefined;
          return to === undefined ? 'not an IP address' : to === ROUND_ROBIN ? 'round robin' : label(to);
        }}
      />
      {figures && (
        <>
          <h3>Share of {fmt.format(SAMPLE)} sample IPv4 clients</h3>
          <ShareBars
            label="Share of sample clients per upstream"
            bars={figures.sample.servers.map((s, i) => ({
              label: label(i),
              share: s.share,
              detail: `${percent(s.share)} (${fmt.format(s.count)} clients)`,
            }))}
          />
          <h3>Exact share of all IPv4 /24 networks</h3>
          <table className="explorer-table">
            <thead>
              <tr>
                <th scope="col">Upstream</th>
                <th scope="col">Weight share</th>
                <th scope="col">/24 networks (exact)</th>
              </tr>
            </thead>
            <tbody>
              {pool.upstreams.map((u, i) => (
                <tr key={u.address}>
                  <th scope="row">{label(i)}</th>
                  <td>{percent(u.weight / pool.totalWeight, 2)}</td>
                  <td>{percent(figures.exact[i] ?? 0, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
