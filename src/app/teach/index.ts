/**
 * Workshop mode's React components. Each takes narrow props and no store: the app shell wires them.
 * `ExamplesGallery`, `TeachingPanel`, `LessonPanel` (with `progressStore`), `ShardExplorer`,
 * `RouteExplorer` (inside a `TeachDialog`), `PresentationMode`, `ExportPicture` and the picture functions.
 */
export { ExamplesGallery } from './ExamplesGallery';
export { ExportPicture } from './ExportPicture';
export { LessonPanel } from './LessonPanel';
export { stepThrough } from './PresentationCaption';
export { PresentationMode } from './PresentationMode';
export { exportCanvasPng, exportCanvasSvg } from './picture';
export { RouteExplorer } from './RouteExplorer';
export { ShardExplorer } from './ShardExplorer';
export { browserStorage, type ProgressStore, progressStore } from './storage';
export { TeachDialog } from './TeachDialog';
export { TeachingPanel } from './TeachingPanel';
export { describeDesign, Thumbnail } from './Thumbnail';
