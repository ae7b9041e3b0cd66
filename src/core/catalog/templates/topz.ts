// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const topz: TemplateDef = {
  id: 'topz',
  role: 'sidecar',
  title: 'topz',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'topz',
  params: {},
  build: () => ({ ports: [] }),
};
