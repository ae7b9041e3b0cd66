/** Default geometry of the canvas: containers stacked inside their workload box. */
import type { Container } from './design';

export const CONTAINER_WIDTH = 240;
export const CONTAINER_HEIGHT = 84;
export const WORKLOAD_PADDING = 20;
export const WORKLOAD_HEADER = 40;
export const CONTAINER_GAP = 16;
export const WORKLOAD_GAP = 80;

/** Places containers in one column, in order, and returns the size the workload box needs. */
export function layoutContainers(containers: readonly Container[]): {
  containers: Container[];
  width: number;
  height: number;
} {
  const placed = containers.map((c, i) => ({
    ...c,
    layout: { x: WORKLOAD_PADDING, y: WORKLOAD_HEADER + i * (CONTAINER_HEIGHT + CONTAINER_GAP) },
  }));
  const rows = Math.max(1, containers.length);
  return {
    containers: placed,
    width: CONTAINER_WIDTH + 2 * WORKLOAD_PADDING,
    height: WORKLOAD_HEADER + rows * (CONTAINER_HEIGHT + CONTAINER_GAP) - CONTAINER_GAP + WORKLOAD_PADDING,
  };
}
