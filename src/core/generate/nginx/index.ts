/**
 * nginx config generation: a typed tree (`ast.ts`), a renderer that quotes every value the way nginx's
 * lexer reads it back (`quote.ts`, `render.ts`), the shared main context (`base.ts`), and one config
 * builder per template (HTTPS terminator, request splitter, tee, service broker).
 */
export type { BlockName, DirectiveName, NginxBlock, NginxComment, NginxDirective, NginxNode } from './ast';
export { block, comment, directive, noted } from './ast';
export { httpPreamble, mainContext, NGINX_CONF_PATH, NGINX_IMAGE } from './base';
export { httpsTerminatorConfig, TLS_DIR, TLS_PROTOCOLS, tlsProtocols } from './https-terminator';
export { isBareToken, quoteToken } from './quote';
export { renderNginx } from './render';
export type { SplitterServer, Stickiness } from './request-splitter';
export {
  headerVariable,
  requestSplitterConfig,
  SPLIT_UPSTREAM,
  STICKINESS,
  splitterUpstreams,
  stickinessOf,
} from './request-splitter';
export type { BrokerEnvironment } from './service-broker';
export { brokerEnvironments, chosenEnvironment, serviceBrokerConfig } from './service-broker';
export { SHADOW_LOCATION, teeConfig, teeTargets } from './tee';
