/**
 * The nginx config writer: a typed tree (`ast.ts`), a renderer that quotes every value the way nginx's
 * lexer reads it back (`quote.ts`, `render.ts`) and the main context every config shares (`base.ts`).
 * It knows no template: each nginx template builds its tree in its own folder.
 */
export type { BlockName, DirectiveName, NginxBlock, NginxComment, NginxDirective, NginxNode } from './ast';
export { block, comment, directive, noted } from './ast';
export { httpPreamble, mainContext, NGINX_CONF_PATH, NGINX_IMAGE } from './base';
export { isBareToken, quoteToken } from './quote';
export { renderNginx } from './render';
