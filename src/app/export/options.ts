/**
 * Export options applied to a copy of the design, and the files each download holds. Everything here
 * is pure: the text of every file comes from the core's generators.
 */
import { type BundleFile, type BundleLayout, type Design, type Diagnostic, render, withLayout } from '../../core';
import { setNamespace, setNativeSidecars } from '../../core/edit/ops';

export type NativeSidecarsOption = 'as-designed' | 'on' | 'off';
export type LayoutOption = BundleLayout;

export interface ExportOptions {
  /** The namespace every object goes to. */
  readonly namespace: string;
  /** Native sidecars (`initContainers` with `restartPolicy: Always`) for every workload, or as designed. */
  readonly nativeSidecars: NativeSidecarsOption;
  /** `manifests/` with one object per file, or the objects in `all.yaml` only. */
  readonly layout: LayoutOption;
}

export interface ExportPlan {
  /** The design as exported (options applied). */
  readonly design: Design;
  readonly files: readonly BundleFile[];
  /** Error diagnostics of the exported design: while there are any, nothing is exported. */
  readonly blocking: readonly Diagnostic[];
}

/** The options that export the design exactly as it is. */
export function defaultOptions(design: Design): ExportOptions {
  return { namespace: design.namespace, nativeSidecars: 'as-designed', layout: 'per-object' };
}

/** A copy of the design with the options applied (the design itself is never changed). */
export function applyOptions(design: Design, options: ExportOptions): Design {
  let out = setNamespace(design, options.namespace);
  if (options.nativeSidecars !== 'as-designed') {
    const on = options.nativeSidecars === 'on';
    for (const w of out.workloads) out = setNativeSidecars(out, w.id, on);
  }
  return out;
}

/** The exported design, its files in the chosen layout, and the errors that block the export. */
export function planExport(design: Design, options: ExportOptions): ExportPlan {
  const exported = applyOptions(design, options);
  const { diagnostics, bundle } = render(exported);
  const blocking = diagnostics.filter((d) => d.severity === 'error');
  const files = withLayout(bundle.files, exported, options.layout);
  return { design: exported, files, blocking };
}

/** The files of the Kustomize download: `kustomization.yaml`, the objects it lists, and `overlays/`. */
export function kustomizeFiles(files: readonly BundleFile[]): BundleFile[] {
  const single = !files.some((f) => f.path.startsWith('manifests/'));
  return files.filter(
    (f) =>
      f.path === 'kustomization.yaml' ||
      f.path.startsWith('manifests/') ||
      f.path.startsWith('overlays/') ||
      (single && f.path === 'all.yaml'),
  );
}

/** The multi-document YAML of the export. */
export function allYaml(files: readonly BundleFile[]): string {
  return files.find((f) => f.path === 'all.yaml')?.content ?? '';
}
