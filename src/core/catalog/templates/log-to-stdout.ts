// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const logToStdout: TemplateDef = {
  id: 'log-to-stdout',
  role: 'adapter',
  title: 'log-to-stdout',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'log-to-stdout',
  params: {},
  build: () => ({ ports: [] }),
};
