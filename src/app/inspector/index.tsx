/**
 * Inspector (right): edits whatever is selected, or the design when nothing is. A focus request
 * from the Problems panel lands on the field it names.
 */
import { useEffect, useRef } from 'react';
import { findContainer } from '../../core/edit/ops';
import { useEditor } from '../store';
import { ContainerInspector } from './ContainerInspector';
import { DesignInspector, ExternalInspector, LinkInspector } from './OtherInspectors';
import { WorkloadInspector } from './WorkloadInspector';

/**
 * The closest field to `field` in the panel: its input; else the first input under it (the first
 * cell of a table, the first resource); else its table's or list's add button; else the same for
 * the enclosing path; else the heading.
 */
function findField(root: HTMLElement, field: string): HTMLElement | null {
  const inputs = 'input, select, textarea';
  let path = field;
  while (path) {
    const p = CSS.escape(path);
    const hit =
      root.querySelector<HTMLElement>(`:is(${inputs})[data-field="${p}"]`) ??
      root.querySelector<HTMLElement>(`:is(${inputs}):is([data-field^="${p}."], [data-field^="${p}["])`) ??
      root.querySelector<HTMLElement>(`[data-field="${p}"]`);
    if (hit) return hit;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
  return root.querySelector<HTMLElement>('#inspector-title');
}

function Selected() {
  const selection = useEditor((s) => s.selection);
  const design = useEditor((s) => s.design);
  if (selection?.kind === 'container') {
    const found = findContainer(design, selection.id);
    if (found)
      return <ContainerInspector key={found.container.id} workload={found.workload} container={found.container} />;
  }
  if (selection?.kind === 'workload') {
    const w = design.workloads.find((x) => x.id === selection.id);
    if (w) return <WorkloadInspector key={w.id} workload={w} />;
  }
  if (selection?.kind === 'external') {
    const e = design.externals.find((x) => x.id === selection.id);
    if (e) return <ExternalInspector key={e.id} external={e} />;
  }
  if (selection?.kind === 'link') {
    const l = design.links.find((x) => x.id === selection.id);
    if (l) return <LinkInspector key={l.id} link={l} />;
  }
  return <DesignInspector />;
}

export function Inspector() {
  const focus = useEditor((s) => s.focus);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focus || !ref.current) return;
    const target = findField(ref.current, focus.field);
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
  }, [focus]);
  return (
    <section className="inspector panel" aria-label="Inspector" id="inspector" ref={ref}>
      <Selected />
    </section>
  );
}
