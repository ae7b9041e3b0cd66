/**
 * The request splitter's parameters: one spec, read typed (`RequestSplitterParams`) by the template
 * and its nginx.conf. A default is written here and nowhere else.
 */

import { upstreamsParam } from '../../shared/upstreams';
import type { ParamSpecs, ParamsOf, StringRule } from '../../types';

export const STICKINESS = ['ip_hash', 'header', 'none'] as const;
export type Stickiness = (typeof STICKINESS)[number];

/** A header name nginx exposes as `$http_…`: letters, digits and `-` (nginx drops headers with `_`). */
const HEADER_NAME: StringRule = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9-]*$/,
  message: 'an HTTP header name of letters, digits and "-", e.g. x-user-id (nginx ignores headers with "_")',
};

/** The request splitter's parameter specs, in form order. */
export const REQUEST_SPLITTER_PARAMS = {
  listenPort: {
    kind: 'int',
    title: 'Listen port',
    doc: 'Port the app sends its requests to (localhost:PORT).',
    default: 80,
    min: 1,
    max: 65535,
  },
  upstreams: upstreamsParam('Where requests go; each gets a share of clients in proportion to its weight.', 1000),
  stickiness: {
    kind: 'enum',
    title: 'Stickiness',
    doc: 'What keeps a client on one upstream: its address, a request header, or nothing.',
    default: 'ip_hash',
    options: STICKINESS,
    optionLabels: ['Client address (ip_hash)', 'Request header (hash)', 'None (weighted round robin)'],
  },
  stickyHeader: {
    kind: 'string',
    title: 'Sticky header',
    doc: 'Header whose value picks the upstream when stickiness is "header", e.g. x-user-id.',
    default: 'x-user-id',
    rule: HEADER_NAME,
    maxLength: 128,
    placeholder: 'x-user-id',
  },
} as const satisfies ParamSpecs;

/** The template's parameter values, typed from its spec, with every default applied. */
export type RequestSplitterParams = ParamsOf<typeof REQUEST_SPLITTER_PARAMS>;
