// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const gitSync: TemplateDef = {
  id: 'git-sync',
  role: 'sidecar',
  title: 'git-sync',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'git-sync',
  params: {},
  build: () => ({ ports: [] }),
};
