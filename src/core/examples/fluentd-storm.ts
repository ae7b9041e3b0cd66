// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const fluentdStormExample: ExampleDef = {
  name: 'fluentd-storm',
  title: 'fluentd-storm',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'fluentd-storm',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
