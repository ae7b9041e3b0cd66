/**
 * The pod canvas (React Flow): workloads hold their containers, externals stand beside them, links
 * are edges. Nodes come from the adapter; a drag is shown locally and committed as one edit when
 * it ends. Palette items dropped here become containers.
 */
import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  type DragEvent,
  type MouseEvent as ReactMouseEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { findContainer } from '../../core/edit/ops';
import { EXTERNAL_KINDS, type ExternalKind, type Point, ROLES, type Role } from '../../core/model/design';
import { CONTAINER_HEIGHT, CONTAINER_WIDTH } from '../../core/model/layout';
import { useCatalog } from '../late/useCatalog';
import { EXTERNAL_MIME, ROLE_MIME, TEMPLATE_MIME } from '../palette/dnd';
import { useDiagnostics } from '../shell/useDiagnostics';
import { type EditorState, selectId, useEditor, useEditorStore, useFollowing, useFollowingDesign } from '../store';
import {
  connectionEdit,
  containerLanding,
  NodeCache,
  nodeChangesToOutcome,
  problemsById,
  toEdges,
  toNodes,
  withDrag,
  workloadAt,
} from './adapter';
import { HiddenBoxes, nodeAt } from './boxes';
import { CANVAS_MIN_ZOOM, FIT_VIEW, FullDetailContext, groupOf, useLevelOfDetail } from './detail';
import { CanvasMiniMap } from './minimap';
import { EDGE_TYPES, NODE_TYPES } from './nodes';
import type { CanvasNode, LinkEdge } from './types';

/*
 * React Flow copies these props into its store whenever they are new objects, and every store
 * update runs a selector per mounted node: as constants they cost nothing when the canvas renders.
 */
/** The zoom controls' fit: React Flow's defaults, counting the nodes hidden below 20 % (detail.ts). */
const CONTROLS_FIT_VIEW = { includeHiddenNodes: true };
const EDGE_OPTIONS = { type: 'link' };

interface DragState {
  readonly id: string;
  readonly position: Point;
}

const selectFitNonce = (s: EditorState): number => s.fitNonce;

function CanvasInner() {
  const store = useEditorStore();
  const design = useFollowingDesign();
  const selection = useEditor((s) => s.selection);
  // A fit request waits for the design it fits: both follow the store in the same render.
  const fitNonce = useFollowing(selectFitNonce);
  const flow = useReactFlow<CanvasNode, LinkEdge>();
  const [cache] = useState(() => new NodeCache());
  const [drag, setDrag] = useState<DragState | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [dropOnEmpty, setDropOnEmpty] = useState(false);

  const diagnostics = useDiagnostics(design);
  const problems = useMemo(() => problemsById(diagnostics), [diagnostics]);
  // The port labels come with the catalog, right after the first frame: the nodes are drawn again then.
  const built = useCatalog()?.builtWorkload ?? null;
  const baseNodes = useMemo(
    () => toNodes(design, { selection, problems, dropTarget, built }, cache),
    [design, selection, problems, dropTarget, built, cache],
  );
  const nodes = useMemo(() => (drag ? withDrag(baseNodes, drag.id, drag.position) : baseNodes), [baseNodes, drag]);
  // Below 20 % React Flow draws only the selection's group; HiddenBoxes draws the others.
  const keep = useMemo(() => {
    const selected = baseNodes.find((n) => n.selected);
    return selected ? groupOf(selected) : null;
  }, [baseNodes]);
  const { level, full, section, frame, drawn, hidden, className: detail } = useLevelOfDetail(nodes, keep);
  const edges = useMemo(() => toEdges(design, selection), [design, selection]);

  useEffect(() => {
    if (fitNonce === 0) return;
    // Nodes the box layer draws are hidden from React Flow (FIT_VIEW counts them too).
    const id = requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, duration: 250 }));
    return () => cancelAnimationFrame(id);
  }, [fitNonce, flow]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const state = store.getState();
      let ended = false;
      for (const ch of changes) {
        if (ch.type !== 'position') continue;
        if (ch.dragging && ch.position) {
          const position = ch.position;
          setDrag({ id: ch.id, position });
          if (findContainer(state.design, ch.id))
            setDropTarget(containerLanding(state.design, ch.id, position)?.workloadId ?? null);
        } else if (ch.dragging === false) ended = true;
      }
      const outcome = nodeChangesToOutcome(state.design, changes, state.selection?.id ?? null);
      const moved = changes.find((c) => c.type === 'position');
      if (outcome.edit) state.edit(outcome.edit, moved ? `move:${moved.id}` : undefined);
      if (ended) {
        setDrag(null);
        setDropTarget(null);
      }
      if (outcome.select !== undefined) selectId(store, outcome.select);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdge>[]) => {
      const current = store.getState().selection?.id ?? null;
      for (const ch of changes) {
        if (ch.type !== 'select') continue;
        if (ch.selected) selectId(store, ch.id);
        else if (ch.id === current && !changes.some((c) => c.type === 'select' && c.selected)) selectId(store, null);
      }
    },
    [store],
  );

  // Below 20 % a click on a box drawn by HiddenBoxes lands on the pane: it selects the box's node.
  // The boxes are read through a ref, so that React Flow's pane is not given a new handler (and
  // re-rendered) at each step of a switch.
  const boxes = useRef({ nodes, hidden, keep });
  useEffect(() => {
    boxes.current = { nodes, hidden, keep };
  }, [nodes, hidden, keep]);
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const b = boxes.current;
      selectId(store, nodeAt(b.nodes, b.hidden, b.keep, at)?.id ?? null);
    },
    [flow, store],
  );

  const onConnect = useCallback(
    (conn: Connection) => {
      const state = store.getState();
      const edit = connectionEdit(state.design, conn.source, conn.target);
      if (!edit) return;
      const before = state.design;
      state.edit(edit);
      if (store.getState().design === before) state.notify('Those two are already linked.');
    },
    [store],
  );

  const pointOf = useCallback(
    (e: DragEvent): Point => flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }),
    [flow],
  );

  const onDragOver = useCallback(
    (e: DragEvent) => {
      if (e.dataTransfer.types.includes(EXTERNAL_MIME)) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        return;
      }
      if (!e.dataTransfer.types.includes(TEMPLATE_MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      const w = workloadAt(store.getState().design, pointOf(e));
      setDropTarget(w?.id ?? null);
      setDropOnEmpty(!w);
    },
    [store, pointOf],
  );

  const clearDrop = useCallback(() => {
    setDropTarget(null);
    setDropOnEmpty(false);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const templateId = e.dataTransfer.getData(TEMPLATE_MIME);
      const droppedRole = e.dataTransfer.getData(ROLE_MIME);
      const role = (ROLES as readonly string[]).includes(droppedRole) ? (droppedRole as Role) : undefined;
      const externalKind = e.dataTransfer.getData(EXTERNAL_MIME);
      clearDrop();
      if (externalKind && (EXTERNAL_KINDS as readonly string[]).includes(externalKind)) {
        e.preventDefault();
        const p = pointOf(e);
        store.getState().addExternal(externalKind as ExternalKind, { x: p.x - 100, y: p.y - 32 });
        return;
      }
      if (!templateId) return;
      e.preventDefault();
      const state = store.getState();
      const p = pointOf(e);
      const corner = { x: p.x - CONTAINER_WIDTH / 2, y: p.y - CONTAINER_HEIGHT / 2 };
      const w = workloadAt(state.design, p);
      if (w)
        state.addFromTemplate(
          templateId,
          { kind: 'workload', workloadId: w.id, at: { x: corner.x - w.layout.x, y: corner.y - w.layout.y } },
          role,
        );
      else state.addFromTemplate(templateId, { kind: 'new-pod', at: { x: p.x - 140, y: p.y - 60 } }, role);
    },
    [store, pointOf, clearDrop],
  );

  const empty = design.workloads.length === 0 && design.externals.length === 0;

  return (
    <section
      ref={section}
      tabIndex={-1}
      className={`canvas${dropOnEmpty ? ' drop-new-pod' : ''}${detail}`}
      aria-label="Pod canvas"
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) clearDrop();
      }}
      onDrop={onDrop}
    >
      {frame && (
        <FullDetailContext value={full}>
          <ReactFlow<CanvasNode, LinkEdge>
            nodes={drawn}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onPaneClick={onPaneClick}
            onInit={() => performance.mark('podsmith:canvas-ready')}
            onlyRenderVisibleElements
            fitView
            fitViewOptions={FIT_VIEW}
            minZoom={CANVAS_MIN_ZOOM}
            maxZoom={2}
            deleteKeyCode={null}
            multiSelectionKeyCode={null}
            selectionKeyCode={null}
            zoomOnDoubleClick={false}
            colorMode="system"
            defaultEdgeOptions={EDGE_OPTIONS}
          >
            <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
            <HiddenBoxes nodes={nodes} hidden={hidden} />
            <CanvasMiniMap nodes={baseNodes} />
            <Controls aria-label="Zoom controls" fitViewOptions={CONTROLS_FIT_VIEW} />
          </ReactFlow>
        </FullDetailContext>
      )}
      {/* Below 20 % the boxes are a picture (aria-hidden) and only the selected group is a node. */}
      <p className="visually-hidden" role="status">
        {level === 'min' && !empty
          ? 'Zoomed out below 20 %: containers are drawn as boxes. Zoom in with the zoom controls to reach them with Tab.'
          : ''}
      </p>
      {empty && (
        <div className="canvas-empty">
          <div>
            <strong>This design is empty</strong>
            Drag an app from the palette onto the canvas to start a pod, then add a sidecar, ambassador or adapter
            beside it. Or pick one of the Examples.
          </div>
        </div>
      )}
    </section>
  );
}

export function Canvas() {
  return (
    <ReactFlowProvider>
      <CanvasInner />
    </ReactFlowProvider>
  );
}
