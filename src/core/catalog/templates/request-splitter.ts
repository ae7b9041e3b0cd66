// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const requestSplitter: TemplateDef = {
  id: 'request-splitter',
  role: 'ambassador',
  title: 'request-splitter',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'request-splitter',
  params: {},
  build: () => ({ ports: [] }),
};
