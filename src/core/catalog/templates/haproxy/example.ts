/**
 * Ch. 3's experiment with HAProxy as the ambassador: the app calls localhost:8000, and HAProxy sends
 * 3 of every 4 requests to production and 1 to a canary, keeping a browser that returns its cookie on
 * the side it first reached.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'haproxy-split',
  title: 'A 75/25 canary with an HAProxy ambassador',
  summary: 'An app calls localhost:8000; HAProxy sends 3 of 4 requests to production and 1 to a canary.',
  source:
    'Ch. 3, Ambassadors: Using an Ambassador to Do Experimentation or Request Splitting (HAProxy in place of the book’s nginx)',
  errataFixed: [
    'haproxy.cfg is mounted with subPath at /usr/local/etc/haproxy/haproxy.cfg, where the official image reads it.',
    'Upstream Services are resolved by the pod’s DNS at run time, so HAProxy starts even when one does not exist yet.',
  ],
  sketch: {
    name: 'haproxy-split',
    workloads: [
      {
        name: 'frontend',
        replicas: 2,
        containers: [
          { template: 'app-node', name: 'frontend', params: { connectsTo: ['localhost:8000'] } },
          {
            template: 'haproxy',
            name: 'haproxy',
            params: {
              listenPort: 8000,
              mode: 'http',
              upstreams: [
                { name: 'production', host: 'production', port: 3000, weight: 3 },
                { name: 'canary', host: 'canary', port: 3000, weight: 1 },
              ],
              stickiness: 'cookie',
              cookieName: 'SERVERID',
            },
          },
        ],
      },
      { name: 'production', replicas: 3, containers: [{ template: 'app-node', name: 'web' }] },
      { name: 'canary', replicas: 1, containers: [{ template: 'app-node', name: 'web' }] },
    ],
    links: [
      { from: 'frontend/frontend', to: 'frontend/haproxy', kind: 'traffic' },
      { from: 'frontend/haproxy', to: 'production', kind: 'traffic', weight: 3 },
      { from: 'frontend/haproxy', to: 'canary', kind: 'traffic', weight: 1 },
    ],
  },
};
