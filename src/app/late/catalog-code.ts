/**
 * The catalog's code the first frame does without: templates with their build code, the analysis
 * that builds them (the canvas's port labels), the examples and the edits that read a template.
 * Fetched once, right after the first frame (`catalog.ts`).
 */
export { builtWorkload } from '../../core/analyze';
export { templateFor } from '../../core/catalog/lookup';
export { addContainer } from '../../core/edit/template-ops';
export { getExample } from '../../core/examples';
