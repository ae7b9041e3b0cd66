/** What every Kubernetes section of the container inspector receives. */
import type { Container, Design, Workload } from '../../../core';
import type { FieldErrors } from '../errors';

export interface SectionProps {
  readonly design: Design;
  readonly workload: Workload;
  readonly container: Container;
  /** The container's diagnostics by field. */
  readonly errors: FieldErrors;
  /** Applies a pure edit through the store; edits with the same coalesce key in a row are one undo step. */
  readonly edit: (op: (design: Design) => Design, coalesce?: string) => void;
}
