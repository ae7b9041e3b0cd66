/**
 * The book's Ch. 4 monitoring adapter for MySQL: mysqld_exporter beside MySQL turns SHOW GLOBAL
 * STATUS and information_schema into Prometheus metrics, and the pod's annotations tell Prometheus
 * to scrape it.
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'mysqld-exporter',
  title: 'Prometheus metrics for MySQL with an adapter',
  summary: 'mysqld_exporter reads the pod’s MySQL on 127.0.0.1:3306 and serves /metrics on :9104 for Prometheus.',
  source: 'Ch. 4, Adapters: Monitoring',
  errataFixed: [],
  sketch: {
    name: 'mysqld-exporter',
    workloads: [
      {
        name: 'mysql',
        containers: [
          { template: 'app-mysql', name: 'mysql' },
          {
            template: 'mysqld-exporter',
            name: 'mysqld-exporter',
            params: {
              mysqlAddress: '127.0.0.1:3306',
              user: 'exporter',
              passwordSecret: 'mysql-credentials/exporter-password',
              metricsPort: 9104,
              collectors: [{ collector: 'info_schema.processlist' }, { collector: 'info_schema.innodb_metrics' }],
            },
          },
        ],
      },
    ],
    externals: [{ name: 'prometheus', kind: 'prometheus', address: 'prometheus:9090' }],
    links: [
      { from: 'mysql/mysqld-exporter', to: 'mysql/mysql', kind: 'metrics' },
      { from: 'prometheus', to: 'mysql/mysqld-exporter', kind: 'metrics' },
    ],
  },
};
