/**
 * Registers the service worker (dist/sw.js) in production builds, so the app opens and works offline
 * after one visit. Nothing happens in `vite dev` or where service workers are unavailable.
 */

/** Starts the registration once the page has loaded; failures only disable offline use. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
