/**
 * The shadow-traffic variant of Ch. 3's experiment: an nginx ambassador sends each of the app's
 * requests to production, which answers, and mirrors a copy to the next version, whose answers are dropped.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'tee',
  title: 'Shadow traffic with a tee ambassador',
  summary: 'An app calls localhost:80; nginx answers from production and mirrors each request to a shadow.',
  source: 'Ch. 3, Ambassadors: Using an Ambassador to Do Experimentation or Request Splitting (shadow traffic)',
  errataFixed: [
    'nginx.conf is mounted with subPath at /etc/nginx/nginx.conf, not over the whole /etc/nginx.',
    'The pid file is /tmp/nginx.pid instead of a relative path under the read-only config mount.',
  ],
  sketch: {
    name: 'tee',
    workloads: [
      {
        name: 'frontend',
        replicas: 2,
        containers: [
          { template: 'app-node', name: 'frontend', params: { connectsTo: ['localhost:80'] } },
          {
            template: 'tee',
            name: 'tee',
            params: {
              listenPort: 80,
              productionHost: 'production',
              productionPort: 3000,
              shadowHost: 'shadow',
              shadowPort: 3000,
            },
          },
        ],
      },
      { name: 'production', replicas: 3, containers: [{ template: 'app-node', name: 'web' }] },
      { name: 'shadow', replicas: 1, containers: [{ template: 'app-node', name: 'web' }] },
    ],
    links: [
      { from: 'frontend/frontend', to: 'frontend/tee', kind: 'traffic' },
      { from: 'frontend/tee', to: 'production', kind: 'traffic' },
      { from: 'frontend/tee', to: 'shadow', kind: 'traffic' },
    ],
  },
};
