/**
 * A caching sidecar: a legacy web app on 127.0.0.1:8080 gets a Varnish cache in its pod. The Service
 * publishes Varnish's port 6081; misses, /admin and everything under /api/ go to the app.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'varnish-cache',
  title: 'A Varnish cache sidecar in front of a web app',
  summary: 'Varnish on :6081 caches a legacy app on 127.0.0.1:8080 for 5 minutes, except /admin and /api/.',
  source: 'Ch. 2, The Sidecar Pattern, applied to caching (the book has no caching example)',
  errataFixed: [
    'default.vcl is mounted with subPath at /etc/varnish/default.vcl, not over the whole /etc/varnish.',
    'The memory limit leaves room above the cache size for Varnish’s own overhead.',
  ],
  sketch: {
    name: 'varnish-cache',
    workloads: [
      {
        name: 'web',
        replicas: 2,
        containers: [
          { template: 'app-legacy-web', name: 'legacy-web' },
          {
            template: 'varnish',
            name: 'varnish',
            params: {
              listenPort: 6081,
              backendPort: 8080,
              defaultTtl: 300,
              cacheSize: 128,
              noCachePaths: ['/admin', '/api/'],
            },
            resources: { requests: { cpu: '50m', memory: '192Mi' }, limits: { memory: '256Mi' } },
          },
        ],
      },
    ],
    externals: [{ name: 'browsers', kind: 'client', address: 'http://web.example.com' }],
    links: [
      { from: 'browsers', to: 'web/varnish', kind: 'traffic' },
      { from: 'web/varnish', to: 'web/legacy-web', kind: 'traffic' },
    ],
  },
};
