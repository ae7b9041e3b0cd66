/*
 * Podsmith's service worker (built into dist/sw.js with the list of every built file). On install it
 * caches the app shell and every asset, Monaco's chunks and workers included, so the app opens and
 * works with no network. Pages are fetched network first (a new build is picked up when online) and
 * fall back to the cached shell; built assets, whose names carry a content hash, come from the cache.
 * Only GET requests to this origin are handled.
 */
const ASSETS = ["/","/assets/BottomPreview-sWOBMYYo.js","/assets/BottomPreview-xAbF-WoL.css","/assets/TemplateEditor-C6_9VfYH.css","/assets/TemplateEditor-gk8SBi1u.js","/assets/WorkshopPanels-Cv59xaUV.js","/assets/analyze-DxwSXXGg.js","/assets/catalog-CiN7DqKB.js","/assets/codicon-DF1abBS2.ttf","/assets/context-BimSkM_Q.js","/assets/copy-text-BeYLgo0Z.js","/assets/dagre.esm-eFCkhxel.js","/assets/derive-BZjPGr0o.js","/assets/describe-BPnRPYnb.js","/assets/design-BmA3Cyn7.js","/assets/dockerfile-DZFCIeNp.js","/assets/editor.worker-CRz__AKW.js","/assets/emit-BSIdACtw.js","/assets/explain-C9nesPB2.js","/assets/explain-CfUd1zjB.js","/assets/explain-CqRyQL4X.js","/assets/file-QhISsOPB.js","/assets/fluentd-explain-bKOVTKnM.js","/assets/index-CKxu0L2q.css","/assets/index-D99soktX.js","/assets/inspector-DVol2u-K.css","/assets/inspector-HjrwfyYA.js","/assets/jsx-runtime-C3cWAN_r.js","/assets/kube-5_kj2jDD.js","/assets/layout-D4Fh3rxC.js","/assets/lesson-progress-CND-TKB0.js","/assets/link-By4yVl7a.js","/assets/lookup-CMUbO77p.js","/assets/markdown-Cimd5fb3.js","/assets/monaco-editor-view-BWrlMeyo.js","/assets/monaco-editor-view-CAZiGiaZ.css","/assets/names-DDDGN-pa.js","/assets/nginx-explain-BFZcFqBs.js","/assets/ops-2On8yMis.js","/assets/preload-helper-7y9sWmk5.js","/assets/problems-BxxHHZvT.js","/assets/queries-B7XPtoOK.js","/assets/read-BBlezokI.js","/assets/render-9uwEtzYn.js","/assets/restore-CN-TFiDM.js","/assets/restore-DhbCMO51.js","/assets/rolldown-runtime-XKyaHtl9.js","/assets/saved-BFFFG0L3.js","/assets/text-CFtv6EC_.js","/assets/tools-D6asfWf-.js","/assets/user-template-Dy-p-GxV.js","/assets/validate-2D4jsyxd.js","/assets/workload-BabyWUSj.js","/assets/yaml-CIkRsaOB.js","/favicon.svg","/index.html"];
const CACHE = `podsmith-${"7yqgm4"}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('podsmith-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put('/index.html', response.clone());
      return response;
    }
    return (await cache.match('/index.html', { ignoreVary: true })) ?? response;
  } catch (error) {
    const cached =
      (await cache.match('/index.html', { ignoreVary: true })) ?? (await cache.match('/', { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});
