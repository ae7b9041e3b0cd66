// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const teeExample: ExampleDef = {
  name: 'tee',
  title: 'tee',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({ name: 'tee', workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }] }),
};
