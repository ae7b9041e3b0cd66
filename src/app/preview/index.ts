/**
 * The Preview panel: the generated files of a design, one tab each, in a read-only Monaco editor
 * that is loaded lazily. `<PreviewPanel files={generateBundle(design).files} focusOwner={id} />`.
 */
export { PreviewPanel } from './PreviewPanel';
export type { BundleFile, BundleLanguage, PreviewPanelProps } from './types';
export { BUNDLE_LANGUAGES } from './types';
