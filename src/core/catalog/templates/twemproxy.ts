// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const twemproxy: TemplateDef = {
  id: 'twemproxy',
  role: 'ambassador',
  title: 'twemproxy',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'twemproxy',
  params: {},
  build: () => ({ ports: [] }),
};
