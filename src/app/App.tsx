/**
 * The designer's layout: top bar, palette, canvas, inspector, and the preview and problems panel.
 * The palette and canvas are in the start-up code; the inspector, preview and problems (with the
 * validation and generators they show) are fetched once the first frame is up, and take their
 * places as they arrive.
 */
import { lazy, Suspense } from 'react';
import { Canvas } from './canvas';
import { PanelBoundary } from './guard/PanelBoundary';
import { Palette } from './palette';
import { SharedBar } from './share/SharedBar';
import { NoticeBar } from './shell/NoticeBar';
import { useAfterFirstPaint } from './shell/useAfterFirstPaint';
import { useShortcuts } from './shell/useShortcuts';
import { CanvasStage, WorkshopLayer } from './shell/Workshop';
import { useEditorStore } from './store';
import { TopBar } from './topbar';

const Inspector = lazy(() => import('./inspector').then((m) => ({ default: m.Inspector })));
const BottomPreview = lazy(() => import('./shell/BottomPreview').then((m) => ({ default: m.BottomPreview })));
const Problems = lazy(() => import('./problems').then((m) => ({ default: m.Problems })));

const inspectorSlot = <section className="inspector panel" aria-label="Inspector" id="inspector" />;
const previewSlot = <div className="preview-slot" />;
const problemsSlot = <section className="problems" aria-label="Problems" />;

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
          <Suspense fallback={inspectorSlot}>
            <Inspector />
          </Suspense>
        </PanelBoundary>
      ) : (
        inspectorSlot
      )}
      <div className="app-bottom">
        {later ? (
          <PanelBoundary panel="Preview" design={design}>
            <Suspense fallback={previewSlot}>
              <BottomPreview />
            </Suspense>
          </PanelBoundary>
        ) : (
          previewSlot
        )}
        {later ? (
          <PanelBoundary panel="Problems" design={design}>
            <Suspense fallback={problemsSlot}>
              <Problems />
            </Suspense>
          </PanelBoundary>
        ) : (
          problemsSlot
        )}
      </div>
      <NoticeBar />
      <SharedBar />
      <WorkshopLayer />
    </div>
  );
}
