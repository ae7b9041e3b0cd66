/**
 * Builds the Preview harness page with the app's own Vite settings (same plugins, same chunking),
 * into `.tmp/preview-dev` (ignored by git).
 */
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import base from '../../../../vite.config.ts';

export default mergeConfig(base, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../../../../.tmp/preview-dev', import.meta.url)), emptyOutDir: true },
});
