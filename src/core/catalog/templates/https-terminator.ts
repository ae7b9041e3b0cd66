// STUB: to be written. Replace this whole file with the real template definition.
import type { TemplateDef } from '../types';

export const httpsTerminator: TemplateDef = {
  id: 'https-terminator',
  role: 'sidecar',
  title: 'https-terminator',
  summary: 'Not written yet.',
  teaching: 'Not written yet.',
  image: 'busybox:1.36',
  defaultName: 'https-terminator',
  params: {},
  build: () => ({ ports: [] }),
};
