/** The book's single-node examples as ready-made designs. The first one a new user sees is sharded-redis. */

import { fluentdRedisSlowlogExample } from './fluentd-redis-slowlog';
import { fluentdStormExample } from './fluentd-storm';
import { gitSyncPaas } from './git-sync-paas';
import { httpsSidecar } from './https-sidecar';
import { logToStdoutExample } from './log-to-stdout';
import { mysqlHealthExample } from './mysql-health';
import { redisExporterExample } from './redis-exporter';
import { requestSplitting } from './request-splitting';
import { serviceBrokerExample } from './service-broker';
import { shardedRedis } from './sharded-redis';
import { teeExample } from './tee';
import { topzExample } from './topz';
import type { ExampleDef } from './types';

/** Every example, gallery order. */
export const EXAMPLES: readonly ExampleDef[] = [
  shardedRedis,
  httpsSidecar,
  gitSyncPaas,
  topzExample,
  serviceBrokerExample,
  requestSplitting,
  teeExample,
  redisExporterExample,
  fluentdRedisSlowlogExample,
  fluentdStormExample,
  logToStdoutExample,
  mysqlHealthExample,
];

/** The example a new user sees first. */
export const FIRST_EXAMPLE = 'sharded-redis';

export function getExample(name: string): ExampleDef | undefined {
  return EXAMPLES.find((e) => e.name === name);
}

export type { ExampleDef } from './types';
