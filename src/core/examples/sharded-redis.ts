// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const shardedRedis: ExampleDef = {
  name: 'sharded-redis',
  title: 'sharded-redis',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'sharded-redis',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
