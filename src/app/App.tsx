/** The designer's layout: top bar, palette, canvas, inspector, and the preview and problems panel. */
import { Canvas } from './canvas';
import { PanelBoundary } from './guard/PanelBoundary';
import { Inspector } from './inspector';
import { Palette } from './palette';
import { Problems } from './problems';
import { SharedBar } from './share';
import { BottomPreview } from './shell/BottomPreview';
import { NoticeBar } from './shell/NoticeBar';
import { useAfterFirstPaint } from './shell/useAfterFirstPaint';
import { useShortcuts } from './shell/useShortcuts';
import { CanvasStage, WorkshopLayer } from './shell/Workshop';
import { useEditorStore } from './store';
import { TopBar } from './topbar';

export function App() {
  useShortcuts();
  // The palette and canvas come first; the panels that follow the selection render a frame later.
  const later = useAfterFirstPaint();
  const store = useEditorStore();
  // Each panel fails alone: the others stay usable and the design can be downloaded.
  const design = () => store.getState().design;
  return (
    <div className="app">
      <a className="skip-link" href="#inspector">
        Skip to inspector
      </a>
      <TopBar />
      <Palette />
      <CanvasStage>
        <PanelBoundary panel="Canvas" design={design}>
          <Canvas />
        </PanelBoundary>
      </CanvasStage>
      {later ? (
        <PanelBoundary panel="Inspector" design={design}>
          <Inspector />
        </PanelBoundary>
      ) : (
        <section className="inspector panel" aria-label="Inspector" id="inspector" />
      )}
      <div className="app-bottom">
        {later ? (
          <PanelBoundary panel="Preview" design={design}>
            <BottomPreview />
          </PanelBoundary>
        ) : (
          <div className="preview-slot" />
        )}
        {later ? (
          <PanelBoundary panel="Problems" design={design}>
            <Problems />
          </PanelBoundary>
        ) : (
          <section className="problems" aria-label="Problems" />
        )}
      </div>
      <NoticeBar />
      <SharedBar />
      <WorkshopLayer />
    </div>
  );
}
