// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const topzExample: ExampleDef = {
  name: 'topz',
  title: 'topz',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({ name: 'topz', workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }] }),
};
