// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const redisExporter: TemplateDef = {
  id: 'redis-exporter',
  role: 'adapter',
  title: 'redis-exporter',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'redis-exporter',
  params: {},
  build: () => ({ ports: [] }),
};
