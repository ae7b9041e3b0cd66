/**
 * A page that renders the Preview panel alone, over the sharded-Redis example (optionally copied
 * into many workloads with `?workloads=N`) and a few hand-written files. It exposes
 * `window.previewHarness` so a browser script can change the design and time the update.
 *
 * Build it with `npx vite build --config src/app/preview/dev/vite.config.ts`.
 */
import { StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { type Container, type Design, generateBundle, getExample, type Workload } from '../../../core';
import { PreviewPanel } from '../index';
import type { BundleFile } from '../types';
import { SAMPLE_FILES } from './samples';

interface Harness {
  setListenPort(port: number): number;
  setFocus(owner: string | null): void;
  readonly owners: readonly string[];
}

declare global {
  interface Window {
    previewHarness?: Harness;
  }
}

const workloadCount = Math.max(1, Number(new URLSearchParams(location.search).get('workloads') ?? '1'));
const example = getExample('sharded-redis');
if (example === undefined) throw new Error('the sharded-redis example is missing');
const base = example.design;

/** The example's workloads, copied `count` times with distinct ids and names; `port` on the first proxy. */
function designWith(port: number, count: number): Design {
  const copy = (workload: Workload, n: number): Workload => ({
    ...workload,
    id: n === 0 ? workload.id : `${workload.id}-${n}`,
    name: n === 0 ? workload.name : `${workload.name}-${n}`,
    containers: workload.containers.map(
      (container): Container => ({
        ...container,
        id: n === 0 ? container.id : `${container.id}-${n}`,
        params:
          n === 0 && container.template === 'twemproxy' ? { ...container.params, listenPort: port } : container.params,
      }),
    ),
  });
  const workloads = Array.from({ length: count }, (_, n) => base.workloads.map((w) => copy(w, n))).flat();
  return { ...base, workloads, links: count === 1 ? base.links : [] };
}

function filesFor(port: number): readonly BundleFile[] {
  return [...generateBundle(designWith(port, workloadCount)).files, ...SAMPLE_FILES];
}

const owners = [...new Set([...filesFor(6379).flatMap((file) => file.owners)])];

function Harness() {
  const [port, setPort] = useState(6379);
  const [files, setFiles] = useState(() => filesFor(6379));
  const [focus, setFocus] = useState<string | null>(null);
  window.previewHarness = {
    owners,
    setListenPort(next) {
      const started = performance.now();
      const nextFiles = filesFor(next);
      const generated = performance.now() - started;
      flushSync(() => {
        setPort(next);
        setFiles(nextFiles);
      });
      return generated;
    },
    setFocus: (owner) => flushSync(() => setFocus(owner)),
  };
  return (
    <>
      <div style={{ padding: 8, display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          Listen port{' '}
          <input
            type="number"
            value={port}
            onChange={(event) => {
              const next = Number(event.target.value);
              setPort(next);
              setFiles(filesFor(next));
            }}
          />
        </label>
        <span>Focus:</span>
        <button type="button" onClick={() => setFocus(null)}>
          none
        </button>
        {owners.slice(0, 8).map((owner) => (
          <button key={owner} type="button" onClick={() => setFocus(owner)}>
            {owner}
          </button>
        ))}
      </div>
      <div style={{ flex: 1, minHeight: 0, height: 420 }}>
        <PreviewPanel files={files} focusOwner={focus} />
      </div>
    </>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
