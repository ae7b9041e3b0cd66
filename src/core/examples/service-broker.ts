// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const serviceBrokerExample: ExampleDef = {
  name: 'service-broker',
  title: 'service-broker',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'service-broker',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
