/**
 * The book's Ch. 3 ambassador example, and the first design a new user sees: a Node app that talks to
 * "one Redis" on localhost:6379, where a twemproxy ambassador shards its keys over three Redis pods.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'sharded-redis',
  title: 'Sharded Redis with a twemproxy ambassador',
  summary: 'A Node app talks to localhost:6379; a twemproxy ambassador shards its keys over 3 Redis pods.',
  source: 'Ch. 3, Ambassadors: Using an Ambassador to Shard a Service',
  errataFixed: [
    'The shards’ StatefulSet is apps/v1 with a selector equal to its pod labels (the book uses apps/v1beta1 without one).',
    'Container args are strings: "-v", "7" (the book writes the number 7, which Kubernetes refuses).',
    'The hash is murmur: nutcracker’s fnv1a_64, the book’s choice, is a 32-bit hash that puts keys differing only in a suffix on one shard.',
  ],
  sketch: {
    name: 'sharded-redis',
    workloads: [
      {
        name: 'web',
        replicas: 2,
        containers: [
          {
            template: 'app-node',
            name: 'web',
            params: {
              connectsTo: ['localhost:6379'],
              env: [{ name: 'REDIS_URL', value: 'redis://localhost:6379', secret: '' }],
            },
          },
          {
            template: 'twemproxy',
            name: 'twemproxy',
            params: { listenPort: 6379, mode: 'statefulset', shardCount: 3 },
          },
        ],
      },
    ],
    externals: [{ name: 'redis-shards', kind: 'database', address: 'web-shards-{0,1,2}.web-shards:6379' }],
    links: [
      { from: 'web/web', to: 'web/twemproxy', kind: 'traffic' },
      { from: 'web/twemproxy', to: 'redis-shards', kind: 'traffic' },
    ],
  },
};
