export { ImportControl } from './ImportControl';
export type { ImportOutcome } from './read';
export { importFile, MAX_IMPORT_BYTES } from './read';
