/** Names and labels of generated objects, in one place so that every generator agrees. */
import type { Container, Design, Workload } from '../../model/design';

export const CONFIG_HASH_ANNOTATION = 'podsmith.io/config-hash';

export const configMapName = (w: Workload, c: Container): string => `${w.name}-${c.name}`;
export const configVolumeName = (c: Container): string => `${c.name}-config`;
/** The workload's Service: named after it unless the design names it (`service.name`, kept from an import). */
export const serviceName = (w: Workload): string => w.service?.name ?? w.name;

/** The labels of a workload's pods; the selector matches exactly these. */
export function podLabels(design: Design, w: Workload): Record<string, string> {
  return { 'app.kubernetes.io/name': w.name, 'app.kubernetes.io/part-of': design.name, ...w.labels };
}
