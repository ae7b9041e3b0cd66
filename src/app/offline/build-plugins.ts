/**
 * Build-time pieces of the offline and injection hardening, used by vite.config.ts:
 * - `contentSecurityPolicy()` adds the CSP meta tag to the built index.html (not in `vite dev`, whose
 *   React refresh preamble is an inline script);
 * - `serviceWorker()` emits `sw.js` from `sw-template.js` with the list of every built file, so the
 *   app shell and Monaco's chunks are cached on install.
 */
import type { Plugin } from 'vite';

/** No inline or remote script; styles may be inline (Monaco and React Flow set them); workers from this origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the Content-Security-Policy meta tag to the production index.html. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'podsmith-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** A short, stable hash of a text (FNV-1a, 32 bits), to name the cache of one build. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * Emits `sw.js`: the template with `self.__PODSMITH_ASSETS__` and `self.__PODSMITH_VERSION__`
 * replaced by the built files and a hash of their names.
 */
export function serviceWorker(template: string, publicFiles: readonly string[]): Plugin {
  return {
    name: 'podsmith-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['/', '/index.html', ...publicFiles.map((f) => `/${f}`), ...Object.keys(bundle).map((f) => `/${f}`)]
        .filter((f) => f !== '/sw.js')
        .sort();
      const unique = [...new Set(files)];
      const source = template
        .replace('self.__PODSMITH_ASSETS__', JSON.stringify(unique))
        .replace('self.__PODSMITH_VERSION__', JSON.stringify(hash(unique.join('\n'))));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
