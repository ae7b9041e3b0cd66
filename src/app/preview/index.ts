/**
 * The Preview panel: the generated files of a design, one tab each, in a read-only Monaco editor
 * that is loaded lazily (its own chunk; a plain `<pre>` shows the text until it arrives).
 *
 *     <PreviewPanel files={generateBundle(design).files} focusOwner={selectedContainerId} />
 *
 * With an `edit` (from `edit/useTextEdit.ts`), the panel has an Edit toggle: the files that hold the design
 * become writable, typed text is read back into the design (applied at once when it regenerates as typed,
 * otherwise kept as a draft with its problems as markers, owner `podsmith-text`, or its notices beside the
 * editor with Apply anyway and Discard).
 *
 * The panel fills its parent (give the parent a height). For tests and benchmarks:
 * - region `Preview`; tablist `Generated files` with one tab per path; textbox `Filter files`;
 *   button `Copy file`;
 * - `data-testid="preview-text"` always holds the selected file's full text (visible until the
 *   editor is up, then `display: none`: read it with `textContent`/`innerText`/`toHaveText`);
 * - performance marks `preview-editor-load-start`, `preview-editor-loaded`, `preview-editor-ready`
 *   and a measure `preview-sync` around each model update.
 *
 * Files: `PreviewPanel.tsx` (state, layout), `FileTabs.tsx` (tablist), `file-order.ts` (order,
 * filter), `editor-view.ts` (lazy loading contract), `monaco-*.ts(x)` (the lazy chunk),
 * `text-diff.ts` (line edits), `languages/` (Monarch tokenizers), `schema/` (monaco-yaml and the
 * Kubernetes schema made at build time by `scripts/k8s-schema.ts`), `completion/` (directives of
 * the config files), `markers.ts` and `diagnostics-context.ts` (the design's diagnostics as
 * markers on the lines they concern), `edit/` (Edit mode), `dev/` (a harness page).
 */
export { PreviewPanel } from './PreviewPanel';
export type { BundleFile, BundleLanguage, PreviewPanelProps } from './types';
export { BUNDLE_LANGUAGES } from './types';
