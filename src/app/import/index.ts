export { ImportControl } from './ImportControl';
export type { ImportOutcome } from './read';
export { importFile, importText, MAX_IMPORT_BYTES } from './read';
