// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const fluentdRedisSlowlog: TemplateDef = {
  id: 'fluentd-redis-slowlog',
  role: 'adapter',
  title: 'fluentd-redis-slowlog',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'fluentd-redis-slowlog',
  params: {},
  build: () => ({ ports: [] }),
};
