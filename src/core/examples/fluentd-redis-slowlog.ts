// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const fluentdRedisSlowlogExample: ExampleDef = {
  name: 'fluentd-redis-slowlog',
  title: 'fluentd-redis-slowlog',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'fluentd-redis-slowlog',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
