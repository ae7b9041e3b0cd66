/**
 * Ch. 3's experiment: the app sends its requests to an nginx ambassador on localhost:80, which sends
 * about 90 % of users to production and 10 % to an experiment, keeping each user on one side (ip_hash).
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'request-splitting',
  title: 'A 90/10 experiment with a request-splitting ambassador',
  summary: 'An app calls localhost:80; an nginx ambassador sends 90 % of users to production, 10 % to an experiment.',
  source: 'Ch. 3, Ambassadors: Using an Ambassador to Do Experimentation or Request Splitting',
  errataFixed: [
    'ip_hash behind localhost sees every request come from 127.0.0.1 and sends all of them to one upstream: nginx here trusts X-Forwarded-For from 127.0.0.1, where the app puts its user’s address.',
    'nginx.conf is mounted with subPath at /etc/nginx/nginx.conf, not over the whole /etc/nginx.',
    'The pid file is /tmp/nginx.pid instead of a relative path under the read-only config mount.',
  ],
  sketch: {
    name: 'request-splitting',
    workloads: [
      {
        name: 'frontend',
        replicas: 2,
        containers: [
          { template: 'app-node', name: 'frontend', params: { connectsTo: ['localhost:80'] } },
          {
            template: 'request-splitter',
            name: 'request-splitter',
            params: {
              listenPort: 80,
              upstreams: [
                { name: 'production', host: 'production', port: 3000, weight: 9 },
                { name: 'experiment', host: 'experiment', port: 3000, weight: 1 },
              ],
              stickiness: 'ip_hash',
            },
          },
        ],
      },
      { name: 'production', replicas: 3, containers: [{ template: 'app-node', name: 'web' }] },
      { name: 'experiment', replicas: 1, containers: [{ template: 'app-node', name: 'web' }] },
    ],
    links: [
      { from: 'frontend/frontend', to: 'frontend/request-splitter', kind: 'traffic' },
      { from: 'frontend/request-splitter', to: 'production', kind: 'traffic', weight: 9 },
      { from: 'frontend/request-splitter', to: 'experiment', kind: 'traffic', weight: 1 },
    ],
  },
};
