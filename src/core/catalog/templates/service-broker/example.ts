/**
 * Ch. 3's service broker: the app always connects to MySQL at localhost:3306, and an nginx TCP proxy
 * connects it to the MySQL of its environment (in the cluster for test, a managed database in production).
 */
import type { TemplateExample } from '../../types';

export const example: TemplateExample = {
  name: 'service-broker',
  title: 'MySQL per environment with a service-broker ambassador',
  summary: 'An app connects to localhost:3306; an nginx TCP proxy reaches the MySQL of test or production.',
  source: 'Ch. 3, Ambassadors: Using an Ambassador for Service Brokering',
  errataFixed: ['The TCP proxy is in a stream {} block, with the config mounted by subPath and the pid under /tmp.'],
  sketch: {
    name: 'service-broker',
    workloads: [
      {
        name: 'web',
        replicas: 2,
        containers: [
          { template: 'app-node', name: 'web', params: { connectsTo: ['localhost:3306'] } },
          {
            template: 'service-broker',
            name: 'mysql-broker',
            params: {
              listenPort: 3306,
              environments: [
                { name: 'test', host: 'mysql.test.svc.cluster.local', port: 3306 },
                { name: 'production', host: 'mysql.prod.example.com', port: 3306 },
              ],
              environment: 'test',
            },
          },
        ],
      },
    ],
    externals: [
      { name: 'mysql-test', kind: 'database', address: 'mysql.test.svc.cluster.local:3306' },
      { name: 'mysql-production', kind: 'database', address: 'mysql.prod.example.com:3306' },
    ],
    links: [
      { from: 'web/web', to: 'web/mysql-broker', kind: 'traffic' },
      { from: 'web/mysql-broker', to: 'mysql-test', kind: 'traffic' },
      { from: 'web/mysql-broker', to: 'mysql-production', kind: 'traffic' },
    ],
  },
};
