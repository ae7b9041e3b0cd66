/** The short form of a design that examples and tests write: ids, layout and defaults are filled in by `sketchDesign`. */
import type { ExternalKind, LinkKind, Params, Resources, WorkloadKind } from './design';

export interface ContainerSketch {
  readonly template: string;
  readonly name?: string;
  readonly image?: string;
  readonly params?: Params;
  readonly resources?: Resources;
}

export interface WorkloadSketch {
  readonly name: string;
  readonly kind?: WorkloadKind;
  readonly replicas?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly nativeSidecars?: boolean;
  readonly containers: readonly ContainerSketch[];
}

export interface ExternalSketch {
  readonly name: string;
  readonly kind: ExternalKind;
  readonly address: string;
}

/** Link ends are written `workload`, `workload/container` or `external`. */
export interface LinkSketch {
  readonly from: string;
  readonly to: string;
  readonly kind: LinkKind;
  readonly weight?: number;
}

export interface DesignSketch {
  readonly name: string;
  readonly namespace?: string;
  readonly workloads: readonly WorkloadSketch[];
  readonly externals?: readonly ExternalSketch[];
  readonly links?: readonly LinkSketch[];
}
