// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const httpsSidecar: ExampleDef = {
  name: 'https-sidecar',
  title: 'https-sidecar',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'https-sidecar',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
