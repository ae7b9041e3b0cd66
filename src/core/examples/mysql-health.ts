// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const mysqlHealthExample: ExampleDef = {
  name: 'mysql-health',
  title: 'mysql-health',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'mysql-health',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
