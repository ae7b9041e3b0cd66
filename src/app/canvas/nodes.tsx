/**
 * Node and edge views. Each is memoised: React Flow re-renders one only when its node object changes
 * or the level of detail (`useFullDetail`) crosses 45 % zoom. Zoomed out, a node is a box with its
 * name, which CSS hides further out: a few elements each instead of twenty, so the hundreds that
 * come into view on a pan or zoom mount, lay out and paint within a frame.
 */
import {
  BaseEdge,
  EdgeLabelRenderer,
  type EdgeProps,
  getBezierPath,
  Handle,
  type NodeProps,
  Position,
} from '@xyflow/react';
import { memo } from 'react';
import type { Severity } from '../../core';
import { ExternalIcon, RoleIcon } from '../icons';
import { useFullDetail } from './detail';
import { HANDLES } from './handles';
import type { ContainerNode, ExternalNode, LinkEdge, WorkloadNode } from './types';

function InHandles() {
  return (
    <>
      <Handle type="target" id={HANDLES.left} position={Position.Left} />
      <Handle type="target" id={HANDLES.top} position={Position.Top} />
    </>
  );
}

/**
 * Zoomed out, stand-ins for the four handles: plain grid items at the handles' places, which React
 * Flow measures like real handles when a node comes into view (so links stay attached), but which
 * subscribe to nothing, paint nothing and, not being positioned, add no paint layer.
 */
function HandleMarks() {
  return (
    <>
      <i className="handle-mark mark-left target" data-handleid={HANDLES.left} data-handlepos="left" />
      <i className="handle-mark mark-top target" data-handleid={HANDLES.top} data-handlepos="top" />
      <i className="handle-mark mark-right source" data-handleid={HANDLES.right} data-handlepos="right" />
      <i className="handle-mark mark-bottom source" data-handleid={HANDLES.bottom} data-handlepos="bottom" />
    </>
  );
}

/**
 * A node zoomed out: a box with handle stand-ins and its name, which the canvas's `lod-min` class
 * hides, so crossing 20 % zoom restyles the boxes and re-renders none. Called as a function, so the
 * node's root stays the same element when the level of detail changes.
 */
function plainBox(className: string, nameClass: string, name: string) {
  return (
    <div className={className}>
      <HandleMarks />
      <div className={`${nameClass} lod-name`}>{name}</div>
    </div>
  );
}

/** The dot in a node's head that says it has errors or warnings. */
function ProblemDot({ problem }: { problem: Severity }) {
  return <span className={`problem-dot ${problem}`} title={`Has ${problem}s`} />;
}

function OutHandles() {
  return (
    <>
      <Handle type="source" id={HANDLES.right} position={Position.Right} />
      <Handle type="source" id={HANDLES.bottom} position={Position.Bottom} />
    </>
  );
}

export const WorkloadView = memo(function WorkloadView({ data }: NodeProps<WorkloadNode>) {
  const w = data.workload;
  const full = useFullDetail();
  const cls = ['wnode', data.dropTarget ? 'drop-target' : '', data.problem === 'error' ? 'has-error' : '']
    .filter(Boolean)
    .join(' ');
  if (!full) return plainBox(cls, 'wnode-name', w.name);
  return (
    <div className={cls}>
      <InHandles />
      <div className="wnode-head">
        <span className="kind-badge">{w.kind}</span>
        <span className="wnode-name">{w.name}</span>
        {data.problem && <ProblemDot problem={data.problem} />}
        {w.kind !== 'Pod' && <span className="wnode-replicas">×{w.replicas}</span>}
      </div>
      {w.containers.length === 0 && <div className="wnode-empty">Drop containers here</div>}
      <OutHandles />
    </div>
  );
});

export const ContainerView = memo(function ContainerView({ data }: NodeProps<ContainerNode>) {
  const c = data.container;
  const full = useFullDetail();
  const cls = ['cnode', `role-${data.role}`, data.problem === 'error' ? 'has-error' : ''].filter(Boolean).join(' ');
  if (!full) return plainBox(cls, 'cnode-name', c.name);
  return (
    <div className={cls}>
      <InHandles />
      <div className="cnode-head">
        <RoleIcon role={data.role} />
        <span className="cnode-name">{c.name}</span>
        {data.problem && <ProblemDot problem={data.problem} />}
        <span className="cnode-role">{data.role}</span>
      </div>
      <div className="cnode-image" title={c.image}>
        {c.image}
      </div>
      <div className="cnode-ports">
        {data.ports.slice(0, 3).map((p) => (
          <span key={p} className="port-chip">
            :{p}
          </span>
        ))}
        {data.ports.length > 3 && <span className="port-chip">+{data.ports.length - 3}</span>}
      </div>
      <OutHandles />
    </div>
  );
});

export const ExternalView = memo(function ExternalView({ data }: NodeProps<ExternalNode>) {
  const e = data.external;
  const full = useFullDetail();
  if (!full) return plainBox('enode', 'enode-name', e.name);
  return (
    <div className="enode">
      <InHandles />
      <span className="enode-icon">
        <ExternalIcon kind={e.kind} />
      </span>
      <span className="enode-name">{e.name}</span>
      <span className="enode-address" title={e.address}>
        {e.address || e.kind}
      </span>
      <OutHandles />
    </div>
  );
});

export const LinkView = memo(function LinkView(props: EdgeProps<LinkEdge>) {
  const [path, labelX, labelY] = getBezierPath(props);
  const label = props.data?.label;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} interactionWidth={16} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label nodrag nopan${props.data?.highlighted ? ' is-highlighted' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const NODE_TYPES = { workload: WorkloadView, container: ContainerView, external: ExternalView };
export const EDGE_TYPES = { link: LinkView };
