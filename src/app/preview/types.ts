/**
 * The shape of one generated file as the preview shows it. Structurally the same as an entry of
 * `generateBundle(design).files` in the core, so the core's array can be passed in unchanged.
 */

/** The languages the preview knows how to highlight. */
export const BUNDLE_LANGUAGES = ['yaml', 'nginx', 'fluentd', 'text', 'json', 'markdown', 'dockerfile'] as const;

export type BundleLanguage = (typeof BUNDLE_LANGUAGES)[number];

/** One file of the bundle: where it goes, its bytes, how to highlight it and which elements made it. */
export interface BundleFile {
  readonly path: string;
  readonly content: string;
  readonly language: BundleLanguage;
  /** Ids of the design elements (containers, workloads) whose settings produce this file. */
  readonly owners: readonly string[];
}

/** Props of the preview panel. */
export interface PreviewPanelProps {
  readonly files: readonly BundleFile[];
  /** The selected element; its files come to the front and the first of them is selected. */
  readonly focusOwner: string | null;
}
