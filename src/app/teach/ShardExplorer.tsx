/**
 * Shard explorer for a twemproxy ambassador: which shard each key lands on, each shard's share of a
 * sample, and how many keys move when a shard is added or removed, ketama against modula. Every
 * figure comes from the same prediction core as `podsmith shard` (checked against nutcracker).
 */
import { useId, useMemo, useState } from 'react';
import { type Params, RANDOM_SERVER, sampleKeys, shardPoolOf } from '../../core';
import { type Moved, shardMoves } from '../../core/teach';
import { LookupTable } from './LookupTable';
import { percent, ShareBars } from './ShareBars';

const SAMPLE = 10_000;
const DEFAULT_KEYS = ['user:42:name', 'user:42:cart', 'user:{42}:name', 'user:{42}:cart', 'session:9f1c', 'page:/home'];

interface Props {
  /** The ambassador's parameters, defaults applied. */
  readonly params: Params;
  /** The workload it runs in (names the StatefulSet shards). */
  readonly workloadName: string;
}

const fmt = new Intl.NumberFormat('en');

function movedText(m: Moved): string {
  return m.total === 0 ? '—' : `${fmt.format(m.moved)} (${percent(m.moved / m.total)})`;
}

export function ShardExplorer({ params, workloadName }: Props) {
  const [text, setText] = useState(DEFAULT_KEYS.join('\n'));
  const id = useId();
  const result = useMemo(() => shardPoolOf(params, workloadName), [params, workloadName]);
  const sample = useMemo(() => sampleKeys(SAMPLE), []);
  const figures = useMemo(() => {
    if (!result.ok) return undefined;
    const pool = result.pool;
    const counts = new Array<number>(pool.labels.length).fill(0);
    let random = 0;
    for (const key of sample) {
      const i = pool.place(key);
      if (i === RANDOM_SERVER) random++;
      else counts[i] = (counts[i] ?? 0) + 1;
    }
    return { counts, random, moves: shardMoves(pool.spec, sample) };
  }, [result, sample]);

  if (!result.ok) return <p className="lesson-why">No prediction: {result.error}.</p>;
  const pool = result.pool;
  const labelOf = (i: number) => (i === RANDOM_SERVER ? 'any shard (random)' : (pool.labels[i] ?? '?'));
  const spec = pool.spec;

  return (
    <div className="explorer">
      <p className="teach-lead">
        {pool.labels.length} shards · hash {spec.hash} · distribution {spec.distribution}
        {spec.hashTag ? ` · hash tag ${spec.hashTag}` : ''}. The same placement nutcracker computes.
      </p>
      <LookupTable
        id={`${id}-keys`}
        label="Keys"
        doc="One key per line; paste a list to try many."
        text={text}
        onText={setText}
        caption="Where each key lands"
        columns={['Key', 'Shard']}
        resolve={(k) => labelOf(pool.place(k))}
        overflowNoun="keys"
      />
      {figures && (
        <>
          <h3>Share of {fmt.format(SAMPLE)} sample keys (key:0 … key:9999)</h3>
          <ShareBars
            label="Share of sample keys per shard"
            bars={pool.labels.map((label, i) => ({
              label,
              share: (figures.counts[i] ?? 0) / SAMPLE,
              detail: `${percent((figures.counts[i] ?? 0) / SAMPLE)} (${fmt.format(figures.counts[i] ?? 0)} keys)`,
            }))}
          />
          {figures.random > 0 && <p className="doc">With random distribution every request may go to any shard.</p>}
          <h3>What moves when the shards change</h3>
          <table className="explorer-table">
            <caption>Sample keys that land on another shard afterwards</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">ketama</th>
                <th scope="col">modula</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Add a shard ({pool.labels.length + 1} shards)</th>
                <td>{movedText(figures.moves.added.ketama)}</td>
                <td>{movedText(figures.moves.added.modula)}</td>
              </tr>
              {figures.moves.removed && (
                <tr>
                  <th scope="row">Remove the last shard ({pool.labels.length - 1} left)</th>
                  <td>{movedText(figures.moves.removed.ketama)}</td>
                  <td>{movedText(figures.moves.removed.modula)}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p className="doc">
            ketama moves only the keys the new shard takes over (or the removed shard held); modula recomputes hash mod
            N for every key, so most of them move and a cache loses most of its hits.
          </p>
        </>
      )}
    </div>
  );
}
