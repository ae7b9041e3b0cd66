export { ExportControl } from './ExportControl';
export { Modal } from './Modal';
export type { ExportOptions, ExportPlan } from './options';
export { applyOptions, defaultOptions, kustomizeFiles, planExport } from './options';
export { zipFiles } from './zip';
