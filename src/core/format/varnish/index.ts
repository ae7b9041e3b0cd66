/** The VCL writer: a typed tree of a VCL 4.1 program, string literals that need no escapes, a renderer. */
export { lexVcl, readVcl, type VclStatementRead, type VclToken, vclLines } from './read';
export { renderVcl } from './render';
export { vclLiteral, vclString } from './string';
export * from './tree';
