/**
 * The book's Ch. 4 monitoring adapter: Storm reports topology statistics through its UI's REST API,
 * and a fluentd adapter in the same pod forwards them to the company's log aggregator.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'fluentd-storm',
  title: 'Storm metrics through a fluentd adapter',
  summary: 'A fluentd adapter polls the Storm UI on localhost and forwards topology metrics to an aggregator.',
  source: 'Ch. 4, Adapters: Monitoring',
  errataFixed: [
    'fluent.conf is fluentd v1: @type where the book writes the v0.12 type.',
    'The book’s configuration has a <source> and no <match>, so fluentd drops every event; here a forward output sends them to the aggregator.',
    'fluent-plugin-storm 0.0.4 pins fluentd ~> 1.2.0: the image installs it without that dependency so only the image’s fluentd 1.17 is present.',
  ],
  sketch: {
    name: 'fluentd-storm',
    workloads: [
      {
        name: 'storm',
        containers: [
          { template: 'app-storm', name: 'storm' },
          {
            template: 'fluentd-storm',
            name: 'storm-metrics',
            params: {
              url: 'http://localhost:8080',
              window: '600',
              sys: false,
              tag: 'storm.metrics',
              output: 'forward',
              forwardHost: 'fluentd-aggregator',
              forwardPort: 24224,
            },
          },
        ],
      },
    ],
    externals: [{ name: 'fluentd-aggregator', kind: 'logs', address: 'fluentd-aggregator:24224' }],
    links: [
      { from: 'storm/storm', to: 'storm/storm-metrics', kind: 'metrics' },
      { from: 'storm/storm-metrics', to: 'fluentd-aggregator', kind: 'logs' },
    ],
  },
};
