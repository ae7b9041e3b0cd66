/**
 * Ch. 2's first sidecar: a legacy web service that only speaks HTTP gets HTTPS from an nginx sidecar.
 * The app listens on 127.0.0.1:8080, so plain HTTP never leaves the pod; the Service publishes 443.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'https-sidecar',
  title: 'HTTPS for a legacy web service with an nginx sidecar',
  summary: 'A legacy app on 127.0.0.1:8080 gets HTTPS on port 443 from an nginx sidecar in its pod.',
  source: 'Ch. 2, The Sidecar Pattern: An Example Sidecar: Adding HTTPS to a Legacy Service',
  errataFixed: [
    'nginx.conf is mounted with subPath at /etc/nginx/nginx.conf, not over the whole /etc/nginx (which hides the image’s mime.types and defaults).',
    'nginx writes its pid and temporary files under /tmp, so a read-only config mount does not stop it.',
    'TLS is switched on with "listen 443 ssl" (the old "ssl on" is gone from nginx 1.25).',
  ],
  sketch: {
    name: 'https-sidecar',
    workloads: [
      {
        name: 'legacy-web',
        replicas: 2,
        containers: [
          { template: 'app-legacy-web', name: 'legacy-web' },
          {
            template: 'https-terminator',
            name: 'https',
            params: {
              tlsPort: 443,
              legacyPort: 8080,
              certSecret: 'legacy-web-tls',
              serverName: 'legacy.example.com',
              protocols: ['TLSv1.2', 'TLSv1.3'],
            },
          },
        ],
      },
    ],
    externals: [{ name: 'browsers', kind: 'client', address: 'https://legacy.example.com' }],
    links: [
      { from: 'browsers', to: 'legacy-web/https', kind: 'traffic' },
      { from: 'legacy-web/https', to: 'legacy-web/legacy-web', kind: 'traffic' },
    ],
  },
};
