// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const logToStdoutExample: ExampleDef = {
  name: 'log-to-stdout',
  title: 'log-to-stdout',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'log-to-stdout',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
