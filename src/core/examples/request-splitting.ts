// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const requestSplitting: ExampleDef = {
  name: 'request-splitting',
  title: 'request-splitting',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'request-splitting',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
