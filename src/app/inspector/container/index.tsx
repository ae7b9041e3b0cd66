/**
 * The Kubernetes sections of the container inspector, under its parameters: probes, security,
 * environment, config files, mounts and the rest. They edit `container.kube` and `container.files`
 * through the core's pure edits (`core/edit/container-fields.ts`); a diagnostic shows at the field
 * its path names, or at the nearest field above it.
 */
import './kube.css';
import { EnvSection } from './EnvSection';
import { FilesSection } from './FilesSection';
import { MoreSection } from './MoreSection';
import { MountsSection } from './MountsSection';
import { ProbesSection } from './ProbesSection';
import { SecuritySection } from './SecuritySection';
import type { SectionProps } from './types';

export function KubeSections(props: SectionProps) {
  return (
    <>
      <ProbesSection {...props} />
      <SecuritySection {...props} />
      <EnvSection {...props} />
      <FilesSection {...props} />
      <MountsSection {...props} />
      <MoreSection {...props} />
    </>
  );
}
