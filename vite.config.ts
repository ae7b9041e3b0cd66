import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressedAssets } from './preview-server';
import { k8sSchemaPlugin } from './scripts/k8s-schema';
import { contentSecurityPolicy, serviceWorker } from './src/app/offline/build-plugins';

const swTemplate = readFileSync(new URL('./src/app/offline/sw-template.js', import.meta.url), 'utf8');
const publicFiles = readdirSync(new URL('./public', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    k8sSchemaPlugin(),
    contentSecurityPolicy(),
    serviceWorker(swTemplate, publicFiles),
    precompressedAssets(),
  ],
  resolve: {
    alias: [
      // monaco-yaml's worker reaches Monaco's worker entry by its pre-0.56 path.
      {
        find: /^monaco-editor\/esm\/vs\/editor\/editor\.worker(\.js)?$/,
        replacement: 'monaco-editor/editor/editor.worker',
      },
      // The YAML worker's formatter is switched off: leave Prettier out of it.
      {
        find: /^prettier\/(standalone|plugins\/yaml|plugins\/estree)$/,
        replacement: fileURLToPath(new URL('./src/app/preview/schema/prettier-stub.ts', import.meta.url)),
      },
    ],
  },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
    // The benchmark's floor page (src/floor/) is built beside the app only for the benchmark.
    ...(process.env.PODSMITH_FLOOR === '1'
      ? { rollupOptions: { input: { index: 'index.html', floor: 'floor.html' } } }
      : {}),
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
