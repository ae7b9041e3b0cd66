/** Node and edge types of the canvas. Only `src/app/canvas` knows React Flow. */
import type { Edge, Node } from '@xyflow/react';
import type { Container, External, LinkKind, Role, Severity, Workload } from '../../core';

export interface WorkloadData extends Record<string, unknown> {
  readonly workload: Workload;
  readonly problem: Severity | null;
  /** A container being dragged would land in this workload. */
  readonly dropTarget: boolean;
}

export interface ContainerData extends Record<string, unknown> {
  readonly container: Container;
  readonly role: Role;
  /** `6379 redis`, one per port the container opens. */
  readonly ports: readonly string[];
  readonly problem: Severity | null;
}

export interface ExternalData extends Record<string, unknown> {
  readonly external: External;
  readonly problem: Severity | null;
}

export interface LinkData extends Record<string, unknown> {
  readonly kind: LinkKind;
  /** `3 · 60%` for weighted links, else undefined. */
  readonly label?: string;
  /** The link touches the selected element. */
  readonly highlighted: boolean;
}

export type WorkloadNode = Node<WorkloadData, 'workload'>;
export type ContainerNode = Node<ContainerData, 'container'>;
export type ExternalNode = Node<ExternalData, 'external'>;
export type CanvasNode = WorkloadNode | ContainerNode | ExternalNode;
export type LinkEdge = Edge<LinkData, 'link'>;
