// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const redisExporterExample: ExampleDef = {
  name: 'redis-exporter',
  title: 'redis-exporter',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'redis-exporter',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
