/**
 * The designer's layout: top bar, palette, canvas, inspector, and the preview and problems panel.
 * The palette and canvas are in the start-up code; the inspector, preview and problems (with the
 * validation and generators they show) are fetched once the first frame is up, and take their
 * places as they arrive.
 */
import { lazy, type ReactNode, Suspense } from 'react';
import { Canvas } from './canvas';
import { PanelBoundary, type PanelBoundaryProps } from './guard/PanelBoundary';
import { Palette } from './palette';
import { SharedBar } from './share/SharedBar';
import { NoticeBar } from './shell/NoticeBar';
import { useAfterFirstPaint } from './shell/useAfterFirstPaint';
import { useShortcuts } from './shell/useShortcuts';
import { CanvasStage, WorkshopLayer } from './shell/Workshop';
import { useEditorStore } from './store';
import { TemplateEditorSlot } from './templates/EditorSlot';
import { TopBar } from './topbar';

const Inspector = lazy(() => import('./inspector').then((m) => ({ default: m.Inspector })));
const BottomPreview = lazy(() => import('./shell/BottomPreview').then((m) => ({ default: m.BottomPreview })));
const Problems = lazy(() => import('./problems').then((m) => ({ default: m.Problems })));

const inspectorSlot = <section className="inspector panel" aria-label="Inspector" id="inspector" />;
const previewSlot = <div className="preview-slot" />;
const problemsSlot = <section className="problems" aria-label="Problems" />;

/**
 * A panel fetched after the first frame: its empty slot until then, and while its code loads; it fails
 * alone behind its own boundary.
 */
function LatePanel({
  panel,
  later,
  slot,
  design,
  children,
}: {
  panel: string;
  later: boolean;
  slot: ReactNode;
  design: PanelBoundaryProps['design'];
  children: ReactNode;
}) {
  if (!later) return slot;
  return (
    <PanelBoundary panel={panel} design={design}>
      <Suspense fallback={slot}>{children}</Suspense>
    </PanelBoundary>
  );
}

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
      <LatePanel panel="Inspector" later={later} slot={inspectorSlot} design={design}>
        <Inspector />
      </LatePanel>
      <div className="app-bottom">
        <LatePanel panel="Preview" later={later} slot={previewSlot} design={design}>
          <BottomPreview />
        </LatePanel>
        <LatePanel panel="Problems" later={later} slot={problemsSlot} design={design}>
          <Problems />
        </LatePanel>
      </div>
      <NoticeBar />
      <SharedBar />
      <WorkshopLayer />
      <TemplateEditorSlot />
    </div>
  );
}
