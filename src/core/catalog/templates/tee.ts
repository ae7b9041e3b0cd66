// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const tee: TemplateDef = {
  id: 'tee',
  role: 'ambassador',
  title: 'tee',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'tee',
  params: {},
  build: () => ({ ports: [] }),
};
