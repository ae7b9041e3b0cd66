// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const fluentdStorm: TemplateDef = {
  id: 'fluentd-storm',
  role: 'adapter',
  title: 'fluentd-storm',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'fluentd-storm',
  params: {},
  build: () => ({ ports: [] }),
};
