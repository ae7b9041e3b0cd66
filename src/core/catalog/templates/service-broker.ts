// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const serviceBroker: TemplateDef = {
  id: 'service-broker',
  role: 'ambassador',
  title: 'service-broker',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'service-broker',
  params: {},
  build: () => ({ ports: [] }),
};
