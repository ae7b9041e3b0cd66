/**
 * The book's Ch. 4 monitoring adapter: redis_exporter beside Redis turns INFO into Prometheus metrics
 * and the pod's annotations tell Prometheus to scrape it.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'redis-exporter',
  title: 'Prometheus metrics for Redis with an adapter',
  summary: 'redis_exporter reads the pod’s Redis on localhost:6379 and serves /metrics on :9121 for Prometheus.',
  source: 'Ch. 4, Adapters: Monitoring',
  errataFixed: [
    'The workload is an apps/v1 Deployment with a selector, not a bare Pod.',
    'Both images are pinned to a version (the book pulls redis and oliver006/redis_exporter at latest).',
    'The metrics port is declared, published through the Service and announced with prometheus.io/scrape and prometheus.io/port annotations.',
  ],
  sketch: {
    name: 'redis-exporter',
    workloads: [
      {
        name: 'redis',
        containers: [
          { template: 'app-redis', name: 'redis' },
          {
            template: 'redis-exporter',
            name: 'redis-exporter',
            params: { redisAddress: 'localhost:6379', metricsPort: 9121 },
          },
        ],
      },
    ],
    externals: [{ name: 'prometheus', kind: 'prometheus', address: 'prometheus:9090' }],
    links: [
      { from: 'redis/redis-exporter', to: 'redis/redis', kind: 'metrics' },
      { from: 'prometheus', to: 'redis/redis-exporter', kind: 'metrics' },
    ],
  },
};
