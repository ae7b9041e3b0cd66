/**
 * The benchmark's floor: what the designer's figures are measured against, built in the same Vite
 * build (only when `PODSMITH_FLOOR=1`, so the app never ships it). `?mode=canvas` draws the nodes and
 * links the bench hands in (`window.__floor`) with React Flow and the designer's own node views, and
 * nothing else: no store, no core, no panels. `?mode=monaco` shows a file in a bare Monaco editor and
 * an input whose every keystroke is one model edit, as the preview's editor receives it.
 */
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HiddenBoxes } from '../app/canvas/boxes';
import { CANVAS_MIN_ZOOM, FIT_VIEW, FullDetailContext, useLevelOfDetail } from '../app/canvas/detail';
import { EDGE_TYPES, NODE_TYPES } from '../app/canvas/nodes';
import type { CanvasNode, LinkEdge } from '../app/canvas/types';
import '../app/styles.css';

interface Floor {
  readonly nodes?: CanvasNode[];
  readonly edges?: LinkEdge[];
  /** The file the editor shows, and the text in it that the input's value replaces. */
  readonly text?: string;
  readonly field?: string;
}

const floor = ((window as unknown as { __floor?: Floor }).__floor ?? {}) as Floor;
const floorNodes = floor.nodes ?? [];
const floorEdges = floor.edges ?? [];
const root = document.getElementById('root') as HTMLElement;
const mode = new URLSearchParams(location.search).get('mode') ?? 'canvas';

/**
 * The nodes at the level of detail the zoom asks for, as the designer draws them: the canvas's own
 * views and thresholds, and nothing of the designer's state.
 */
function Nodes() {
  const { full, section, frame, drawn, hidden, className: detail } = useLevelOfDetail(floorNodes, null);
  return (
    <section
      ref={section}
      aria-label="Pod canvas"
      className={`canvas${detail}`}
      style={{ position: 'fixed', inset: 0 }}
    >
      {frame && (
        <FullDetailContext value={full}>
          <ReactFlow
            nodes={drawn}
            edges={floorEdges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onlyRenderVisibleElements
            fitView
            fitViewOptions={FIT_VIEW}
            minZoom={CANVAS_MIN_ZOOM}
          >
            <HiddenBoxes nodes={floorNodes} hidden={hidden} />
          </ReactFlow>
        </FullDetailContext>
      )}
    </section>
  );
}

function CanvasFloor() {
  return (
    <ReactFlowProvider>
      <Nodes />
    </ReactFlowProvider>
  );
}

async function monacoFloor(): Promise<void> {
  const monaco = await import('monaco-editor/editor');
  const { default: EditorWorker } = await import('monaco-editor/editor/editor.worker?worker');
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  const text = floor.text ?? '';
  const field = floor.field ?? '';
  root.innerHTML = '';
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'Floor field');
  input.value = field;
  const host = document.createElement('section');
  host.setAttribute('aria-label', 'Preview');
  host.style.height = '600px';
  root.append(input, host);
  const model = monaco.editor.createModel(text, 'yaml');
  monaco.editor.create(host, {
    model,
    readOnly: true,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
  });
  // The input's value stands where `field` stood: each keystroke replaces it with one edit.
  let at = model.getPositionAt(text.indexOf(field));
  let shown = field;
  input.addEventListener('input', () => {
    const end = model.modifyPosition(at, shown.length);
    model.applyEdits([
      { range: new monaco.Range(at.lineNumber, at.column, end.lineNumber, end.column), text: input.value },
    ]);
    shown = input.value;
    at = model.getPositionAt(model.getOffsetAt(at));
  });
}

if (mode === 'monaco') void monacoFloor();
else
  createRoot(root).render(
    <StrictMode>
      <CanvasFloor />
    </StrictMode>,
  );
