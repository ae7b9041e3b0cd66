// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const mysqlHealth: TemplateDef = {
  id: 'mysql-health',
  role: 'adapter',
  title: 'mysql-health',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'mysql-health',
  params: {},
  build: () => ({ ports: [] }),
};
