/** Where a diagnostic points, as text for the CLI: `web/twemproxy params.listenPort`. */
import type { Design, ElementRef } from '../model/design';

export function describeTarget(design: Design, ref: ElementRef): string {
  const field = (f?: string) => (f ? ` ${f}` : '');
  switch (ref.kind) {
    case 'design':
      return keptObjectName(design, ref.field) ?? `design${field(ref.field)}`;
    case 'workload': {
      const w = design.workloads.find((x) => x.id === ref.workloadId);
      return `${w?.name ?? ref.workloadId}${field(ref.field)}`;
    }
    case 'container': {
      const w = design.workloads.find((x) => x.id === ref.workloadId);
      const c = w?.containers.find((x) => x.id === ref.containerId);
      const f =
        ref.field &&
        !['name', 'image', 'role', 'resources', 'template'].includes(ref.field) &&
        !/^(kube|files)\b/.test(ref.field)
          ? `params.${ref.field}`
          : ref.field;
      return `${w?.name ?? ref.workloadId}/${c?.name ?? ref.containerId}${field(f)}`;
    }
    case 'external': {
      const e = design.externals.find((x) => x.id === ref.externalId);
      return `external ${e?.name ?? ref.externalId}${field(ref.field)}`;
    }
    case 'link':
      return `link ${ref.linkId}${field(ref.field)}`;
  }
}

/** `kept Ingress/web` for a design field that names a kept object (`extras.ID`), else undefined. */
export function keptObjectName(design: Design, field: string | undefined): string | undefined {
  if (!field?.startsWith('extras.')) return undefined;
  const kept = design.extras.find((k) => `extras.${k.id}` === field);
  return kept ? `kept ${kept.object.kind}/${kept.object.metadata.name}` : undefined;
}
