/**
 * `vite preview` (what `npm start` serves) compresses every response on the fly, on the same CPU the
 * browser needs to start the app. This plugin gzips the built assets once, when the preview server
 * starts, and serves those bytes from memory: hashed file names never change content, so they are
 * cached for good. Anything it does not hold (index.html, sw.js, a file built later) is left to Vite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Asset {
  readonly type: string;
  readonly raw: Buffer;
  /** Null when gzip would not make the file smaller (fonts, images). */
  readonly gzip: Buffer | null;
}

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.ttf']);

/** Every file under `dir/assets`, keyed by its URL path, with its gzip form. */
function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  let names: string[];
  try {
    names = readdirSync(join(dir, 'assets'));
  } catch {
    return assets;
  }
  for (const name of names) {
    const ext = extname(name);
    const type = TYPES[ext];
    if (!type) continue;
    const raw = readFileSync(join(dir, 'assets', name));
    const packed = COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }) : null;
    assets.set(`/assets/${name}`, { type, raw, gzip: packed && packed.length < raw.length ? packed : null });
  }
  return assets;
}

/** Serves the build's hashed assets precompressed and cacheable in `vite preview`. */
export function precompressedAssets(): Plugin {
  return {
    name: 'podsmith-precompressed-assets',
    configurePreviewServer(server) {
      const assets = loadAssets(resolve(server.config.root, server.config.build.outDir));
      server.middlewares.use((req, res, next) => {
        const asset =
          req.method === 'GET' || req.method === 'HEAD' ? assets.get((req.url ?? '').split('?')[0] ?? '') : undefined;
        if (!asset) return next();
        const gzip = asset.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const body = gzip && asset.gzip ? asset.gzip : asset.raw;
        res.setHeader('Content-Type', asset.type);
        res.setHeader('Content-Length', body.length);
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        res.setHeader('Vary', 'Accept-Encoding');
        if (gzip) res.setHeader('Content-Encoding', 'gzip');
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
