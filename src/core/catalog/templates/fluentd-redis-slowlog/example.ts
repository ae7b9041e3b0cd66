/**
 * The book's Ch. 4 logging adapter: Redis keeps slow queries in memory behind SLOWLOG, and a
 * fluentd adapter in the same pod turns them into log events without touching Redis.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'fluentd-redis-slowlog',
  title: 'Redis slow-query log through a fluentd adapter',
  summary: 'A fluentd adapter polls Redis’s SLOWLOG over localhost and prints each slow command as a log event.',
  source: 'Ch. 4, Adapters: Logging',
  errataFixed: [
    'fluent.conf is fluentd v1: @type where the book writes the v0.12 type.',
    'The book’s configuration has a <source> and no <match>, so fluentd drops every event; here a stdout output prints them for kubectl logs.',
    'fluent-plugin-redis-slowlog 0.0.2 calls Fluent::Engine.emit, which fluentd v1 refuses: the image patches it to router.emit.',
    'Container args are strings ("--slowlog-log-slower-than", "1000").',
  ],
  sketch: {
    name: 'fluentd-redis-slowlog',
    workloads: [
      {
        name: 'cache',
        containers: [
          {
            template: 'app-redis',
            name: 'redis',
            params: { args: ['--slowlog-log-slower-than', '1000'] },
          },
          {
            template: 'fluentd-redis-slowlog',
            name: 'slowlog',
            params: { host: 'localhost', port: 6379, tag: 'redis.slowlog', output: 'stdout' },
          },
        ],
      },
    ],
    links: [{ from: 'cache/redis', to: 'cache/slowlog', kind: 'logs' }],
  },
};
