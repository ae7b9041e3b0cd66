import { readdirSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompressedAssets } from './preview-server';
import { contentSecurityPolicy, serviceWorker } from './src/app/offline/build-plugins';

const swTemplate = readFileSync(new URL('./src/app/offline/sw-template.js', import.meta.url), 'utf8');
const publicFiles = readdirSync(new URL('./public', import.meta.url));

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker(swTemplate, publicFiles), precompressedAssets()],
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
