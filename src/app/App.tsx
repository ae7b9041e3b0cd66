/** The designer's layout: top bar, palette, canvas, inspector, and the preview and problems panel. */
import { Canvas } from './canvas';
import { Inspector } from './inspector';
import { Palette } from './palette';
import { Problems } from './problems';
import { SharedBar } from './share';
import { BottomPreview } from './shell/BottomPreview';
import { NoticeBar } from './shell/NoticeBar';
import { useAfterFirstPaint } from './shell/useAfterFirstPaint';
import { useShortcuts } from './shell/useShortcuts';
import { CanvasStage, WorkshopLayer } from './shell/Workshop';
import { TopBar } from './topbar';

export function App() {
  useShortcuts();
  // The palette and canvas come first; the panels that follow the selection render a frame later.
  const later = useAfterFirstPaint();
  return (
    <div className="app">
      <a className="skip-link" href="#inspector">
        Skip to inspector
      </a>
      <TopBar />
      <Palette />
      <CanvasStage>
        <Canvas />
      </CanvasStage>
      {later ? <Inspector /> : <section className="inspector panel" aria-label="Inspector" id="inspector" />}
      <div className="app-bottom">
        {later ? <BottomPreview /> : <div className="preview-slot" />}
        {later ? <Problems /> : <section className="problems" aria-label="Problems" />}
      </div>
      <NoticeBar />
      <SharedBar />
      <WorkshopLayer />
    </div>
  );
}
