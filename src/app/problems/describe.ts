/** Where a diagnostic points, in words: `web / twemproxy · listenPort`. */
import type { Design, Diagnostic, ElementRef } from '../../core';
import { findContainer } from '../../core/edit/ops';
import { keptObjectName } from '../../core/validate/locate';

export function describeTarget(design: Design, t: ElementRef): string {
  const field = t.field ? ` · ${t.field}` : '';
  switch (t.kind) {
    case 'design':
      return keptObjectName(design, t.field) ?? `design${field}`;
    case 'workload':
      return `${design.workloads.find((w) => w.id === t.workloadId)?.name ?? t.workloadId}${field}`;
    case 'container': {
      const found = findContainer(design, t.containerId);
      return found ? `${found.workload.name} / ${found.container.name}${field}` : `${t.containerId}${field}`;
    }
    case 'external':
      return `${design.externals.find((e) => e.id === t.externalId)?.name ?? t.externalId}${field}`;
    case 'link':
      return `link ${t.linkId}${field}`;
  }
}

/** A React key for a diagnostic: its rule, target and message. */
export function diagnosticKey(d: Diagnostic): string {
  return `${d.rule}|${JSON.stringify(d.target)}|${d.message}`;
}
