// STUB: to be written. Replace this whole file with the real example design.
import { sketchDesign } from '../model/sketch';
import type { ExampleDef } from './types';

export const gitSyncPaas: ExampleDef = {
  name: 'git-sync-paas',
  title: 'git-sync-paas',
  summary: 'Not written yet.',
  source: '',
  errataFixed: [],
  design: sketchDesign({
    name: 'git-sync-paas',
    workloads: [{ name: 'app', containers: [{ template: 'app-generic' }] }],
  }),
};
