/**
 * The pattern catalog: every container template, one folder each under `templates/`.
 * To add a template: make `templates/ID/` (see src/core/CONTEXT.md) and list it here, one line.
 */
import type { Role } from '../model/design';
import { appTemplates } from './templates/app-presets';
import { fluentdRedisSlowlog } from './templates/fluentd-redis-slowlog';
import { fluentdStorm } from './templates/fluentd-storm';
import { gitSync } from './templates/git-sync';
import { haproxy } from './templates/haproxy';
import { httpsTerminator } from './templates/https-terminator';
import { logToStdout } from './templates/log-to-stdout';
import { mysqlHealth } from './templates/mysql-health';
import { mysqldExporter } from './templates/mysqld-exporter';
import { redisExporter } from './templates/redis-exporter';
import { requestSplitter } from './templates/request-splitter';
import { serviceBroker } from './templates/service-broker';
import { tee } from './templates/tee';
import { topz } from './templates/topz';
import { twemproxy } from './templates/twemproxy';
import { varnish } from './templates/varnish';
import type { TemplateDef } from './types';

/** Every template, in palette order (by role, then as listed). */
export const TEMPLATES: readonly TemplateDef[] = [
  ...appTemplates,
  httpsTerminator,
  gitSync,
  varnish,
  topz,
  twemproxy,
  requestSplitter,
  tee,
  serviceBroker,
  haproxy,
  redisExporter,
  mysqldExporter,
  fluentdRedisSlowlog,
  fluentdStorm,
  logToStdout,
  mysqlHealth,
];

const byId = new Map(TEMPLATES.map((t) => [t.id, t]));

/**
 * The built-in template with this id, or undefined. A design may also carry user templates: look
 * those up with `templateFor(design, id)` (`lookup.ts`).
 */
export function getTemplate(id: string): TemplateDef | undefined {
  return byId.get(id);
}

/** Templates of one role, in palette order. */
export function templatesOf(role: Role): readonly TemplateDef[] {
  return TEMPLATES.filter((t) => t.role === role);
}

export { type ParamEntry, paramEntries, resolveParams } from './params';
/** The fallback recogniser: a container no template claims imports as an app preset or the generic app. */
export { recogniseApp } from './templates/app-presets/recognise';
export type * from './types';
