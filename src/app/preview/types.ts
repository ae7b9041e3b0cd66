/** The preview shows the core's bundle files as they are: the file shape and its languages are the core's. */
import type { BundleFile, FileLanguage } from '../../core/contracts/files';
import type { TextEditing } from './edit/useTextEdit';

export { FILE_LANGUAGES as BUNDLE_LANGUAGES } from '../../core/contracts/files';
export type { BundleFile };
export type BundleLanguage = FileLanguage;

/** Props of the preview panel. */
export interface PreviewPanelProps {
  readonly files: readonly BundleFile[];
  /** The selected element; its files come to the front and the first of them is selected. */
  readonly focusOwner: string | null;
  /** Edit mode (the Edit toggle and typing); without it the preview is read-only. */
  readonly edit?: TextEditing;
}
